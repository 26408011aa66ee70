// The big screen for a day, compressed: headless Chromium at 1920×1080 runs the
// built renderer against a stand-in core (src/renderer/src/bigscreen/bench/
// fake-bridge.ts) that replays a snapshot of the demo city and moves it once
// per simulated second (1 Hz updates of every panel, the ticker and the map).
// `speed` compresses every clock of the wall (the 15 s rotation, the refresh
// periods, the 1 Hz updates) by the same factor.
//   node bench/bigscreen-soak.ts [--speed 20] [--hours 24] [--warmup 1] [--routes bigscreen,platforms] [--fixtures FILE]
// How far time compresses depends on the machine: the page must keep up with
// its own clock, or fewer updates happen than the hours claim. The table says
// how many simulated seconds of updates were delivered (one per second is a
// full day's 86,400). Pass marks (the issue): JS heap growth ≤ 10 % after
// warm-up, DOM nodes flat, no long task over 100 ms. Heap and nodes are read
// after a forced GC, always with the first panel up, as the floor of three reads. Long tasks are judged in
// a separate real-time window (--realtime seconds at 1×): compressed time
// lands several seconds' updates in one frame, which no wall ever sees.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { createStaticHandler } from '../src/main/browser-host/static-files.ts';
import type { QueryName } from '../src/shared/contract.ts';
import { platforms } from '../src/shared/domain/model.ts';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { fmtInt, fmtMs, table } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { startDemoHost } from './bigscreen-host.ts';
import { bundle, ROOT } from './bigscreen-page.ts';

const { values } = parseArgs({
  options: {
    speed: { type: 'string', default: '20' },
    hours: { type: 'string', default: '24' },
    warmup: { type: 'string', default: '1' },
    routes: { type: 'string', default: 'bigscreen,platforms' },
    /** Reuse a snapshot (written there on the first run) instead of starting the demo city. */
    fixtures: { type: 'string' },
    /** Write a CPU profile of one simulated hour (after warm-up) of the first route there. */
    profile: { type: 'string' },
    /** Write a CPU profile of each route's real-time window there (FILE.<route>.cpuprofile). */
    'profile-realtime': { type: 'string' },
    /** Seconds of the real-time (1×) window in which long tasks are counted, per route. */
    realtime: { type: 'string', default: '120' },
  },
});
const SPEED = Number(values.speed);
const HOURS = Number(values.hours);
const WARMUP_HOURS = Number(values.warmup);
const ROUTES = values.routes.split(',');
const HEAP_GROWTH_LIMIT = 0.1;
const LONG_TASK_LIMIT_MS = 100;

/** A snapshot of the demo city, read through the contract like the renderer reads it. */
async function captureFixtures(): Promise<string> {
  const host = await startDemoHost();
  try {
    const url = new URL(host.url);
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    const ws = new WebSocket(`ws://${url.host}/contract?token=${token}`, { origin: url.origin });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let id = 0;
    const pending = new Map<number, (v: unknown) => void>();
    ws.on('message', (m) => {
      const d = JSON.parse(String(m)) as { type: string; id: number; ok: boolean; result: unknown };
      if (d.type === 'response') pending.get(d.id)?.(d.ok ? d.result : null);
    });
    const q = (name: QueryName, args: object = {}) =>
      new Promise<unknown>((resolve) => {
        pending.set(++id, resolve);
        ws.send(JSON.stringify({ id, kind: 'query', name, args }));
      });
    // The link must have synced before the snapshot means anything.
    for (let i = 0; i < 60 && ((await q('link.state')) as { status: string }).status !== 'online'; i++) await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 60 && !((await q('metrics.series')) as { recentAt: string | null }).recentAt; i++) await new Promise((r) => setTimeout(r, 500));
    const fixtures = {
      session: await q('session.info'),
      cases: await q('cases.list', { queue: 'all', limit: 5000 }),
      kpis: { all: await q('kpis.compute', { groupBy: 'all' }), platform: await q('kpis.compute', { groupBy: 'platform' }), month: await q('kpis.compute', { groupBy: 'month' }), monthToDate: await q('kpis.compute', { groupBy: 'monthToDate' }) },
      series: await q('metrics.series'),
      grids: await q('reference.grids'),
      directory: await q('reference.directory'),
      wishes: await q('wishes.list'),
      // Answers read as they are, keyed by name and arguments: each platform's KPIs, the roster, the seats online.
      answers: Object.fromEntries(
        await Promise.all(
          [
            ...platforms.flatMap((platform) => (['monthToDate', 'category'] as const).map((groupBy) => ['kpis.compute', { groupBy, platform }] as const)),
            ['reference.workerCounts', {}] as const,
            ['seats.presence', {}] as const,
          ].map(async ([name, args]) => [`${name} ${JSON.stringify(args)}`, await q(name, args)]),
        ),
      ),
    };
    ws.close();
    return JSON.stringify(fixtures);
  } finally {
    await host.stop();
  }
}

