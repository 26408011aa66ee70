// Where a point lies: county from the real district polygons. Streets and
// grids join once the demo city's grids are loaded.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Locate } from './mutations.ts';

type DistrictProps = { adcode: number | string; name: string };

export function createDistrictLocator(resourcesDir: string): Locate {
  const fc = JSON.parse(readFileSync(join(resourcesDir, 'map', 'districts.geojson'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  const districts = fc.features as Feature<Polygon | MultiPolygon, DistrictProps>[];
  return (point) => {
    const hit = districts.find((f) => booleanPointInPolygon(point, f));
    return { countyCode: hit ? `${hit.properties.adcode}000000` : null, townCode: null, gridCode: null };
  };
}
