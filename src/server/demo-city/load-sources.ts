// The generator's only file I/O: read the resource files and hand them to the parser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDemoCitySources } from './parse-sources.ts';
import type { DemoCitySources } from './types.ts';

/** Reads data/divisions.csv, data/case-categories.csv and map/districts.geojson under resourcesDir. */
export async function loadDemoCitySources(resourcesDir: string): Promise<DemoCitySources> {
  const read = (...parts: string[]) => readFile(join(resourcesDir, ...parts), 'utf8');
  const [divisionsCsv, districtsGeoJson, categoriesCsv] = await Promise.all([
    read('data', 'divisions.csv'),
    read('map', 'districts.geojson'),
    read('data', 'case-categories.csv'),
  ]);
  return parseDemoCitySources({ divisionsCsv, districtsGeoJson, categoriesCsv });
}
