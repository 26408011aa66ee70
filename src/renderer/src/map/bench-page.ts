// The map bench's page (bundled by bench/map-render.ts, run in headless
// Chromium; not part of the app): one scenario per page load, driven through
// window.__mapBench. It lives beside the map code so it is type-checked as
// browser code and drives the very modules the app uses.
//   ours      the app's own grid and case sources and layers (grid-layers.ts,
//             case-layers.ts) fed through its live sync (live-sync.ts)
//   baseline  bare maplibre: raw GeoJSON sources with default options, one
//             fill + line + circle layer, updates by setData
//   empty     the same map with no data at all
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { Grid } from '../../../shared/domain/model.ts';
import type { GridStatus } from '../../../shared/grid-status.ts';
import { CASE_HEAT_SOURCE, CASE_SELECTED_SOURCE, CASE_SOURCE, caseHeatSource, caseLayers, caseSource, selectedCaseSource } from './case-layers.ts';
import { COMMUNITY_SOURCE, GRID_FOCUS_SOURCE, GRID_LABEL_SOURCE, GRID_SOURCE, communitySource, gridFocusSource, gridLabelLayer, gridLabelSource, gridLayers, gridSource, gridTileUrl } from './grid-layers.ts';
import { createCaseSync, createGridStatusSync } from './live-sync.ts';
import { createShownCases } from './case-features.ts';
import { configureMapWorkers } from './map-workers.ts';
import { identity } from './projection.ts';
import { CJK_FONT_FAMILY } from './base-style.ts';
import { mulberry32 as prng } from '../../../shared/mulberry32.ts';
import { makeCases, makeGrids } from './bench-data.ts';
import { registerGridProtocol } from './grid-protocol.ts';
import { shareTileStateArrays } from './tile-state-arrays.ts';
import { warmLayerPrograms } from './program-warm-up.ts';
import { createCaseClusters, type CaseClusters } from './case-clusters.ts';
import type { GridCrs } from '../../../shared/grid-tiles.ts';

export type Scenario = 'ours' | 'baseline' | 'empty';
type Stats = { n: number; p50: number; p95: number; max: number; mean: number };

const params = new URLSearchParams(location.search);
maplibregl.setWorkerUrl(params.get('worker')!);
// Each scenario is a fresh page: ours runs with the app's workers, the others with bare maplibre's.
if (params.get('scenario') === 'ours') configureMapWorkers();

declare global {
  interface Window {
    /** The bench's stand-in for the bridge: Playwright hands the call to the core's grid-tile code in Node. */
    benchGridTile(z: number, x: number, y: number, crs: GridCrs): Promise<{ data: string }>;
  }
}
// The app's own protocol handler, over the bench's bridge.
// The tiles asked for while the data loads: when the first was asked and the last answered, from the sources set.
let loadStart = 0;
let tileAsks: { askedMs: number; answeredMs: number }[] = [];
registerGridProtocol(async (z, x, y, crs) => {
  const askedMs = performance.now() - loadStart;
  const r = await window.benchGridTile(z, x, y, crs);
  tileAsks.push({ askedMs, answeredMs: performance.now() - loadStart });
  return r.data;
});

const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0, mean: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length) };
};

const rawGrids = (grids: readonly Grid[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: grids.map((g) => ({ type: 'Feature', properties: { code: g.code, name: g.name, level: 'quiet' }, geometry: { type: 'Polygon', coordinates: [g.ring] } })),
});
const rawCases = (cases: readonly CaseListItem[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: cases.map((c) => ({ type: 'Feature', properties: { id: c.id, priority: c.priority }, geometry: { type: 'Point', coordinates: c.point } })),
});

/**
 * The next 'idle' after a forced render. Register it before the synchronous
 * work it should wait for: the render only runs on the next frame, by which
 * time that work has started loading, so 'idle' cannot come early.
 */
