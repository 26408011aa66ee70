// Community outlines from grids that tile the community: shared edges cancel,
// T-junctions split, parts and holes come out as polygons; overlapping grids
// give none (the tiles then draw the grids' union).
import { describe, expect, it } from 'vitest';
import { communityOutline, type OutlinePolygon } from './community-outline.ts';

type Pt = [number, number];
const rect = (x: number, y: number, w: number, h: number): Pt[] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
const grid = (ring: Pt[], holes?: Pt[][]) => ({ ring, ...(holes ? { holes } : {}) });
const area = (ring: readonly Pt[]) => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
};
/** Area covered: outer rings less their holes. */
const covered = (polygons: OutlinePolygon[] | null) => polygons!.reduce((s, [outer, ...holes]) => s + area(outer!) + holes.reduce((h, r) => h + area(r), 0), 0);
const corners = (ring: readonly Pt[]) => ring.length - 1;

describe('community outline', () => {
  it('joins grids that share an edge into one ring, with no corner along a straight side', () => {
    const o = communityOutline([grid(rect(0, 0, 1, 1)), grid(rect(1, 0, 1, 1))]);
    expect(o).toHaveLength(1);
    expect(o![0]).toHaveLength(1);
    expect(corners(o![0]![0]!)).toBe(4);
    expect(covered(o)).toBeCloseTo(2);
  });

  it('splits an edge where a neighbour\'s corner lies on it (a T-junction)', () => {
    // One tall grid beside two short ones: its east edge meets two west edges.
    const o = communityOutline([grid(rect(0, 0, 1, 2)), grid(rect(1, 0, 1, 1)), grid(rect(1, 1, 1, 1))]);
    expect(o).toHaveLength(1);
    expect(corners(o![0]![0]!)).toBe(4);
    expect(covered(o)).toBeCloseTo(4);
  });

  it('follows an L, where the convex hull would take in the corner it leaves out', () => {
    const o = communityOutline([grid(rect(0, 0, 1, 1)), grid(rect(1, 0, 1, 1)), grid(rect(0, 1, 1, 1))]);
    expect(corners(o![0]![0]!)).toBe(6);
    expect(covered(o)).toBeCloseTo(3);
  });

  it('keeps apart parts apart, and parts that touch at a corner', () => {
    expect(communityOutline([grid(rect(0, 0, 1, 1)), grid(rect(5, 5, 1, 1))])).toHaveLength(2);
    expect(covered(communityOutline([grid(rect(0, 0, 1, 1)), grid(rect(1, 1, 1, 1))]))).toBeCloseTo(2);
  });

  it('leaves a hole where the grids ring round ground that is not theirs', () => {
    const ring = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const)).filter(([i, j]) => i !== 1 || j !== 1);
    const o = communityOutline(ring.map(([i, j]) => grid(rect(i, j, 1, 1))));
    expect(o).toHaveLength(1);
    expect(o![0]).toHaveLength(2);
    expect(covered(o)).toBeCloseTo(8);
  });

  it('reads a grid\'s own hole: open, or filled by a grid of the same community', () => {
    const donut = grid(rect(0, 0, 3, 3), [rect(1, 1, 1, 1)]);
    expect(covered(communityOutline([donut]))).toBeCloseTo(8);
    const filled = communityOutline([donut, grid(rect(1, 1, 1, 1))]);
    expect(filled).toHaveLength(1);
    expect(filled![0]).toHaveLength(1);
    expect(covered(filled)).toBeCloseTo(9);
  });

  it('takes rings in either direction, and corners a floating-point hair apart as one', () => {
    const clockwise = [...rect(1, 0, 1, 1)].reverse();
    // The first grid's east side ends a hair beyond the second's west side: one corner all the same.
    const hair: Pt[] = [[0, 0], [1 + 1e-12, 0], [1 + 1e-12, 1], [0, 1], [0, 0]];
    const o = communityOutline([grid(hair), grid(clockwise)]);
    expect(o).toHaveLength(1);
    expect(o![0]).toHaveLength(1);
    expect(corners(o![0]![0]!)).toBe(4);
    expect(covered(o)).toBeCloseTo(2);
  });

  it('gives none where grids overlap', () => {
    expect(communityOutline([grid(rect(0, 0, 1, 1)), grid(rect(0, 0, 1, 1))])).toBeNull();
    expect(communityOutline([])).toBeNull();
  });
});
