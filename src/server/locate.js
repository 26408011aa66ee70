// Where a point lies: county from the real district polygons. Streets and
// grids join once the demo city's grids are loaded.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export function createDistrictLocator(resourcesDir) {
    const fc = JSON.parse(readFileSync(join(resourcesDir, 'map', 'districts.geojson'), 'utf8'));
    const districts = fc.features;
    return (point) => {
        const hit = districts.find((f) => booleanPointInPolygon(point, f));
        return { countyCode: hit ? `${hit.properties.adcode}000000` : null, townCode: null, gridCode: null };
    };
}