function serve(fixtures: string): Promise<{ url: string; close(): void }> {
  const statics = createStaticHandler(join(ROOT, 'out/renderer'));
  const server = createServer((req, res) => {
    if (req.url === '/__soak/fixtures.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(fixtures);
    void statics(req, res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}

type Sample = { hour: number; heapMiB: number; nodes: number; listeners: number; charts: number };
type SoakStats = { ticks: number; longTasks: number; over100: number; maxLongTask: number; slow: { at: number; ms: number }[]; answered: Record<string, { count: number; bytes: number }> };
/** What the page exposes, as this Node program sees it (bench/ has no DOM types). */
type PageGlobals = {
  __soak?: { stats(): SoakStats; reset(): void };
  document: { querySelector(s: string): { dataset: Record<string, string | undefined> } | null; querySelectorAll(s: string): { length: number } };
};

async function readOnce(page: Page, cdp: CDPSession, hour: number): Promise<Sample> {
  // Always read with the same panel up (the first), so a bigger panel is not taken for growth.
  const rotating = page.locator('[data-testid=bs-rotating]');
  if (await rotating.count()) await page.locator('[data-testid=bs-rotating][data-index="0"]').waitFor({ timeout: 60_000 });
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const charts = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.querySelectorAll('[_echarts_instance_]').length);
  return { hour, heapMiB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners, charts };
}

/**
 * The floor of three readings. Compressed, the panel rotates every few hundred ms, so one
 * reading may catch it half mounted (more nodes, fewer charts); a leak raises every reading.
 */
async function sample(page: Page, cdp: CDPSession, hour: number): Promise<Sample> {
  const reads: Sample[] = [];
  for (let i = 0; i < 3; i++) reads.push(await readOnce(page, cdp, hour));
  return {
    hour,
    heapMiB: Math.min(...reads.map((r) => r.heapMiB)),
    nodes: Math.min(...reads.map((r) => r.nodes)),
    listeners: Math.min(...reads.map((r) => r.listeners)),
    charts: Math.max(...reads.map((r) => r.charts)),
  };
}

type SoakResult = { route: string; samples: Sample[]; stats: SoakStats; realSeconds: number; ticksAfterWarmup: number; realtime?: SoakStats };

/** Long tasks at the wall's own pace: 1×, after 30 s to load the map and the first answers. */
async function realtimeWindow(base: string, bridge: string, route: string, seconds: number): Promise<SoakStats> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...chromiumArgs, ...GL_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await page.addInitScript({ content: bridge });
    await page.goto(`${base}/#/${route}`);
    await page.waitForTimeout(30_000);
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__soak!.reset());
    const cdp = values['profile-realtime'] ? await page.context().newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    await page.waitForTimeout(seconds * 1000);
    const stats = await page.evaluate(() => (globalThis as unknown as PageGlobals).__soak!.stats());
    if (cdp) writeFileSync(`${values['profile-realtime']}.${route}.cpuprofile`, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    for (const t of stats.slow) console.log(`  ${route} 1×: long task of ${t.ms} ms at ${new Date(t.at).toISOString()}`);
    return stats;
  } finally {
    await browser.close();
  }
}

// WebGL in the GPU process (SwiftShader), as bench/map-render.ts runs it. Without these flags headless
// Chromium reads every map frame back into the page's own thread (a 100-300 ms commit per map frame on
// a 2-core box), which no wall with a graphics card does.
const GL_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'];

async function soak(base: string, bridge: string, route: string): Promise<SoakResult> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: [...chromiumArgs, ...GL_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => console.error('  page error:', e.message));
    await page.addInitScript({ content: bridge });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${base}/#/${route}?speed=${SPEED}`);
    await page.waitForFunction(() => Number((globalThis as unknown as PageGlobals).document.querySelector('[data-testid=figure-kpi-accepted]')?.dataset.value) > 0, undefined, { timeout: 60_000 });
    const hourMs = (3600 * 1000) / SPEED;
    const started = performance.now();
    await page.waitForTimeout(WARMUP_HOURS * hourMs);
    const ticksAtWarmup = (await page.evaluate(() => (globalThis as unknown as PageGlobals).__soak!.stats())).ticks;
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__soak!.reset());
    if (values.profile && route === ROUTES[0]) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.waitForTimeout(hourMs);
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(values.profile, JSON.stringify(profile));
    }
    const samples = [await sample(page, cdp, 0)];
    console.log(`  ${route}: after ${WARMUP_HOURS} h warm-up: heap ${samples[0]!.heapMiB.toFixed(1)} MiB, ${samples[0]!.nodes} nodes, ${samples[0]!.charts} charts`);
    for (let h = 1; h <= Math.ceil(HOURS); h++) {
      await page.waitForTimeout(hourMs);
      const s = await sample(page, cdp, h);
      samples.push(s);
      if (h % 4 === 0 || h === Math.ceil(HOURS)) console.log(`  ${route}: ${h} h: heap ${s.heapMiB.toFixed(1)} MiB, ${s.nodes} nodes, ${s.listeners} listeners, ${s.charts} charts`);
    }
    const stats = await page.evaluate(() => (globalThis as unknown as PageGlobals).__soak!.stats());
    return { route, samples, stats, realSeconds: (performance.now() - started) / 1000, ticksAfterWarmup: stats.ticks - ticksAtWarmup };
  } finally {
    await browser.close();
  }
}

