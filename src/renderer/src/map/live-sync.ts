// The two live feeds of the map, outside React so the benchmark drives the
// very same code: case lists and changed cases become updateData diffs (a
// list with the ids the core named as changed touches just those), grid statuses become
// feature-state writes, each applied at most once per animation frame.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { CaseListChanges } from '../api/case-changes.ts';
import type { GridStatus } from '../../../shared/grid-status.ts';
import { CASE_SOURCE } from './case-layers.ts';
import { casesToGeoJson, createShownCases } from './case-features.ts';
import { perFrame } from './frame-batch.ts';
import { COMMUNITY_SOURCE, GRID_SOURCE } from './grid-layers.ts';
import { QUIET, type GridFeatureState, type GridLevel } from './grid-status.ts';
import { gridLevel } from '../../../shared/grid-status.ts';
import { COMMUNITY_TILE_LAYER, GRID_TILE_LAYER, communityOf } from '../../../shared/grid-tiles.ts';
import type { Project } from './projection.ts';
import { isRemoved } from './map-removed.ts';

export type LiveSync<T> = { push(next: T): void; flushNow(): void; dispose(): void };
export type CaseSync = Omit<LiveSync<readonly CaseListItem[]>, 'push'> & {
  /**
   * A view's whole list. With `changes` whose `since` is the list handed over just before, only
   * the cases it names are compared and sent (a check that the others are still the same set
   * falls back to comparing the whole list); without, the whole list is compared (a full refresh).
   */
  push(next: readonly CaseListItem[], changes?: CaseListChanges | null): void;
  /** Only these cases changed (and these ids left): the next frame diffs just them, not the whole list. */
  change(upsert: readonly CaseListItem[], remove?: readonly string[]): void;
  /** Feed another source too (the heat twin, once switched on): it gets the whole list now, then the same diffs. */
  attach(sourceId: string): void;
  detach(sourceId: string): void;
};

/** A whole list, with the ids that alone may differ from what the map shows before it (null: any may). */
type ListOp = { list: readonly CaseListItem[]; changed: ReadonlySet<string> | null };
type CaseOp = ListOp | { upsert: readonly CaseListItem[]; remove: readonly string[] };

/**
 * Lists pushed in one frame: only the last is diffed, against what the map shows, so the ids it
 * may differ in are everything named since that (the earlier lists' ids and by-id changes).
 */
function lastListOf(ops: readonly CaseOp[], at: number): ListOp {
  const last = ops[at] as ListOp;
  if (!last.changed) return last;
  const ids = new Set(last.changed);
  for (const op of ops.slice(0, at)) {
    if (!('list' in op)) {
      for (const c of op.upsert) ids.add(c.id);
      for (const id of op.remove) ids.add(id);
    } else if (op.changed) for (const id of op.changed) ids.add(id);
    else return { list: last.list, changed: null };
  }
  return { list: last.list, changed: ids };
}

/** Where a source's diffs go instead of the map's own source of that id (the case clusters, case-clusters.ts). */
export type DiffSink = { updateData(diff: GeoJSONSourceDiff): unknown; setData(data: FeatureCollection): unknown };

export function createCaseSync(map: MapLibreMap, project: Project, sources: readonly string[] = [CASE_SOURCE], sinks: Readonly<Record<string, DiffSink>> = {}): CaseSync {
  const targets = new Set(sources);
  const target = (id: string): DiffSink | undefined => sinks[id] ?? map.getSource<GeoJSONSource>(id);
  const shown = createShownCases(project);
  let ops: CaseOp[] = [];
  // The list last handed over, so `changes` can be checked to be relative to it.
  let handed: readonly CaseListItem[] | null = null;
  const flush = () => {
    if (isRemoved(map)) return;
    // A whole list is the complete state: what came before it in this frame is superseded.
    const lastList = ops.findLastIndex((op) => 'list' in op);
    const todo = lastList > 0 ? [lastListOf(ops, lastList), ...ops.slice(lastList + 1)] : ops;
    ops = [];
    for (const op of todo) {
      const diff = 'list' in op ? (op.changed ? shown.reconcileNamed(op.list, op.changed) : shown.reconcile(op.list)) : shown.apply(op.upsert, op.remove);
      if (!diff) continue;
      for (const id of targets) void target(id)?.updateData(diff);
    }
  };
  const batch = perFrame(flush);
  return {
    push(next, changes) {
      ops.push({ list: next, changed: changes && handed && changes.since === handed ? changes.ids : null });
      handed = next;
      batch.schedule();
    },
    change(upsert, remove = []) {
      ops.push({ upsert, remove });
      batch.schedule();
    },
    flushNow() {
      batch.cancel();
      flush();
    },
    attach(sourceId) {
      if (targets.has(sourceId)) return;
      flush();
      targets.add(sourceId);
      void target(sourceId)?.setData(casesToGeoJson(shown.list(), project));
    },
    detach(sourceId) {
      targets.delete(sourceId);
    },
    dispose: () => batch.cancel(),
  };
}

/**
 * A frame's worth of status work: at most this many feature-state writes, and
 * no more than STATE_FRAME_BUDGET_MS of the frame's main thread, diffing
 * included. A burst beyond it (10,000 grids changing at once) is diffed and
 * written over the next frames, so neither the change nor a zoom that follows
 * it stalls the map.
 */