const idle = (map: maplibregl.Map) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * GPU programs compiled, through maplibre's program cache (internal; absent, nothing is counted):
 * the warm-up should leave none to compile once the data is in. Under software GL one costs up to ~450 ms.
 */
let programsCompiled = 0;
function countProgramCompiles(m: maplibregl.Map) {
  const cache = (m as unknown as { painter?: { programCache?: { programs: object; getProgram(v: unknown): unknown } } }).painter?.programCache;
  if (!cache) return;
  const getProgram = cache.getProgram.bind(cache);
  cache.getProgram = (variant) => {
    const before = Object.keys(cache.programs).length;
    const program = getProgram(variant);
    programsCompiled += Object.keys(cache.programs).length - before;
    return program;
  };
}

let map: maplibregl.Map;
let scenario: Scenario;
let grids: Grid[] = [];
let cases: CaseListItem[] = [];
let clusters: CaseClusters | null = null;
let caseSync: ReturnType<typeof createCaseSync> | null = null;

async function open(s: Scenario): Promise<void> {
  scenario = s;
  map = new maplibregl.Map({
    container: 'map',
    // The app's glyphs (Latin from bundled PBFs, Chinese from system fonts), so the cluster counts' digits load as in the app.
    style: { version: 8, glyphs: `${location.origin}/fonts/{fontstack}/{range}.pbf`, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0b1a2e' } }] },
    localIdeographFontFamily: CJK_FONT_FAMILY,
    center: [130.4, 46.8],
    zoom: 10.3,
    attributionControl: false,
    fadeDuration: 0,
  });
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  countProgramCompiles(map);
  // In the app the base layers have started the workers long before the grids
  // arrive; do the same here, so worker start-up is not counted as data time.
  const warm = idle(map);
  map.addSource('warm-up', { type: 'geojson', data: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [130.4, 46.8] } }] } });
  map.addLayer({ id: 'warm-up', type: 'circle', source: 'warm-up', paint: { 'circle-opacity': 0 } });
  await warm;
  map.removeLayer('warm-up');
  map.removeSource('warm-up');
  await idle(map);
  // As the app does while it waits for the core's grids and cases (use-map-instance.ts).
  if (scenario === 'ours' && params.get('warm') !== '0') await warmLayerPrograms(map, [...gridLayers, gridLabelLayer, ...caseLayers]);
}