if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('build the renderer first: npx electron-vite build');
console.log(`machine: ${formatMachine(describeMachine())}`);
console.log(`soak: ${HOURS} h after ${WARMUP_HOURS} h warm-up, at ${SPEED}× (one simulated second = ${fmtMs(1000 / SPEED)} ms); capturing the demo city…`);
const fixtures = values.fixtures && existsSync(values.fixtures) ? readFileSync(values.fixtures, 'utf8') : await captureFixtures();
if (values.fixtures && !existsSync(values.fixtures)) writeFileSync(values.fixtures, fixtures);
const bridge = await bundle('src/renderer/src/bigscreen/bench/fake-bridge.ts', 'iife');
const server = await serve(fixtures);
const results: SoakResult[] = [];
try {
  for (const route of ROUTES) {
    const r = await soak(server.url, bridge, route);
    if (Number(values.realtime) > 0) r.realtime = await realtimeWindow(server.url, bridge, route, Number(values.realtime));
    results.push(r);
  }
} finally {
  server.close();
}

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rows = results.flatMap((r) => {
  const first = r.samples[0]!;
  const last = r.samples[r.samples.length - 1]!;
  const maxHeap = Math.max(...r.samples.map((s) => s.heapMiB));
  // Growth from the first three readings to the last three: one reading can catch an answer in flight.
  const ends = Math.min(3, Math.floor(r.samples.length / 2)) || 1;
  const growth = mean(r.samples.slice(-ends).map((s) => s.heapMiB)) / mean(r.samples.slice(0, ends).map((s) => s.heapMiB)) - 1;
  const nodes = r.samples.map((s) => s.nodes);
  const label = `${r.route}, ${fmtInt(r.realSeconds)} s`;
  const wanted = Math.ceil(HOURS) * 3600;
  return [
    [label, 'simulated seconds of updates delivered', `${fmtInt(r.ticksAfterWarmup)} of ${fmtInt(wanted)} (${(r.ticksAfterWarmup / 3600).toFixed(1)} h)`, 'all', met(r.ticksAfterWarmup >= wanted * 0.95)],
    ['', 'JS heap after warm-up → end (max)', `${first.heapMiB.toFixed(1)} → ${last.heapMiB.toFixed(1)} MiB (${maxHeap.toFixed(1)}), ${(growth * 100).toFixed(1)} %`, `≤ ${HEAP_GROWTH_LIMIT * 100} %`, met(growth <= HEAP_GROWTH_LIMIT)],
    ['', 'DOM nodes after warm-up → end (min–max)', `${first.nodes} → ${last.nodes} (${Math.min(...nodes)}–${Math.max(...nodes)})`, 'flat', met(Math.max(...nodes.slice(-ends)) <= Math.max(...nodes.slice(0, ends)) + 20)],
    ['', 'echarts instances alive at the end', String(last.charts), `= ${first.charts}`, met(last.charts === first.charts)],
    ['', `long tasks at ${SPEED}× (compressed): count, > 100 ms, max`, `${r.stats.longTasks}, ${r.stats.over100}, ${fmtMs(r.stats.maxLongTask)} ms`, '(shown, not judged)', ''],
    ...(r.realtime
      ? [['', `long tasks at 1× over ${values.realtime} s: count, > 100 ms, max`, `${r.realtime.longTasks}, ${r.realtime.over100}, ${fmtMs(r.realtime.maxLongTask)} ms`, `none > ${LONG_TASK_LIMIT_MS} ms`, met(r.realtime.over100 === 0)]]
      : []),
  ];
});
console.log(`\n== big screen soak: ${HOURS} h at ${SPEED}× after ${WARMUP_HOURS} h warm-up, 1920×1080 ==`);
console.log(table(['route', 'measure', 'value', 'target', ''], rows));
// What the wall asks of the core, per simulated hour: the answers it parsed.
for (const r of results) {
  const hours = r.ticksAfterWarmup / 3600 || 1;
  const asked = Object.entries(r.stats.answered).sort((a, b) => b[1].bytes - a[1].bytes);
  console.log(`\n${r.route}: answers parsed per simulated hour`);
  console.log(table(['query', 'answers', 'MB'], asked.map(([name, a]) => [name, fmtInt(a.count / hours), (a.bytes / hours / 1e6).toFixed(1)])));
}
