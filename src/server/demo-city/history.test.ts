// The seeded year lands near the city's published figures (办结率 ≈ 98 %, 满意率 ≈ 93 %)
// because of how the demo city works its cases, not because a number is written down.
import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../shared/domain/kpi.ts';
import { verifyChain } from '../../shared/domain/case-event.ts';
import { loadCatalog } from '../seed.ts';
import { createLocator, loadDistricts } from '../locate.ts';
import { createCast } from './case-life.ts';
import { createDrafter, generateHistory } from './history.ts';
import { createReporterNames } from './reporter-names.ts';
import { GRID_APP_ACCOUNT, SENSOR_PLATFORM } from '../../shared/domain/actor.ts';
import { createOwnerResolver, generateDemoCity, loadDemoCitySources } from './index.ts';

const RESOURCES = new URL('../../../resources', import.meta.url).pathname;

describe('a year of demo history', async () => {
  const city = generateDemoCity(await loadDemoCitySources(RESOURCES), { seed: 1 });
  const catalog = loadCatalog(RESOURCES);
  const locate = createLocator(loadDistricts(RESOURCES), city.grids, city.divisions);
  const names = new Map(city.divisions.map((d) => [d.code, d.name]));
  const cast = createCast({ departments: city.departments, seats: city.seats, categories: catalog, resolveOwner: createOwnerResolver(city.responsibility) });
  const reporter = createReporterNames(city.workers);
  const now = '2026-11-26T06:00:00.000Z';
  const run = (seed: number) =>
    generateHistory({
      seed, count: 3000, now, cast, reporter,
      draft: createDrafter(city.grids, catalog, (code) => names.get(code) ?? ''),
      place: (g) => { const [[x0, y0], , [x1, y1]] = g.ring as [[number, number], [number, number], [number, number]]; return locate([(x0 + x1) / 2, (y0 + y1) / 2]); },
    });
  const { cases, events } = run(1);

  it('is the same for the same seed', () => {
    expect(run(1).cases.map((c) => [c.state, c.satisfaction, c.departmentId])).toEqual(cases.map((c) => [c.state, c.satisfaction, c.departmentId]));
  });

  it('lands near the published 办结率 and 满意率', () => {
    const k = computeKpis(cases, [], { groupBy: 'all', now }).all!;
    expect(k.finishRate.value).toBeGreaterThan(0.96);
    expect(k.finishRate.value).toBeLessThan(0.995);
    expect(k.satisfactionRate.value).toBeGreaterThan(0.9);
    expect(k.satisfactionRate.value).toBeLessThan(0.96);
  });

  it('routes every dispatched case to a department, and keeps every timeline intact', () => {
    const dispatched = cases.filter((c) => c.dispatchedAt !== null);
    expect(dispatched.length).toBeGreaterThan(2000);
    expect(dispatched.every((c) => c.departmentId !== null && c.seatId !== null)).toBe(true);
    expect(new Set(dispatched.map((c) => c.departmentId)).size).toBeGreaterThan(10);
    const byCase = Map.groupBy(events, (e) => e.caseId);
    expect(cases.every((c) => verifyChain(byCase.get(c.id) ?? []) === -1 && byCase.get(c.id)!.length === c.eventSeq)).toBe(true);
  });

  it('names who reported each case as a record would: the grid’s 网格长, the caller, the sensor platform', () => {
    const reportEvent = new Map(events.filter((e) => e.action === 'report').map((e) => [e.caseId, e]));
    const leaders = new Map(city.workers.filter((w) => w.role === 'leader').flatMap((w) => w.gridCodes.map((g) => [g, w.name] as const)));
    for (const c of cases.slice(0, 300)) {
      if (c.source === 'grid-worker') {
        expect(c.reporter).toBe(leaders.get(c.gridCode!));
        // The timeline's reporting account is the grid workers' app, not one 网格长's login named for every grid.
        expect(reportEvent.get(c.id)?.actorId).toBe(GRID_APP_ACCOUNT);
      }
      else if (c.source === 'sensor') expect(c.reporter).toBe(SENSOR_PLATFORM);
      else expect(c.reporter).toMatch(/^.(女士|先生)$/);
    }
  });
});
