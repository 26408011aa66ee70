// Demo data for an empty store: the generated Jiamusi city (grids, people,
// departments, seats, accounts), then cases — a few for tests, or a year of
// history for `npm start`. Everything goes through the real workflow.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { buildCatalog, type Category } from '../shared/catalog.ts';
import { parseCsv } from '../shared/csv.ts';
import type { Grid } from '../shared/domain/model.ts';
import type { DistrictBoundary } from '../shared/grid-import.ts';
import type { Mutation } from '../shared/wire.ts';
import { hashPassword } from './auth.ts';
import { createCast, type Cast } from './demo-city/case-life.ts';
import { createDrafter, generateHistory } from './demo-city/history.ts';
import { seriesHistory } from './demo-city/metric-series.ts';
import { granularities } from '../shared/metrics.ts';
import { generateWishes } from './demo-city/wishes.ts';
import { createOwnerResolver, generateDemoCity, loadDemoCitySources, type DemoCity } from './demo-city/index.ts';
import { createLocator, loadDistricts, type Locate, type Locator } from './locate.ts';
import { planMutation } from './mutations.ts';
import type { Account, Store } from './store/store.ts';
import { createReporterNames, type ReporterName } from './demo-city/reporter-names.ts';
import { SENSOR_PLATFORM, SYSTEM_ACCOUNT } from '../shared/domain/actor.ts';

export const DEMO_PASSWORD = 'jms@2026';
export const DEMO_SEED = 1;
/** Days of demo history, cases and platform series alike: over a year, so this month has a 同比. */
export const DEMO_HISTORY_DAYS = 400;
export type SeedMode = 'none' | 'sample' | 'year';

export const systemAccount: Account = {
  username: SYSTEM_ACCOUNT, displayName: SENSOR_PLATFORM, role: 'admin', departmentId: null, seatId: null, countyCode: null, townCode: null,
};

export function loadCatalog(resourcesDir: string): Category[] {
  const read = (name: string) => parseCsv(readFileSync(join(resourcesDir, 'data', name), 'utf8'));
  // The English names are optional: a city's own catalog may come without them.
  const english = existsSync(join(resourcesDir, 'data', 'case-categories.en.csv')) ? read('case-categories.en.csv') : [];
  return buildCatalog(read('case-categories.csv'), read('gbt47678-5-2026-directory.csv'), english);
}

/** The city the store holds, generating and saving the demo city into an empty store. */
async function ensureCity(store: Store, resourcesDir: string): Promise<DemoCity | null> {
  const existing = await store.loadCity();
  if (existing.grids.length > 0) return null;
  const city = generateDemoCity(await loadDemoCitySources(resourcesDir), { seed: DEMO_SEED });
  await store.importCity(city);
  // One hash for every demo login: they share the published demo password anyway.
  const hash = hashPassword(DEMO_PASSWORD);
  for (const a of [...city.accounts.map((x): Account => ({
    username: x.username, displayName: x.displayName, role: x.role, departmentId: x.departmentId ?? null,
    seatId: x.seatId ?? null, countyCode: x.countyCode ?? null, townCode: x.townCode ?? null,
  })), systemAccount]) await store.putAccount(a, hash);
  return city;
}

/** Demo cases for tests and screenshots: one per urban district, reported by the sensor platform. */
const sampleReports = [
  { title: '长安路井盖缺失', categoryKind: '部件', categoryCode: '0101', platform: 'urban', priority: 'urgent', county: '230803' },
  { title: '中山路占道经营', categoryKind: '事件', categoryCode: '0501', platform: 'urban', priority: 'normal', county: '230804' },
  { title: '友谊路暴露垃圾', categoryKind: '事件', categoryCode: '0102', platform: 'urban', priority: 'normal', county: '230805' },
  { title: '邻里噪音纠纷', categoryKind: '社会治理', categoryCode: 'SG0117', platform: 'grid', priority: 'normal', county: '230811' },
] as const;

/**
 * And one the center dispatched weeks ago that the seat never signed: over its limit (签收 1
 * working hour) whatever the day, so the sample has an overdue case and a red grid. Weeks, not
 * days, so that no holiday run (the longest is nine days) can leave its clock short of the hour.
 */
const sampleOverdue = { title: '光复路公交站亭破损', categoryKind: '部件', categoryCode: '0203', platform: 'urban', priority: 'normal', county: '230804', daysAgo: 21 } as const;

/**
 * Where in its (rectangular) grid a sample case was seen: off the middle, where
 * the map writes the grid's name, so that the case's point does not cover it.
 */
const spotInGrid = (g: Grid): [number, number] => {
  const [[x0, y0], , [x1, y1]] = g.ring as [[number, number], [number, number], [number, number]];
  return [+(x0 + (x1 - x0) * 0.72).toFixed(6), +(y0 + (y1 - y0) * 0.3).toFixed(6)];
};

