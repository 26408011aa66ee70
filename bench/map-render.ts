// The live grid map under load, in headless Chromium with software GL
// (SwiftShader): 100,000 grid polygons and 50,000 case points.
//   node bench/map-render.ts [--grids 100000] [--cases 50000] [--frames 60] [--churn 3] [--flip 10000] [--runs 1]
//     [--warm 0] [--profile FILE.cpuprofile [--profile-phase flip|load|pan]]  (the page's CPU profile over one phase of ours, unminified;
//     flip: the status flip and the zooms around it, the default)
//     [--trace FILE.json]  (instead of --profile: every Chromium thread over that phase; node bench/trace-threads.ts FILE.json)
//     [--hide layer,layer]  (ours with these overlay layers hidden, their sources still loading: what drawing them costs)
//   (npm run bench:map; not part of npm test)
// Three scenarios, each in a fresh page of the same run, so they share the
// machine's mood: 'empty' (no data), 'baseline' (bare maplibre fed the raw
// GeoJSON, updated by setData) and 'ours' (the app's sources, layers and live
// sync from src/renderer/src/map). Ours takes its grids as the app does: as
// vector tiles through the grids:// protocol handler, whose bridge call lands
// here, in the core's own tile code (src/main/core/grid-tiles.ts) — the index
// is built once per grid-data version, timed and reported apart ('tile build'),
// while cutting and encoding the tiles in view counts toward data ready.
// The page is bundled from
// src/renderer/src/map/bench-page.ts and served from 127.0.0.1 with maplibre's
// own dist folder.
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { meterOtherWork } from './lib/background.ts';
import { createGridTileThread, threadTileAnswer, type GridTileThread } from '../src/main/core/grid-tile-thread.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { makeGrids } from '../src/renderer/src/map/bench-data.ts';
import type { GridCrs } from '../src/shared/grid-tiles.ts';
import { fmtMs, table } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    grids: { type: 'string', default: '100000' },
    cases: { type: 'string', default: '50000' },
    frames: { type: 'string', default: '60' },
    churn: { type: 'string', default: '3' },
    flip: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '1' },
    /** Comma-separated subset, for exploring; figures for the docs run all three. */
    scenarios: { type: 'string', default: 'empty,baseline,ours' },
    profile: { type: 'string' },
    /** A Chromium trace (all processes and threads) over the same phase; summarise with bench/trace-threads.ts. */
    trace: { type: 'string' },
    /** Overlay layers to hide in ours (comma-separated ids), for telling drawing from loading. */
    hide: { type: 'string', default: '' },
    'profile-phase': { type: 'string', default: 'flip' },
    /** 0: ours without the overlay programs compiled ahead of the data (program-warm-up.ts), for comparison. */
    warm: { type: 'string', default: '1' },
  },
});
const opts = { grids: Number(values.grids), cases: Number(values.cases), frames: Number(values.frames), churn: Number(values.churn), flip: Number(values.flip), runs: Number(values.runs) };
const WORKER = values.profile || values.trace ? 'maplibre-gl-worker-dev.mjs' : 'maplibre-gl-worker.mjs';
/** The issue's target for sources set → map idle. */
const READY_TARGET_MS = 1000;
/** The issue's target for a case change to be on the map. */
const VISIBLE_TARGET_MS = 1000;

type Stats = { n: number; p50: number; p95: number; max: number; mean: number };
type Scenario = 'empty' | 'baseline' | 'ours';
type Result = {
  scenario: Scenario; setMs: number; dataMs: number; readyMs: number;
  /** The first idle after the sources were set, and when the view's clusters first reached the case source (ours). */
  firstIdleMs: number; clustersMs?: number; tiles?: { n: number; firstAskMs: number; firstAnswerMs: number; lastAnswerMs: number };
  /** GPU programs compiled before the data (the warm-up), while it loaded, and during the pan/zoom. */
  programs?: { open: number; load: number; pan: number }; pan: Stats; tileBuildMs?: number; tileRequests?: number; coreLoopMaxMs?: number;
  churn?: { batchMs: Stats; frameMs: Stats; batches: number; longTaskMsPerS: number; wholeListMs?: Stats; visibleMs?: Stats }; flip?: { syncMs: number; totalMs: number; frames: number; frameMaxMs: number; toIdleMs: number; zoomMaxMs: number; zoomBeforeMs: number }; otherCores: number;
};

