// The demo city: a pure function of the sources and a seed. Same inputs, same
// seed → byte-identical JSON; nothing here reads files, clocks or Math.random.
import type { Grid, GridWorker } from '../../shared/domain/model.ts';
import { buildAccounts } from './build-accounts.ts';
import { buildDivisions } from './build-divisions.ts';
import { buildCommunityGrids } from './build-grids.ts';
import { buildSeats } from './build-seats.ts';
import { buildCommunityWorkers } from './build-workers.ts';
import { buildDepartments } from './departments.ts';
import { layoutDistrict } from './layout-grids.ts';
import { planTowns } from './plan-communities.ts';
import { buildResponsibilityMatrix } from './responsibility-matrix.ts';
import type { DemoCity, DemoCitySources, GenerateDemoCityOptions } from './types.ts';

export function generateDemoCity(sources: DemoCitySources, options: GenerateDemoCityOptions): DemoCity {
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  const seed = options.seed >>> 0;
  const towns = planTowns(sources.divisions, seed);
  const districts = new Map(sources.districts.map((d) => [d.code, d]));
  const missing = [...new Set(towns.map((t) => t.countyCode))].filter((code) => !districts.has(code));
  if (missing.length > 0) throw new Error(`no district boundary for ${missing.join(', ')}`);

  const grids: Grid[] = [];
  const workers: GridWorker[] = [];
  const phones = new Set<string>();
  for (const district of [...districts.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const districtTowns = towns.filter((t) => t.countyCode === district.code);
    if (districtTowns.length === 0) continue;
    const rects = layoutDistrict(district, districtTowns, seed);
    for (const community of districtTowns.flatMap((t) => t.communities)) {
      const communityGrids = buildCommunityGrids(community, rects.get(community.code) ?? [], seed);
      grids.push(...communityGrids);
      workers.push(...buildCommunityWorkers(community.code, communityGrids, seed, phones));
    }
  }

  grids.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const directory = buildDepartments(sources.categories, sources.divisions);
  const seats = buildSeats(directory, sources.divisions);
  return {
    seed,
    divisions: buildDivisions(sources.divisions),
    grids,
    workers,
    departments: directory.departments,
    seats,
    accounts: buildAccounts(directory, seats, workers, sources.divisions, seed),
    responsibility: buildResponsibilityMatrix(sources.categories, directory),
  };
}