/** Sources set → map idle, with the data already in memory as the core would hand it over. */
async function load(gridCount: number, caseCount: number): Promise<{ setMs: number; dataMs: number; readyMs: number; firstIdleMs: number; clustersMs?: number; tiles?: { n: number; firstAskMs: number; firstAnswerMs: number; lastAnswerMs: number } }> {
  grids = makeGrids(gridCount);
  cases = makeCases(caseCount);
  const baselineGrids = scenario === 'baseline' ? rawGrids(grids) : null;
  const baselineCases = scenario === 'baseline' ? rawCases(cases) : null;
  await frame();
  const t0 = performance.now();
  loadStart = t0;
  tileAsks = [];
  const done = idle(map);
  // When the worker has the data indexed and the first tiles are back, before they are drawn.
  let dataMs = 0;
  const data = new Promise<void>((resolve) => {
    const check = () => {
      const sources = scenario === 'ours' ? [GRID_SOURCE, COMMUNITY_SOURCE, CASE_SOURCE] : ['grids', 'cases'];
      if (scenario !== 'empty' && !sources.every((id) => map.getSource(id) && map.isSourceLoaded(id))) return;
      dataMs = performance.now() - t0;
      map.off('sourcedata', check);
      resolve();
    };
    map.on('sourcedata', check);
    if (scenario === 'empty') check();
  });
  if (scenario === 'ours') {
    map.addSource(GRID_SOURCE, gridSource(gridTileUrl(`bench-${gridCount}`, 'wgs84')));
    map.addSource(COMMUNITY_SOURCE, communitySource(gridTileUrl(`bench-${gridCount}`, 'wgs84')));
    for (const id of [GRID_SOURCE, COMMUNITY_SOURCE]) shareTileStateArrays(map, id);
    // As in the app: label points wait for z12.5 and the heat twin for its switch .
    map.addSource(GRID_FOCUS_SOURCE, gridFocusSource(EMPTY));
    map.addSource(GRID_LABEL_SOURCE, gridLabelSource(EMPTY));
    // As in the app (use-case-overlay.ts): the cases go to the cluster worker, the view's clusters to the source.
    map.addSource(CASE_SOURCE, caseSource(EMPTY));
    clusters = createCaseClusters(map);
    caseSync = createCaseSync(map, identity, [CASE_SOURCE], { [CASE_SOURCE]: clusters });
    caseSync.push(cases);
    caseSync.flushNow();
    map.addSource(CASE_HEAT_SOURCE, caseHeatSource(EMPTY));
    map.addSource(CASE_SELECTED_SOURCE, selectedCaseSource(EMPTY));
    for (const l of gridLayers) map.addLayer(l);
    map.addLayer(gridLabelLayer);
    for (const l of caseLayers) map.addLayer(l);
    for (const id of (params.get('hide') ?? '').split(',').filter(Boolean)) map.setLayoutProperty(id, 'visibility', 'none');
  } else if (scenario === 'baseline') {
    map.addSource('grids', { type: 'geojson', data: baselineGrids! });
    map.addSource('cases', { type: 'geojson', data: baselineCases! });
    map.addLayer({ id: 'grid-fill', type: 'fill', source: 'grids', paint: { 'fill-color': ['match', ['get', 'level'], 'open', '#1f8fff', '#2f6fb0'], 'fill-opacity': 0.3 } });
    map.addLayer({ id: 'grid-line', type: 'line', source: 'grids', paint: { 'line-color': '#5b9bd5', 'line-width': 0.5 } });
    map.addLayer({ id: 'case-points', type: 'circle', source: 'cases', paint: { 'circle-radius': 4, 'circle-color': '#36cfc9' } });
  }
  const setMs = performance.now() - t0;
  // When the view's clusters first reached the case source (ours): the cluster worker's share of the load.
  let clustersMs: number | undefined;
  void clusters?.ready.then(() => (clustersMs = performance.now() - t0));
  await Promise.all([done, data]);
  const firstIdleMs = performance.now() - t0;
  // The view's clusters come from the cluster worker after the source is set: ready once they are
  // drawn too. Handed to the source before that idle, they were in it (an idle waits for every
  // source's data); after it, the source's update brings one more idle, without a forced repaint.
  if (clusters && !(clustersMs !== undefined && clustersMs <= firstIdleMs)) {
    await clusters.ready;
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  }
  const readyMs = performance.now() - t0;
  const asks = tileAsks.filter((a) => a.answeredMs <= readyMs);
  const tiles = asks.length
    ? { n: asks.length, firstAskMs: Math.min(...asks.map((a) => a.askedMs)), firstAnswerMs: Math.min(...asks.map((a) => a.answeredMs)), lastAnswerMs: Math.max(...asks.map((a) => a.answeredMs)) }
    : undefined;
  return { setMs, dataMs, readyMs, firstIdleMs, clustersMs, tiles };
}

