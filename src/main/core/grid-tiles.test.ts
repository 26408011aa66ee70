// Community tiles at city scale: each community is its grids' outline, in
// either of the map's coordinate systems.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../shared/domain/model.ts';
import { createGridTiles } from './grid-tiles.ts';

const rect = (x: number, y: number, w: number, h: number): [number, number][] => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
const grid = (n: number, ring: [number, number][]): Grid => ({
  code: `230803001001${String(n).padStart(3, '0')}`, name: `第${n}网格`, kind: 'urban', communityCode: '230803001001', households: 0, population: 0, areaKm2: 1, ring,
});
/** The web-mercator tile holding a point. */
function tileOf([lng, lat]: readonly [number, number], z: number) {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return { z, x: Math.floor(((lng + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n) };
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
});