/** The page's side, as this Node program sees it (it has no DOM types). */
type PageBench = {
  open(s: Scenario): Promise<void>;
  load(grids: number, cases: number): Promise<Pick<Result, 'setMs' | 'dataMs' | 'readyMs' | 'firstIdleMs' | 'clustersMs' | 'tiles'>>;
  panZoom(frames: number): Promise<Stats>;
  caseChurn(seconds: number): Promise<NonNullable<Result['churn']>>;
  statusFlip(count: number): Promise<NonNullable<Result['flip']>>;
  programsCompiled(): number;
};
type PageGlobals = { __mapBench: PageBench; document: { createElement(tag: 'canvas'): { getContext(kind: 'webgl2'): WebGl | null } } };
type WebGl = { getExtension(name: string): { UNMASKED_RENDERER_WEBGL: number } | null; getParameter(p: number): unknown };

async function bundlePage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'map-bench-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      // Readable names in a profile; the timed runs use the minified bundle, as the app ships.
      minify: !values.profile && !values.trace,
      lib: { entry: join(ROOT, 'src/renderer/src/map/bench-page.ts'), formats: ['es'], fileName: () => 'page.js' },
    },
    // maplibre's own names in a profile.
    resolve: values.profile || values.trace ? { alias: { 'maplibre-gl': join(ROOT, 'node_modules/maplibre-gl/dist/maplibre-gl-dev.mjs') } } : undefined,
  });
  writeFileSync(join(out, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body{margin:0;height:100%;background:#0b1a2e}#map{position:absolute;inset:0}</style></head>
<body><div id="map"></div><script type="module" src="/page.js"></script></body></html>`);
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function serve(pageDir: string): Promise<{ url: string; close: () => void }> {
  const maplibreDir = join(ROOT, 'node_modules/maplibre-gl/dist');
  const fontsDir = join(ROOT, 'resources/map/fonts');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // maplibre's own files, the app's glyphs (resources/map/fonts, as the app's style reads them), the bundled page.
    const [dir, rel] = path.startsWith('/maplibre/') ? [maplibreDir, path.slice('/maplibre/'.length)]
      : path.startsWith('/fonts/') ? [fontsDir, path.slice('/fonts/'.length)]
      : [pageDir, path.slice(1) || 'index.html'];
    if (rel.includes('..')) return void res.writeHead(403).end();
    try {
      const body = readFileSync(join(dir, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}

/**
 * The core's side of the bench: the core's tile worker thread with one index for the bench
 * city, as the core keeps one per grid-data version; the grids go to it as the JSON text the
 * core stores. This process's event loop stands for the core's: its longest stall is reported.
 */
let tiles: GridTileThread | null = null;
let tileRequests = 0;

async function runScenario(page: Page, base: string, scenario: Scenario): Promise<Result> {
  let tileBuildMs: number | undefined;
  if (scenario === 'ours') {
    const json = JSON.stringify(makeGrids(opts.grids));
    const t0 = performance.now();
    await tiles?.close();
    tiles = createGridTileThread({ version: () => `bench-${opts.grids}`, gridsJson: () => json });
    await tiles.prepare('wgs84');
    tileBuildMs = performance.now() - t0;
    tileRequests = 0;
  }
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  await page.goto(`${base}/index.html?worker=/maplibre/${WORKER}&scenario=${scenario}&warm=${values.warm}`);
  await page.waitForFunction(() => !!(globalThis as unknown as PageGlobals).__mapBench);
  const others = meterOtherWork();
  await page.evaluate((s) => (globalThis as unknown as PageGlobals).__mapBench.open(s), scenario);
  const size = scenario === 'empty' ? { grids: 0, cases: 0 } : { grids: opts.grids, cases: opts.cases };
  const profiled = (phase: string) => {
    if (scenario !== 'ours' || values['profile-phase'] !== phase) return null;
    if (values.trace) return startTrace(page);
    return values.profile ? startProfile(page) : null;
  };
  const compiled = () => page.evaluate(() => (globalThis as unknown as PageGlobals).__mapBench.programsCompiled());
  const programsOpen = await compiled();
  const loadProfile = await profiled('load');
  const { setMs, dataMs, readyMs, firstIdleMs, clustersMs, tiles: loadTiles } = await page.evaluate((n) => (globalThis as unknown as PageGlobals).__mapBench.load(n.grids, n.cases), size);
  await loadProfile?.stop(values.profile ?? values.trace!);
  const programsLoad = (await compiled()) - programsOpen;
  const panProfile = await profiled('pan');
  const pan = await page.evaluate((f) => (globalThis as unknown as PageGlobals).__mapBench.panZoom(f), opts.frames);
  await panProfile?.stop(values.profile ?? values.trace!);
  const programs = { open: programsOpen, load: programsLoad, pan: (await compiled()) - programsOpen - programsLoad };
  const result: Result = { scenario, setMs, dataMs, readyMs, firstIdleMs, clustersMs, tiles: loadTiles, programs, pan, otherCores: 0, tileBuildMs, tileRequests: scenario === 'ours' ? tileRequests : undefined };
  if (scenario !== 'empty') {
    result.churn = await page.evaluate((s) => (globalThis as unknown as PageGlobals).__mapBench.caseChurn(s), opts.churn);
    const profiler = await profiled('flip');
    result.flip = await page.evaluate((n) => (globalThis as unknown as PageGlobals).__mapBench.statusFlip(n), opts.flip);
    if (profiler) await profiler.stop(values.profile ?? values.trace!);
  }
  result.otherCores = others();
  loop.disable();
  result.coreLoopMaxMs = loop.max / 1e6;
  return result;
}

/** A trace of every Chromium process from now until stop(): the GPU process and the map's workers too, which a page profile does not see. */
async function startTrace(page: Page) {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8', 'gpu', '__metadata', 'disabled-by-default-v8.cpu_profiler'] });
  return {
    async stop(file: string) {
      writeFileSync(file, await browser.stopTracing());
      console.log(`  trace written to ${file} (node bench/trace-threads.ts ${file})`);
    },
  };
}

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };

/** A CPU profile of the page from now until stop(), written for DevTools, its top functions by self time printed. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
      const self = new Map<string, number>();
      const deltas = profile.timeDeltas ?? [];
      (profile.samples ?? []).forEach((id, i) => {
        const f = nodes.get(id)!.callFrame;
        const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      });
      const total = [...self.values()].reduce((a, b) => a + b, 0);
      console.log(`  profile (${file}): ${fmtMs(total)} ms sampled; top self time:`);
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${fmtMs(ms).padStart(8)} ms  ${name}`);
      // Inclusive: each function counted once per sample it is on the stack of.
      const parent = new Map<number, number>();
      for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
      const inclusive = new Map<string, number>();
      (profile.samples ?? []).forEach((id, i) => {
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = nodes.get(n)!.callFrame;
          seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
        }
        for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      });
      console.log('  top inclusive time:');
      for (const [name, ms] of [...inclusive].filter(([n]) => !n.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`    ${fmtMs(ms).padStart(8)} ms  ${name}`);
      await cdp.detach();
    },
  };
}

