// The room a chart has on screen, in CSS px (rounded to 8 px, so a resize by a few
// pixels recomputes no option): a category chart sets its names on two lines only
// where each bar's row has the height for them.
import { useLayoutEffect, useState, type RefObject } from 'react';

export type ChartRoom = { width: number; height: number };

const STEP = 8;
const round = (v: number) => Math.max(0, Math.round(v / STEP) * STEP);

/** The size of the element matching `selector` inside `box`, followed through every resize. */
export function useChartRoom(box: RefObject<HTMLElement | null>, selector: string): ChartRoom | null {
  const [room, setRoom] = useState<ChartRoom | null>(null);
  // Read before the first paint: the chart's first option, made without the room, is replaced in its
  // update queue before it is drawn (a wall panel showed its names wrapped over each other for a moment).
  useLayoutEffect(() => {
    const node = box.current?.querySelector(selector);
    if (!node) return;
    const read = () => {
      const r = node.getBoundingClientRect();
      const next = { width: round(r.width), height: round(r.height) };
      setRoom((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(node);
    return () => ro.disconnect();
  }, [box, selector]);
  return room;
}