/** A scripted flight: zoom from the city into a street and out again while panning, one camera step per frame. */
async function panZoom(frames: number): Promise<Stats> {
  const path = (t: number) => ({
    zoom: 10.3 + 3.5 * Math.sin(Math.PI * t),
    center: [130.4 + 0.25 * Math.sin(2 * Math.PI * t), 46.8 + 0.08 * Math.sin(4 * Math.PI * t)] as [number, number],
  });
  const deltas: number[] = [];
  let last = await frame();
  for (let i = 1; i <= frames; i++) {
    map.jumpTo(path(i / frames));
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  await idle(map);
  return stats(deltas);
}

/**
 * 500 case changes a second for `seconds`: every 100 ms, 50 cases change
 * (45 updated in place, 5 new). Ours: the changed cases go to the live sync
 * by id (`change`), which sends one updateData diff per frame. Baseline:
 * setData of the whole list. Reported: main-thread ms per batch spent in the
 * map code, and frame times; for ours also what handing over the whole list
 * instead (`reconcile`, as a view that only has its list does) costs.
 */
async function caseChurn(seconds: number): Promise<{ batchMs: Stats; frameMs: Stats; batches: number; longTaskMsPerS: number; wholeListMs?: Stats; visibleMs?: Stats }> {
  // Ours: the app's sync, which the load handed every case.
  const sync = caseSync;
  const costs: number[] = [];
  const deltas: number[] = [];
  // Work maplibre defers (cloning data to the worker, placing returned tiles) shows only here.
  let longTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTaskMs += e.duration;
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  let running = true;
  void (async () => {
    let last = await frame();
    while (running) {
      const now = await frame();
      deltas.push(now - last);
      last = now;
    }
  })();
  // Ours: when each batch is on screen — the first frame drawn with the case source loaded and its
  // view of the clusters asked after the batch was handed in (case-clusters.ts, `progress`).
  const waiting: { handedAt: number; handed: number }[] = [];
  const visibleMs: number[] = [];
  const onRender = () => {
    if (!clusters || !map.isSourceLoaded(CASE_SOURCE)) return;
    const { shown } = clusters.progress();
    const now = performance.now();
    while (waiting.length && waiting[0]!.handed <= shown) visibleMs.push(now - waiting.shift()!.handedAt);
  };
  map.on('render', onRender);
  let next = cases.length;
  const rnd = prng(3);
  const ticks = seconds * 10;
  for (let tick = 0; tick < ticks; tick++) {
    const list = cases.slice();
    const changed: CaseListItem[] = [];
    for (let k = 0; k < 45; k++) {
      const i = Math.floor(rnd() * list.length);
      const c = list[i]!;
      list[i] = { ...c, priority: c.priority === 'critical' ? 'normal' : 'critical', point: [c.point[0] + 0.0005, c.point[1]] } as CaseListItem;
      changed.push(list[i]!);
    }
    const fresh = makeCases(5, 100 + tick).map((c, k) => ({ ...c, id: `00000000-0000-7000-9000-${String(next + k).padStart(12, '0')}` }) as CaseListItem);
    list.push(...fresh);
    changed.push(...fresh);
    next += 5;
    cases = list;
    const t = performance.now();
    if (sync) {
      sync.change(changed);
      sync.flushNow(); // what the next frame would run, timed here
      if (clusters) waiting.push({ handedAt: t, handed: clusters.progress().handed });
    } else {
      void map.getSource<maplibregl.GeoJSONSource>('cases')!.setData(rawCases(list));
    }
    costs.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  running = false;
  await idle(map);
  const elapsedS = (performance.now() - started) / 1000;
  observer.disconnect();
  // The last batches' redraw may still be ahead (at most every 500 ms after changes): wait for it, a frame at a time.
  for (const until = performance.now() + 5000; waiting.length && performance.now() < until; ) {
    map.triggerRepaint();
    await frame();
  }
  map.off('render', onRender);
  if (waiting.length) throw new Error(`${waiting.length} case batches not on the map 5 s after the churn`);
  return {
    batchMs: stats(costs), frameMs: stats(deltas), batches: costs.length, longTaskMsPerS: longTaskMs / elapsedS,
    ...(sync ? { wholeListMs: wholeListCost(10) } : {}), ...(clusters ? { visibleMs: stats(visibleMs) } : {}),
  };
}

/** The same churn handed over as whole lists (50 of the shown cases changed each time), diffed off the map. */
function wholeListCost(batches: number): Stats {
  const shown = createShownCases(identity);
  shown.reconcile(cases);
  const costs: number[] = [];
  let list = cases;
  for (let b = 0; b < batches; b++) {
    list = list.slice();
    for (let k = 0; k < 50; k++) {
      const i = (b * 50 + k) * 97 % list.length;
      const c = list[i]!;
      list[i] = { ...c, state: c.state === 'reported' ? 'dispatched' : 'reported' } as CaseListItem;
    }
    const t = performance.now();
    shown.reconcile(list);
    costs.push(performance.now() - t);
  }
  return stats(costs);
}

/** A zoom in and out by 1.5 over the current view, one step a frame: its worst frame. */
async function zoomInAndOut(): Promise<number> {
  const center = map.getCenter();
  const zoom = map.getZoom();
  let worst = 0;
  let last = await frame();
  for (let i = 1; i <= 30; i++) {
    map.jumpTo({ center, zoom: zoom + 1.5 * Math.sin((Math.PI * i) / 30) });
    const now = await frame();
    worst = Math.max(worst, now - last);
    last = now;
  }
  await idle(map);
  return worst;
}

/**
 * `count` grids change status at once. Ours: feature-state through the live
 * sync, which spreads a burst over frames: the worst frame's main-thread ms in
 * the sync, the total and the number of frames, the longest frame while it
 * lasts (maplibre applies the writes to the tiles in view as it renders), then
 * until the map is idle again. Baseline: the status lives in the GeoJSON, so
 * the grid source is set anew. Then the zoom hitch: the same zoom in and out
 * before the flip (the yardstick, same page) and after it.
 */
async function statusFlip(count: number): Promise<{ syncMs: number; totalMs: number; frames: number; frameMaxMs: number; toIdleMs: number; zoomMaxMs: number; zoomBeforeMs: number }> {
  const step = Math.floor(grids.length / count);
  const changed: GridStatus[] = [];
  for (let i = 0; i < count; i++) changed.push({ gridCode: grids[i * step]!.code, open: 1 + (i % 3), yellow: i % 5 === 0 ? 1 : 0, red: i % 7 === 0 ? 1 : 0 });
  await idle(map);
  const zoomBeforeMs = await zoomInAndOut();
  let last = await frame();
  const t0 = performance.now();
  const done = idle(map);
  let syncMs: number;
  let totalMs: number;
  let frames = 1;
  let frameMaxMs = 0;
  if (scenario === 'ours') {
    // Each batch as the sync runs it, in its own animation frame callback (the first one now).
    const batches: number[] = [];
    const sync = createGridStatusSync(map, undefined, (ms) => batches.push(ms));
    sync.push(changed);
    sync.flushNow();
    while (sync.pending() > 0) {
      const now = await frame();
      frameMaxMs = Math.max(frameMaxMs, now - last);
      last = now;
    }
    // The frame that draws the last batch.
    frameMaxMs = Math.max(frameMaxMs, (await frame()) - last);
    syncMs = Math.max(...batches);
    totalMs = batches.reduce((a, b) => a + b, 0);
    frames = batches.length;
  } else {
    const open = new Set(changed.map((c) => c.gridCode));
    const data = rawGrids(grids);
    for (const f of data.features) if (open.has(String(f.properties!.code))) f.properties!.level = 'open';
    void map.getSource<maplibregl.GeoJSONSource>('grids')!.setData(data);
    syncMs = totalMs = performance.now() - t0;
    frameMaxMs = (await frame()) - last;
  }
  await done;
  const toIdleMs = performance.now() - t0;
  // Afterwards: a zoom in and out over the changed grids; its worst frame is the hitch.
  const zoomMaxMs = await zoomInAndOut();
  return { syncMs, totalMs, frames, frameMaxMs, toIdleMs, zoomMaxMs, zoomBeforeMs };
}

declare global {
  interface Window {
    __mapBench: { open: typeof open; load: typeof load; panZoom: typeof panZoom; caseChurn: typeof caseChurn; statusFlip: typeof statusFlip; programsCompiled(): number };
  }
}
window.__mapBench = { open, load, panZoom, caseChurn, statusFlip, programsCompiled: () => programsCompiled };
