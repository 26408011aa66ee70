// Where a point lies: its grid (网格) when it falls in one, else only its
// district from the real boundaries. The grid gives community, street and
// county through the division tree.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Placement } from '../shared/case-commands.ts';
import type { Division, Grid, LngLat } from '../shared/domain/model.ts';
import { polygonRings } from '../shared/geo.ts';
import { ringBBox } from '../shared/bbox.ts';

export type Locate = (point: LngLat) => Placement;
type DistrictProps = { adcode: number | string; name: string };
type IndexedGrid = { grid: Grid; minX: number; minY: number; maxX: number; maxY: number };

export function loadDistricts(resourcesDir: string): Feature<Polygon | MultiPolygon, DistrictProps>[] {
  const fc = JSON.parse(readFileSync(join(resourcesDir, 'map', 'districts.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  return fc.features;
}

/** A locator over the grids as they are now; `reload` swaps in another set (after an import) for the next lookup. */
export type Locator = Locate & { reload(grids: readonly Grid[], divisions: readonly Division[]): void };

export function createLocator(districts: Feature<Polygon | MultiPolygon, DistrictProps>[], grids: readonly Grid[], divisions: readonly Division[]): Locator {
  const districtOf = (point: LngLat): string | null => {
    const hit = districts.find((f) => booleanPointInPolygon(point, f));
    return hit ? `${hit.properties.adcode}000000` : null;
  };
  let current = gridLocator(districtOf, grids, divisions);
  const locate = ((point: LngLat) => current(point)) as Locator;
  locate.reload = (nextGrids, nextDivisions) => {
    current = gridLocator(districtOf, nextGrids, nextDivisions);
  };
  return locate;
}

function gridLocator(districtOf: (point: LngLat) => string | null, grids: readonly Grid[], divisions: readonly Division[]): Locate {
  const parent = new Map(divisions.map((d) => [d.code, d.parentCode]));
  // Grids are small and many: a coarse bucket index keeps a lookup to a handful of polygon tests.
  const CELL = 0.05;
  const buckets = new Map<string, IndexedGrid[]>();
  for (const grid of grids) {
    const [minX, minY, maxX, maxY] = ringBBox(grid.ring);
    const g = { grid, minX, minY, maxX, maxY };
    for (let x = Math.floor(g.minX / CELL); x <= Math.floor(g.maxX / CELL); x++) {
      for (let y = Math.floor(g.minY / CELL); y <= Math.floor(g.maxY / CELL); y++) {
        const key = `${x}:${y}`;
        (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(g);
      }
    }
  }
  return (point) => {
    const [x, y] = point;
    const candidates = buckets.get(`${Math.floor(x / CELL)}:${Math.floor(y / CELL)}`) ?? [];
    const hit = candidates.find(
      (g) => x >= g.minX && x <= g.maxX && y >= g.minY && y <= g.maxY && booleanPointInPolygon(point, { type: 'Polygon', coordinates: polygonRings(g.grid) as LngLat[][] }),
    );
    if (!hit) return { countyCode: districtOf(point), townCode: null, gridCode: null };
    const townCode = parent.get(hit.grid.communityCode) ?? null;
    const countyCode = (townCode && parent.get(townCode)) ?? districtOf(point);
    return { countyCode, townCode, gridCode: hit.grid.code };
  };
}
