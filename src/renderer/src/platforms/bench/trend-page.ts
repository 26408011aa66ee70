// The dense-trend bench's page (bundled by bench/bigscreen-trend.ts and run in
// headless Chromium; not part of the app). It draws a year of case
// timestamps through the app's own echarts registration and trend option, and
// times the first render and each dataZoom step to echarts' 'finished' event.
import { echarts } from '../charts/echarts.ts';
import { trendOption } from '../charts/trend-option.ts';
import { wallStyle } from '../framework/chart-style.ts';

declare global {
  interface Window {
    __trendBench?: {
      render(points: number): Promise<{ buildMs: number; renderMs: number; count: number }>;
      zoom(start: number, end: number): Promise<number>;
      dispose(): void;
    };
  }
}

const YEAR_MS = 365 * 86_400_000;
const HOUR = 3_600_000;

/**
 * A year of case reports, one point per report: [time, cases per hour around
 * it] — a working-day rhythm, a weekly dip, a slow season and noise.
 */
function caseYear(n: number): Float64Array {
  const out = new Float64Array(n * 2);
  const start = Date.UTC(2025, 11, 1);
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < n; i++) {
    const t = start + (i / n) * YEAR_MS;
    const hour = ((t / HOUR) + 8) % 24;
    const day = Math.floor((t + 8 * HOUR) / 86_400_000);
    const rhythm = hour >= 8 && hour < 18 ? 1.6 : hour >= 6 && hour < 22 ? 0.9 : 0.25;
    const weekend = (day + 4) % 7 >= 5 ? 0.7 : 1;
    const season = 1 + 0.25 * Math.sin((day / 365) * 2 * Math.PI);
    out[i * 2] = t;
    out[i * 2 + 1] = Math.round(114 * rhythm * weekend * season * (0.8 + 0.4 * rand()));
  }
  return out;
}

let chart: echarts.EChartsType | null = null;
const finished = (c: echarts.EChartsType) =>
  new Promise<void>((resolve) => {
    const done = () => {
      c.off('finished', done);
      resolve();
    };
    c.on('finished', done);
  });

window.__trendBench = {
  async render(points) {
    chart?.dispose();
    const t0 = performance.now();
    const data = caseYear(points);
    const t1 = performance.now();
    chart = echarts.init(document.getElementById('chart')!);
    const done = finished(chart);
    chart.setOption(trendOption({ name: '案件', points: data }, wallStyle(1)));
    await done;
    const renderMs = performance.now() - t1;
    // How many points the series holds, to show the typed array went in whole.
    const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getRawData(): { count(): number } } } }).getModel();
    return { buildMs: t1 - t0, renderMs, count: model.getSeriesByIndex(0).getRawData().count() };
  },
  async zoom(start, end) {
    const c = chart!;
    const t0 = performance.now();
    const done = finished(c);
    c.dispatchAction({ type: 'dataZoom', start, end });
    await done;
    return performance.now() - t0;
  },
  dispose() {
    chart?.dispose();
    chart = null;
  },
};
