// A year of the demo city's past: cases reported across its grids, each
// worked through the real workflow by the city's habits (case-life.ts) up to
// `now`. Seeded, so the same seed writes the same year.
import { v7 as uuidv7 } from 'uuid';
import { decideReport, type Placement } from '../../shared/case-commands.ts';
import type { Category } from '../../shared/catalog.ts';
import { applyAction } from '../../shared/domain/case-workflow.ts';
import type { Case } from '../../shared/domain/case.ts';
import type { CaseEvent } from '../../shared/domain/case-event.ts';
import { GRID_APP_ACCOUNT, SYSTEM_ACCOUNT, type Actor } from '../../shared/domain/actor.ts';
import type { CasePriority, Grid, LngLat } from '../../shared/domain/model.ts';
import { addWorkingMinutes } from '../../shared/domain/work-calendar.ts';
import { communityShortName } from '../../shared/division-names.ts';
import { nextStep, type Cast } from './case-life.ts';
import { rngFor, type Rng } from './prng.ts';
import type { ReporterName } from './reporter-names.ts';

export type CaseDraft = { title: string; categoryKind: string; categoryCode: string; platform: Category['platform']; priority: CasePriority; point: LngLat; address: string; source: Case['source'] };

/** Kinds of report in the city's mix: street management first, then grid governance, then the other platforms. */
const KIND_WEIGHTS: Record<string, number> = { 事件: 36, 部件: 22, 社会治理: 26, 智慧政务: 5, 智慧农业: 3, 智慧卫教: 3, 智慧工业: 3, 电子商务: 2 };

export function createDrafter(grids: readonly Grid[], categories: readonly Category[], communityName: (code: string) => string) {
  const populated = grids.filter((g) => g.population > 0);
  const weights = populated.map((g) => Math.sqrt(g.population));
  const byKind = Map.groupBy(categories, (c) => c.kind);
  const kinds = Object.keys(KIND_WEIGHTS).filter((k) => byKind.has(k));
  return (rng: Rng): CaseDraft & { grid: Grid } => {
    const grid = rng.weightedPick(populated, weights);
    const cat = rng.pick(byKind.get(rng.weightedPick(kinds, kinds.map((k) => KIND_WEIGHTS[k]!)))!);
    const [[x0, y0], , [x1, y1]] = grid.ring as [LngLat, LngLat, LngLat];
    const point: LngLat = [+rng.between(Math.min(x0, x1), Math.max(x0, x1)).toFixed(6), +rng.between(Math.min(y0, y1), Math.max(y0, y1)).toFixed(6)];
    return {
      grid,
      title: `${communityShortName(communityName(grid.communityCode))}${cat.minorName}`,
      categoryKind: cat.kind,
      categoryCode: cat.minorCode,
      platform: cat.platform,
      priority: rng.weightedPick<CasePriority>(['normal', 'urgent', 'critical'], [86, 11, 3]),
      point,
      address: grid.name,
      source: rng.weightedPick<Case['source']>(['grid-worker', 'hotline', 'sensor', 'citizen'], [55, 28, 9, 8]),
    };
  };
}

const reporterOf = (source: Case['source'], place: Placement): Actor =>
  source === 'grid-worker'
    ? { id: GRID_APP_ACCOUNT, role: 'grid-worker', ...(place.countyCode ? { countyCode: place.countyCode } : {}), ...(place.townCode ? { townCode: place.townCode } : {}) }
    : { id: source === 'sensor' ? SYSTEM_ACCOUNT : 'intake', role: source === 'sensor' ? 'admin' : 'intake' };

/** Open a case from a draft at `at`; null if the workflow refuses it. */
export function openCase(draft: CaseDraft, place: Placement, at: string, reporterName: string): { next: Case; events: CaseEvent[] } | null {
  const actor = reporterOf(draft.source, place);
  const d = decideReport({ ...draft, id: uuidv7({ msecs: Date.parse(at) }), description: '', address: draft.address }, actor, reporterName, place, at);
  return d.ok ? { next: d.next, events: d.events } : null;
}

/** Work a case forward while its next step falls before `until`. */
export function advance(c: Case, events: CaseEvent[], rng: Rng, cast: Cast, until: string): Case {
  let current = c;
  for (let guard = 0; guard < 40; guard++) {
    const step = nextStep(current, rng, cast);
    if (!step) break;
    const at = addWorkingMinutes(current.updatedAt, step.afterMinutes);
    if (at > until) break;
    const r = applyAction(current, step.action, step.actor, at);
    if (!r.ok) break;
    current = { ...current, ...r.next };
    events.push(r.event);
  }
  return current;
}

export function generateHistory(opts: {
  seed: number;
  count: number;
  now: string;
  days?: number;
  draft: (rng: Rng) => CaseDraft & { grid: Grid };
  place: (grid: Grid) => Placement;
  cast: Cast;
  /** Who reported it (the grid's 网格长, a caller); drawn from a stream of its own, so the cases stay as they were. */
  reporter: ReporterName;
}): { cases: Case[]; events: CaseEvent[] } {
  const rng = rngFor(opts.seed, 'history');
  const reporterRng = rngFor(opts.seed, 'reporters');
  const span = (opts.days ?? 365) * 86_400_000;
  const end = Date.parse(opts.now);
  const cases: Case[] = [];
  const events: CaseEvent[] = [];
  for (let i = 0; i < opts.count; i++) {
    const draft = opts.draft(rng);
    // Reports arrive through the day, more by day than by night.
    const day = end - span + Math.floor(rng.next() * (span / 86_400_000)) * 86_400_000;
    const at = new Date(day - (day % 86_400_000) + (rng.chance(0.85) ? rng.between(0, 10) : rng.between(10, 24)) * 3_600_000).toISOString();
    if (at > opts.now) continue;
    const opened = openCase(draft, opts.place(draft.grid), at, opts.reporter(draft.source, draft.grid.code, reporterRng));
    if (!opened) continue;
    const caseEvents = [...opened.events];
    cases.push(advance(opened.next, caseEvents, rng, opts.cast, opts.now));
    events.push(...caseEvents);
  }
  return { cases, events };
}
