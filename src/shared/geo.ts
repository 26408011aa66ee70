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