const urbanGridOf = (grids: readonly Grid[], county: string, nth = 0): Grid => {
  const urban = grids.filter((g) => g.code.startsWith(county) && g.kind !== 'rural');
  return urban[nth] ?? urban[0] ?? grids.find((g) => g.code.startsWith(county))!;
};

async function seedSample(store: Store, locate: Locate, grids: readonly Grid[], cast: Cast) {
  let seq = 0;
  const commit = async (name: Mutation['name'], args: Record<string, unknown>, at: Date, account = systemAccount) => {
    const m: Mutation = { id: uuidv7(), clientId: 'seed', seq: ++seq, name, args, at: at.toISOString() };
    const plan = planMutation(m, { account, locate, now: () => at });
    if ('error' in plan) throw new Error(plan.error);
    const { result } = await store.commitMutation(m, account.username, plan.caseId, plan.decide);
    if (result.status === 'rejected') throw new Error(`${String(args.title ?? name)}: ${result.reason}`);
  };
  const report = async (r: (typeof sampleReports)[number] | typeof sampleOverdue, grid: Grid, at: Date) => {
    const id = uuidv7();
    await commit('case.report', { id, title: r.title, description: '', categoryKind: r.categoryKind, categoryCode: r.categoryCode, platform: r.platform, priority: r.priority, point: spotInGrid(grid), address: grid.name }, at);
    return id;
  };
  const now = Date.now();
  for (const r of sampleReports) await report(r, urbanGridOf(grids, r.county), new Date(now));

  // A grid of its own, so the other cases' grids keep their plain "open" color.
  const grid = urbanGridOf(grids, sampleOverdue.county, 1);
  const reportedAt = now - sampleOverdue.daysAgo * 86_400_000;
  const caseId = await report(sampleOverdue, grid, new Date(reportedAt));
  // By the city center's own intake and dispatcher, as the timeline would show it.
  const center = async (username: string) => (await store.findAccount(username))?.account ?? systemAccount;
  await commit('case.act', { caseId, action: { type: 'accept' } }, new Date(reportedAt + 5 * 60_000), await center('intake'));
  const current = (await store.getCase(caseId))!;
  const owner = cast.owner(current);
  if (!owner) throw new Error(`${sampleOverdue.title}: no department owns it`);
  await commit('case.act', { caseId, action: { type: 'dispatch', departmentId: owner.departmentId, seatId: owner.seatId } }, new Date(reportedAt + 10 * 60_000), await center('dispatcher'));
}

export type SeededCity = {
  locate: Locator; cast: Cast; catalog: Category[]; grids: Grid[]; draft: ReturnType<typeof createDrafter>; place: (g: Grid) => ReturnType<Locate>;
  /** Who reports a new case: the grid's 网格长, a caller, the sensor platform. */
  reporter: ReporterName;
  /** The counties' boundaries the locator places points with; the grid import checks grids against them. */
  districts: DistrictBoundary[];
};

/** Load (or create) the city, seed cases into an empty store, and return what the simulator needs. */
export async function seedDemo(store: Store, resourcesDir: string, mode: SeedMode, opts: { historyCount?: number; now?: Date } = {}): Promise<SeededCity> {
  const created = await ensureCity(store, resourcesDir);
  const city = created ?? (await store.loadCity());
  const catalog = loadCatalog(resourcesDir);
  const districts = loadDistricts(resourcesDir);
  const locate = createLocator(districts, city.grids, city.divisions);
  const resolveOwner = createOwnerResolver(city.responsibility);
  const cast = createCast({ departments: city.departments, seats: city.seats, categories: catalog, resolveOwner });
  const names = new Map(city.divisions.map((d) => [d.code, d.name]));
  const draft = createDrafter(city.grids, catalog, (code) => names.get(code) ?? '');
  const place = (g: Grid) => locate(spotInGrid(g));
  const reporter = createReporterNames(city.workers);
  if (mode !== 'none' && (await store.countRollups()) === 0) {
    const now = opts.now ?? new Date();
    const history = seriesHistory(now, mode === 'sample' ? 40 : DEMO_HISTORY_DAYS);
    for (const g of granularities) await store.importRollups(history[g], g);
    await store.putWishes(generateWishes(city.divisions, now, DEMO_SEED));
  }
  if (mode !== 'none' && (await store.countCases()) === 0) {
    if (mode === 'sample') await seedSample(store, locate, city.grids, cast);
    else {
      const now = (opts.now ?? new Date()).toISOString();
      const { cases, events } = generateHistory({ seed: DEMO_SEED, count: opts.historyCount ?? 8800, days: DEMO_HISTORY_DAYS, now, draft, place, cast, reporter });
      await store.importCases(cases, events);
    }
  }
  return { locate, cast, catalog, grids: city.grids, draft, place, districts, reporter };
}