export const STATE_WRITES_PER_FRAME = 2500;
export const STATE_FRAME_BUDGET_MS = 12;
/** Items between two looks at the clock, and so the least a frame does however late it is. */
const WRITES_PER_CLOCK_CHECK = 100;
const DIFFS_PER_CLOCK_CHECK = 100;

export type GridStatusSync = LiveSync<readonly GridStatus[]> & {
  /** Statuses not yet diffed and writes not yet applied (spread over the coming frames). */
  pending(): number;
};

/**
 * A status list being diffed over as many frames as it takes: the steps pause every
 * DIFFS_PER_CLOCK_CHECK items (the frame then looks at its clock), `left` counts what remains.
 */
type DiffJob = { steps: Generator<void, void, void>; progress: { left: number } };
type StatusSource = typeof GRID_SOURCE | typeof COMMUNITY_SOURCE;

/** Grid status as feature-state on the grid tiles' two sources: each grid, and each community as the sum of its grids. */
export function createGridStatusSync(
  map: MapLibreMap,
  perFrameBudget = STATE_WRITES_PER_FRAME,
  onFlush?: (ms: number) => void,
  budgetMs = STATE_FRAME_BUDGET_MS,
  now: () => number = () => performance.now(),
): GridStatusSync {
  // The level each grid and each community was last queued with (absent: quiet). Updated as each
  // write is queued, so a list that supersedes a half-diffed one compares with what is queued.
  const applied = new Map<string, GridLevel>();
  const appliedCommunities = new Map<string, GridLevel>();
  let job: DiffJob | null = null;
  // In order: a later write for the same feature comes later and wins.
  let queue: [StatusSource, string, GridFeatureState][] = [];
  let head = 0;

  /** Queues a feature's level where it moved, and records it as queued. */
  const queueLevel = (source: StatusSource, known: Map<string, GridLevel>, code: string, level: GridLevel) => {
    if (known.get(code) === level) return;
    known.set(code, level);
    queue.push([source, code, { level }]);
  };

  /**
   * The writes that take the map to `list`: its grids, then the grids it no longer names (the core
   * lists only grids with open cases: one it leaves out went quiet), then its communities as the
   * sums of their grids, then the communities left with none. Every phase pauses for the clock,
   * so a city-wide list's settling spreads over frames as its diffing does.
   */
  function* diff(list: readonly GridStatus[], progress: { left: number }): Generator<void, void, void> {
    let n = 0;
    const pause = () => ++n % DIFFS_PER_CLOCK_CHECK === 0;
    /** Quiets each feature `known` holds that `kept` does not name. (A Map visited while its entries are deleted visits each remaining one once.) */
    function* quietAllBut(source: StatusSource, known: Map<string, GridLevel>, kept: { has(code: string): boolean }): Generator<void, void, void> {
      for (const code of known.keys()) {
        if (pause()) yield;
        if (kept.has(code)) continue;
        known.delete(code);
        queue.push([source, code, QUIET]);
      }
    }
    const seen = new Set<string>();
    const sums = new Map<string, GridStatus>();
    for (const s of list) {
      if (pause()) yield;
      progress.left--;
      seen.add(s.gridCode);
      queueLevel(GRID_SOURCE, applied, s.gridCode, gridLevel(s));
      const code = communityOf(s.gridCode);
      const sum = sums.get(code);
      if (sum) {
        sum.open += s.open;
        sum.yellow += s.yellow;
        sum.red += s.red;
      } else sums.set(code, { gridCode: code, open: s.open, yellow: s.yellow, red: s.red });
    }
    yield* quietAllBut(GRID_SOURCE, applied, seen);
    for (const sum of sums.values()) {
      if (pause()) yield;
      queueLevel(COMMUNITY_SOURCE, appliedCommunities, sum.gridCode, gridLevel(sum));
    }
    yield* quietAllBut(COMMUNITY_SOURCE, appliedCommunities, sums);
  }

  /** Runs the job's steps within the frame's budget; true once it has finished. */
  const advance = (job: DiffJob, started: number): boolean => {
    for (;;) {
      if (job.steps.next().done) return true;
      if (now() - started >= budgetMs) return false;
    }
  };

  const flush = () => {
    if (isRemoved(map)) return;
    const started = now();
    if (job && advance(job, started)) job = null;
    const end = Math.min(queue.length, head + perFrameBudget);
    for (let checkAt = head + WRITES_PER_CLOCK_CHECK; head < end; head++) {
      if (head === checkAt) {
        if (now() - started >= budgetMs) break;
        checkAt += WRITES_PER_CLOCK_CHECK;
      }
      const [source, id, state] = queue[head]!;
      map.setFeatureState({ source, sourceLayer: source === GRID_SOURCE ? GRID_TILE_LAYER : COMMUNITY_TILE_LAYER, id }, state);
    }
    if (head === queue.length) {
      queue = [];
      head = 0;
    }
    if (job || head < queue.length) batch.schedule();
    onFlush?.(now() - started);
  };
  const batch = perFrame(flush);
  return {
    push(next) {
      // A newer list supersedes one half diffed: what was queued from it stays queued, and `applied` says so.
      // One more than the list until it is settled: its last phases name no count ahead of time.
      const progress = { left: next.length + 1 };
      job = { steps: diff(next, progress), progress };
      batch.schedule();
    },
    flushNow() {
      batch.cancel();
      flush();
    },
    pending: () => queue.length - head + (job ? job.progress.left : 0),
    dispose: () => batch.cancel(),
  };
}
