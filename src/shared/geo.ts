// Small plane geometry on lng/lat rings: enough to find which grid a point is
// in on the workstation, where grids are small rectangles and polygons.
import type { LngLat } from './domain/model.ts';

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

export function ringCenter(ring: readonly LngLat[]): LngLat {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/**
 * A point well inside a simple ring, whatever its shape: the middle of its box when that is inside,
 * else the middle of the widest stretch of the ring along the box's middle line (a U or an L has
 * its box's middle outside it, and a corner would sit on the ring's own edge).
 */
export function ringInteriorPoint(ring: readonly LngLat[]): LngLat {
  const center = ringCenter(ring);
  if (ringContains(ring, center)) return center;
  const y = center[1];
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
  }
  xs.sort((a, b) => a - b);
  let best: LngLat = ring[0]!;
  let width = -1;
  // Crossings pair up as in and out of the ring.
  for (let k = 0; k + 1 < xs.length; k += 2) {
    if (xs[k + 1]! - xs[k]! > width) {
      width = xs[k + 1]! - xs[k]!;
      best = [(xs[k]! + xs[k + 1]!) / 2, y];
    }
  }
  return best;
}
