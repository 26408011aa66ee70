// Small plane geometry on lng/lat rings: enough to find which grid a point is
// in on the workstation, where grids are small rectangles and polygons, some
// with holes (a school's or a mall's own grid inside a street's).
import type { LngLat } from './domain/model.ts';
import { ringBBox, ringLabelPoint } from './bbox.ts';

/** A polygon as grids carry it: the outer ring and, where there are any, the holes in it. */
export type Rings = { readonly ring: readonly LngLat[]; readonly holes?: readonly (readonly LngLat[])[] | undefined };

/** The rings in GeoJSON's order (outer first), for turf and for tiles. */
export const polygonRings = <P>(g: { readonly ring: readonly P[]; readonly holes?: readonly (readonly P[])[] | undefined }): (readonly P[])[] => [g.ring, ...(g.holes ?? [])];

/** Inside the outer ring and in none of its holes. */
export function polygonContains(g: Rings, p: LngLat): boolean {
  return ringContains(g.ring, p) && !(g.holes ?? []).some((h) => ringContains(h, p));
}

/** Within a nanodegree (≈ 0.1 mm) of one of the ring's edges. */
function onRing(ring: readonly LngLat[], [x, y]: LngLat): boolean {
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[i + 1]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
    if (Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) < 1e-9) return true;
  }
  return false;
}

/** Ray casting; points on an edge may fall either side. */
export function ringContains(ring: readonly LngLat[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The middle of the ring's box (folded point by point: spreading 200,000 points into Math.min overflows the stack). */
export function ringCenter(ring: readonly LngLat[]): LngLat {
  const [minX, minY, maxX, maxY] = ringBBox(ring);
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

/**
 * A point well inside a simple ring (less its holes), whatever its shape: the middle of its box when
 * that is inside, else the middle of the widest stretch of the polygon along the box's middle line
 * (a U or an L has its box's middle outside it, a ring round a school's grid has it in the hole, and
 * a corner would sit on the ring's own edge).
 */
export function ringInteriorPoint(ring: readonly LngLat[], holes: readonly (readonly LngLat[])[] = []): LngLat {
  const center = ringCenter(ring);
  // On an edge (a hole's side through the box's middle) the point is in two grids at once: not "well inside".
  if (polygonContains({ ring, holes }, center) && ![ring, ...holes].some((r) => onRing(r, center))) return center;
  // A scan line through a corner would run along any side there (a hole's top through the middle) and
  // count no crossing for it: moved up to halfway to the next corner's height, it meets sides only.
  let y = center[1];
  let onCorner = false;
  let next = Infinity;
  for (const r of [ring, ...holes]) {
    for (const [, py] of r) {
      if (Math.abs(py - y) < 1e-12) onCorner = true;
      else if (py > y && py < next) next = py;
    }
  }
  if (onCorner && Number.isFinite(next)) y = (y + next) / 2;
  const xs: number[] = [];
  for (const r of [ring, ...holes]) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
  }
  xs.sort((a, b) => a - b);
  let best: LngLat = ring[0]!;
  let width = -1;
  // Crossings pair up as in and out of the polygon: a hole's edges are crossings like the ring's.
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1]! - xs[k]! > width) {
      width = xs[k + 1]! - xs[k]!;
      best = [(xs[k]! + xs[k + 1]!) / 2, y];
    }
  }
  return best;
}

/** Where a grid's code is drawn: its outer ring's centroid, unless that lies in a hole (or outside a U). */
export function polygonLabelPoint(g: Rings): LngLat {
  const c = ringLabelPoint(g.ring);
  return polygonContains(g, c) ? c : ringInteriorPoint(g.ring, g.holes);
}
