// Bounding boxes in [west, south, east, north]. Towns and communities have no
// polygons of their own, so a division's extent is the union of its grids'.
export type BBox = [number, number, number, number];
export type LngLat = readonly [number, number];

export const emptyBBox = (): BBox => [Infinity, Infinity, -Infinity, -Infinity];
export const isEmptyBBox = (b: BBox): boolean => !(b[0] <= b[2] && b[1] <= b[3]);

/** Grows b in place: it runs once per vertex of every grid, so no allocation. */
export function extendBBox(b: BBox, [x, y]: LngLat): BBox {
  if (x < b[0]) b[0] = x;
  if (y < b[1]) b[1] = y;
  if (x > b[2]) b[2] = x;
  if (y > b[3]) b[3] = y;
  return b;
}

export function ringBBox(ring: readonly LngLat[]): BBox {
  const b = emptyBBox();
  for (const p of ring) extendBBox(b, p);
  return b;
}

export function unionInto(target: BBox, b: BBox): BBox {
  if (isEmptyBBox(b)) return target;
  extendBBox(target, [b[0], b[1]]);
  return extendBBox(target, [b[2], b[3]]);
}

export const bboxCenter = (b: BBox): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

export const bboxContains = (b: BBox, [x, y]: LngLat): boolean => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/**
 * Where to put a polygon's label: its area-weighted centroid, which for the
 * rectangles and convex cells the grids are made of lies inside. A degenerate
 * ring falls back to the middle of its box.
 */
export function ringLabelPoint(ring: readonly LngLat[]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(a) < 1e-14) return bboxCenter(ringBBox(ring));
  return [cx / (3 * a), cy / (3 * a)];
}
