// The look of every chart, from one number: how many screen pixels one design
// pixel is. The big screen passes its wall scale, the workstation a desk size,
// so the same declaration reads from 5 m and from 50 cm.
export type ChartStyle = {
  /** Screen px per design px. */
  u: number;
  /** Axis, legend and label text, in design px. */
  text: number;
  /**
   * Animate updates. A wall updates every few seconds for days and nobody watches a bar grow; each
   * animated update repaints its canvas for 60 frames, which on a wall PC without 2D acceleration
   * was the longest task of the page.
   */
  animate: boolean;
};

export const wallStyle = (u: number): ChartStyle => ({ u, text: 20, animate: false });
export const deskStyle: ChartStyle = { u: 0.7, text: 18, animate: true };

export const palette = ['#3ba0ff', '#36cfc9', '#ffc53d', '#ff7a45', '#9254de', '#73d13d', '#f759ab', '#597ef7'];
export const ink = { text: '#cfe3f7', muted: '#8fb3d6', axis: '#2b4a6b', split: '#17324f', tooltipBg: '#0d2138' };

/** A design size in screen px, never below 1 px. */
export const px = (style: ChartStyle, design: number): number => Math.max(1, Math.round(design * style.u));