const pageDir = await bundlePage();
const server = await serve(pageDir);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...chromiumArgs, '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.exposeFunction('benchGridTile', (z: number, x: number, y: number, crs: GridCrs) => {
    tileRequests++;
    return tiles ? threadTileAnswer(tiles, z, x, y, crs) : { data: '' };
  });
  await page.goto(`${server.url}/index.html?worker=/maplibre/${WORKER}`);
  const gl = await page.evaluate(() => {
    const ctx = (globalThis as unknown as PageGlobals).document.createElement('canvas').getContext('webgl2');
    const info = ctx?.getExtension('WEBGL_debug_renderer_info');
    return info ? String(ctx!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  console.log(`machine: ${formatMachine(describeMachine())}`);
  console.log(`browser: Chromium ${browser.version()} headless, viewport 1280×800, GL: ${gl}`);
  console.log(`data: ${opts.grids.toLocaleString('en-US')} grid polygons, ${opts.cases.toLocaleString('en-US')} case points; pan/zoom ${opts.frames} frames; churn 500 changes/s for ${opts.churn} s; ${opts.flip.toLocaleString('en-US')} grids flip status\n`);

  const results: Result[] = [];
  for (let run = 0; run < opts.runs; run++) {
    for (const scenario of (['empty', 'baseline', 'ours'] as const).filter((s) => values.scenarios.split(',').includes(s))) {
      const r = await runScenario(page, server.url, scenario);
      results.push(r);
      const build = r.tileBuildMs !== undefined ? `, tile build ${fmtMs(r.tileBuildMs)} ms (once per grid-data version, on the core's tile worker), ${r.tileRequests} tile requests, core event loop longest stall ${fmtMs(r.coreLoopMaxMs ?? 0)} ms` : '';
      const asked = r.tiles ? `, ${r.tiles.n} grid tiles before ready: first asked at ${fmtMs(r.tiles.firstAskMs)} ms, answered ${fmtMs(r.tiles.firstAnswerMs)}–${fmtMs(r.tiles.lastAnswerMs)} ms` : '';
      const programs = r.programs ? `, GPU programs compiled ${r.programs.open} before the data / ${r.programs.load} loading / ${r.programs.pan} in the pan` : '';
      const phases = r.clustersMs !== undefined ? ` (sources set in ${fmtMs(r.setMs)} ms, data loaded ${fmtMs(r.dataMs)}, first idle ${fmtMs(r.firstIdleMs)}, the view's clusters on the source ${fmtMs(r.clustersMs)})` : '';
      console.log(`  run ${run + 1} ${scenario}: ready ${fmtMs(r.readyMs)} ms${phases}${asked}${programs}, frames p50 ${fmtMs(r.pan.p50)} ms${build} (other cores ${r.otherCores.toFixed(2)})`);
    }
  }
  const rows = results.map((r) => [
    r.scenario, fmtMs(r.setMs), fmtMs(r.dataMs), fmtMs(r.readyMs), `${fmtMs(r.pan.p50)} / ${fmtMs(r.pan.p95)} / ${fmtMs(r.pan.max)}`,
    r.churn ? `${fmtMs(r.churn.batchMs.p50)} / ${fmtMs(r.churn.batchMs.p95)}` : '–',
    r.churn?.visibleMs ? `${fmtMs(r.churn.visibleMs.p50)} / ${fmtMs(r.churn.visibleMs.max)}` : '–',
    r.churn ? `${fmtMs(r.churn.frameMs.p50)} / ${fmtMs(r.churn.frameMs.p95)}` : '–',
    r.churn ? fmtMs(r.churn.longTaskMsPerS) : '–',
    r.flip ? `${fmtMs(r.flip.syncMs)} / ${fmtMs(r.flip.totalMs)} (${r.flip.frames}) / ${fmtMs(r.flip.frameMaxMs)} / ${fmtMs(r.flip.toIdleMs)} / ${fmtMs(r.flip.zoomBeforeMs)} → ${fmtMs(r.flip.zoomMaxMs)}` : '–',
    r.otherCores.toFixed(2),
  ]);
  console.log(`\n${table(['scenario', 'set sources ms', 'sources set → data loaded ms', 'sources set → idle ms', 'pan/zoom frame p50/p95/max ms', 'churn: main-thread ms per batch p50/p95', 'churn: batch → on screen ms p50/max', 'churn: frame p50/p95 ms', 'churn: long tasks ms/s', `flip ${opts.flip}: sync worst frame / total ms (frames) / longest frame / to idle / zoom max before → after ms`, 'other cores'], rows)}`);
  const ours = results.filter((r) => r.scenario === 'ours');
  const best = Math.min(...ours.map((r) => r.readyMs));
  const baseBest = Math.min(...results.filter((r) => r.scenario === 'baseline').map((r) => r.readyMs));
  console.log(`\ndata ready (ours, best of ${ours.length}): ${fmtMs(best)} ms (raw GeoJSON baseline ${fmtMs(baseBest)} ms) — target ≤ ${READY_TARGET_MS} ms: ${best <= READY_TARGET_MS ? 'met' : 'NOT met'}`);
  const emptyPan = Math.min(...results.filter((r) => r.scenario === 'empty').map((r) => r.pan.p50));
  const bestOf = (pick: (r: Result) => number) => Math.min(...ours.map(pick));
  const panRatio = bestOf((r) => r.pan.p50) / emptyPan;
  const churnP95 = bestOf((r) => r.churn!.batchMs.p95);
  const flipSync = bestOf((r) => r.flip!.syncMs);
  const flipHitch = bestOf((r) => r.flip!.zoomMaxMs);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  // Without the empty map in the run there is no yardstick (min of nothing is Infinity).
  if (Number.isFinite(emptyPan)) console.log(`pan/zoom frame p50 (ours) ÷ empty map's: ${panRatio.toFixed(2)}× — target ≤ 1.5×: ${verdict(panRatio <= 1.5)}`);
  else console.log('pan/zoom frame p50 (ours) ÷ empty map\'s: no empty map in this run (--scenarios)');
  console.log(`500 changes/s, main-thread ms per batch p95 (ours, changed cases by id): ${fmtMs(churnP95)} ms — target ≤ 8 ms: ${verdict(churnP95 <= 8)}`);
  const visible = ours.map((r) => r.churn?.visibleMs).filter((x): x is Stats => !!x);
  if (visible.length) {
    const worst = Math.max(...visible.map((v) => v.max));
    console.log(`  a batch handed over → first frame drawn with it (ours; the clusters are asked again at most every 500 ms after changes): p50 ${fmtMs(Math.min(...visible.map((v) => v.p50)))} / p95 ${fmtMs(Math.min(...visible.map((v) => v.p95)))} (best run) / max ${fmtMs(worst)} ms (worst run) — target: visible within ${VISIBLE_TARGET_MS} ms: ${verdict(worst <= VISIBLE_TARGET_MS)}`);
  }
  const whole = ours.map((r) => r.churn?.wholeListMs).filter((x): x is Stats => !!x);
  if (whole.length) console.log(`  the same handed over as the whole ${opts.cases.toLocaleString('en-US')}-case list (reconcile, off the map): p50 ${fmtMs(Math.min(...whole.map((w) => w.p50)))} / p95 ${fmtMs(Math.min(...whole.map((w) => w.p95)))} ms per batch`);
  const flipTotal = bestOf((r) => r.flip!.totalMs);
  const flipFrame = bestOf((r) => r.flip!.frameMaxMs);
  const zoomBefore = bestOf((r) => r.flip!.zoomBeforeMs);
  console.log(`${opts.flip.toLocaleString('en-US')} grids flip status, main-thread ms in the worst frame (ours): ${fmtMs(flipSync)} ms, ${fmtMs(flipTotal)} ms in all — target ≤ 50 ms: ${verdict(flipSync <= 50)} per frame, ${verdict(flipTotal <= 50)} in all; longest frame while it lands (maplibre's share included) ${fmtMs(flipFrame)} ms; worst zoom frame afterwards ${fmtMs(flipHitch)} ms (the same zoom before the flip: ${fmtMs(zoomBefore)} ms) — target ≤ 50 ms: ${verdict(flipHitch <= 50)}`);
  console.log(`JSON ${JSON.stringify({ opts, gl, results })}`);
} finally {
  await (tiles as GridTileThread | null)?.close();
  await browser.close();
  server.close();
  rmSync(pageDir, { recursive: true, force: true });
}
