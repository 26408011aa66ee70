// Community tiles at city scale: each community is its grids' outline, in
// either of the map's coordinate systems, and never more ground than its grids.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../shared/domain/model.ts';
import { ringContains } from '../../shared/geo.ts';
import { createGridTiles } from './grid-tiles.ts';

const rect = (x: number, y: number, w: number, h: number): [number, number][] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
const grid = (n: number, ring: [number, number][]): Grid => ({
  code: `230803001001${String(n).padStart(3, '0')}`, name: `第${n}网格`, kind: 'urban', communityCode: '230803001001', households: 0, population: 0, areaKm2: 1, ring,
});
/** A point in web-mercator tile units at zoom z (whole part: the tile holding it). */
function tileUnits([lng, lat]: readonly [number, number], z: number) {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return { x: ((lng + 180) / 360) * n, y: ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n };
}
/** The web-mercator tile holding a point. */
function tileOf(p: readonly [number, number], z: number) {
  const { x, y } = tileUnits(p, z);
  return { z, x: Math.floor(x), y: Math.floor(y) };
}
/** Whether a tile layer's features cover a point (even-odd over all their rings, in the tile's 4096 units). */
function covers(layer: VectorTile['layers'][string], tile: { z: number; x: number; y: number }, p: readonly [number, number]) {
  const u = tileUnits(p, tile.z);
  const [px, py] = [(u.x - tile.x) * 4096, (u.y - tile.y) * 4096];
  let inside = false;
  for (let f = 0; f < layer.length; f++) {
    for (const ring of layer.feature(f).loadGeometry()) inside = inside !== ringContains(ring.map((q): [number, number] => [q.x, q.y]), [px, py]);
  }
  return inside;
}

describe('community tiles', () => {
  // One tall grid beside two short ones: a T-junction on the tall one's east side.
  const grids = [grid(1, rect(130.361, 46.801, 0.02, 0.04)), grid(2, rect(130.381, 46.801, 0.02, 0.02)), grid(3, rect(130.381, 46.821, 0.02, 0.02))];
  const tiles = createGridTiles({ version: () => '1', grids: () => grids });

  it.each(['wgs84', 'gcj02'] as const)('outline a community whose grids meet at a T-junction as one rectangle (%s)', (crs) => {
    const { z, x, y } = tileOf([130.381, 46.821], 11);
    const tile = new VectorTile(new PbfReader(tiles.tile(z, x, y, crs)));
    const layer = tile.layers.communities!;
    expect(layer.length).toBe(1);
    const rings = layer.feature(0).loadGeometry();
    // Four corners and the closing point: no spike where the inner edges were.
    expect(rings.map((r) => r.length)).toEqual([5]);
  });

  it('draws a community whose grids overlap as their union, not as their hull over its neighbours', () => {
    // An L: a wide grid and a tall one on its west end, overlapping it along that west side.
    const overlapping = [grid(1, rect(130.361, 46.801, 0.04, 0.02)), grid(2, rect(130.361, 46.811, 0.02, 0.03))];
    const l = createGridTiles({ version: () => '1', grids: () => overlapping });
    const notch: [number, number] = [130.388, 46.826]; // in the corner the L leaves out, inside its hull
    const at = tileOf(notch, 11);
    expect(tileOf([130.362, 46.802], 11)).toEqual(at);
    const layer = new VectorTile(new PbfReader(l.tile(at.z, at.x, at.y, 'wgs84'))).layers.communities!;
    expect(covers(layer, at, [130.371, 46.836])).toBe(true);
    expect(covers(layer, at, [130.391, 46.806])).toBe(true);
    expect(covers(layer, at, notch)).toBe(false);
  });

  it('keeps a community whose grids overlap when zoomed out, where each of its small grids alone would be dropped', () => {
    // 3 × 3 urban grids of about 0.03 km² (0.0023° × 0.0016°), and one more overlapping the first along
    // its west side (an edge run twice the same way: no outline).
    const small = (n: number, x: number, y: number) => ({ ...grid(n, rect(130.361 + x * 0.0023, 46.801 + y * 0.0016, 0.0023, 0.0016)), communityCode: '230803001002', code: `230803001002${String(n).padStart(3, '0')}` });
    const cells = Array.from({ length: 9 }, (_, i) => small(i + 1, i % 3, Math.floor(i / 3)));
    const overlapping = [...cells, { ...small(10, 0, 0), ring: rect(130.361, 46.8012, 0.001, 0.001) }];
    const city = createGridTiles({ version: () => '1', grids: () => overlapping });
    for (const z of [9, 10]) {
      const at = tileOf([130.364, 46.803], z);
      const layer = new VectorTile(new PbfReader(city.tile(at.z, at.x, at.y, 'wgs84'))).layers.communities;
      const codes = Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i).properties.code);
      expect(codes, `z${z}`).toEqual(['230803001002']);
      expect(covers(layer!, at, [130.3645, 46.8034]), `z${z}`).toBe(true);
    }
  });
});

