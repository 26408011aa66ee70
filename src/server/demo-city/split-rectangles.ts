// Cuts a community's cells into as many grids as it needs: repeatedly halve the
// largest piece across its longer side (km, not degrees). Pieces stay near
// square and inside their cell, so they stay inside the district too.
import type { Rect } from './district-lattice.ts';
import type { Rng } from './prng.ts';

export interface KmScale {
  kmPerLon: number;
  kmPerLat: number;
}

/** `count` rectangles tiling `rects` exactly; needs rects.length ≤ count. */
export function splitRectangles(rects: readonly Rect[], count: number, scale: KmScale, rng: Rng): Rect[] {
  if (rects.length > count) throw new Error(`split: ${rects.length} rectangles for ${count} pieces`);
  const pieces = rects.map((r) => ({ ...r }));
  const widthKm = (r: Rect) => (r.east - r.west) * scale.kmPerLon;
  const heightKm = (r: Rect) => (r.north - r.south) * scale.kmPerLat;
  while (pieces.length < count) {
    let largest = 0;
    for (let i = 1; i < pieces.length; i++) {
      const p = pieces[i] as Rect;
      const q = pieces[largest] as Rect;
      if (widthKm(p) * heightKm(p) > widthKm(q) * heightKm(q) * (1 + 1e-9)) largest = i;
    }
    const piece = pieces[largest] as Rect;
    const ratio = rng.between(0.4, 0.6);
    let first: Rect;
    let second: Rect;
    if (widthKm(piece) >= heightKm(piece)) {
      const cut = piece.west + (piece.east - piece.west) * ratio;
      first = { ...piece, east: cut };
      second = { ...piece, west: cut };
    } else {
      const cut = piece.south + (piece.north - piece.south) * ratio;
      first = { ...piece, north: cut };
      second = { ...piece, south: cut };
    }
    pieces.splice(largest, 1, first, second);
  }
  return pieces;
}
