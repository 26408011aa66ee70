// A year of case timestamps as one trend chart, in headless Chromium: the
// first render of 1,000,000 points and each dataZoom step, timed to echarts'
// 'finished' event, through the app's own echarts registration and trend
// option (src/renderer/src/platforms/charts/trend-option.ts).
//   node bench/bigscreen-trend.ts [--points 1000000] [--steps 20]
// Targets (the issue): first render ≤ 1 s, every zoom step ≤ 100 ms.
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { fmtMs, table } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { bundle, serveFiles } from './bigscreen-page.ts';

const { values } = parseArgs({ options: { points: { type: 'string', default: '1000000' }, steps: { type: 'string', default: '20' } } });
const POINTS = Number(values.points);
const STEPS = Number(values.steps);
const RENDER_TARGET_MS = 1000;
const ZOOM_TARGET_MS = 100;

/** The page's side as this Node program sees it (bench/ has no DOM types). */
type PageBench = { render(points: number): Promise<{ buildMs: number; renderMs: number; count: number }>; zoom(start: number, end: number): Promise<number> };
type PageGlobals = { __trendBench?: PageBench };

/** Zoom in by halves, pan across, then out again: the walk a leader's drill-down takes. */
function zoomWalk(steps: number): [number, number][] {
  const walk: [number, number][] = [];
  let span = 100;
  let start = 0;
  for (let i = 0; walk.length < steps; i++) {
    if (i % 4 < 2) span = Math.max(0.5, span / 2);
    else start = Math.min(100 - span, start + span / 2);
    if (i % 8 === 7) [start, span] = [0, 100];
    walk.push([start, start + span]);
  }
  return walk;
}

export type TrendResult = { points: number; buildMs: number; renderMs: number; count: number; zooms: number[] };

export async function runTrendBench(points = POINTS, steps = STEPS): Promise<TrendResult> {
  const script = await bundle('src/renderer/src/platforms/bench/trend-page.ts', 'es');
  const server = await serveFiles({
    '/index.html': '<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%;background:#071426}#chart{position:absolute;inset:0}</style></head><body><div id="chart"></div><script type="module" src="/page.js"></script></body></html>',
    '/page.js': script,
  });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => !!(globalThis as unknown as PageGlobals).__trendBench);
    // A warm-up render of a small series, so the measured one does not pay for compiling echarts.
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__trendBench!.render(10_000));
    const first = await page.evaluate((n) => (globalThis as unknown as PageGlobals).__trendBench!.render(n), points);
    const zooms: number[] = [];
    for (const [start, end] of zoomWalk(steps)) zooms.push(await page.evaluate(([s, e]) => (globalThis as unknown as PageGlobals).__trendBench!.zoom(s, e), [start, end] as const));
    if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT });
    return { points, ...first, zooms };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  console.log(`machine: ${formatMachine(describeMachine())}`);
  const r = await runTrendBench();
  const sorted = [...r.zooms].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\n== a year of case timestamps as one trend (${r.points.toLocaleString('en-US')} points, LTTB sampling) ==`);
  console.log(`(generating the points in the page: ${fmtMs(r.buildMs)} ms, not counted; the series holds ${r.count.toLocaleString('en-US')} points)`);
  console.log(`zoom steps, ms: ${r.zooms.map(fmtMs).join(' ')}`);
  console.log(table(['measure', 'ms', 'target', ''], [
    ['first render (init → finished)', fmtMs(r.renderMs), `≤ ${RENDER_TARGET_MS}`, met(r.renderMs <= RENDER_TARGET_MS)],
    [`dataZoom step p50 (${r.zooms.length} steps)`, fmtMs(p50), `≤ ${ZOOM_TARGET_MS}`, met(p50 <= ZOOM_TARGET_MS)],
    ['dataZoom step max', fmtMs(max), `≤ ${ZOOM_TARGET_MS}`, met(max <= ZOOM_TARGET_MS)],
  ]));
}
