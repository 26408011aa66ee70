// What the panels fetch: a year of days per series (refreshed rarely), and the
// last two days by hour plus the last hour by minute (refreshed often).
import { metricDef, rollupValue, type Granularity, type Rollup, type SeriesView } from '../shared/metrics.ts';
import type { Store } from './store/store.ts';

function group(into: Map<string, SeriesView>, rollups: readonly Rollup[], g: Granularity) {
  for (const r of rollups) {
    const def = metricDef(r.platform, r.key);
    if (!def) continue;
    const id = `${r.platform}|${r.key}|${r.dims}`;
    const s = into.get(id) ?? { platform: r.platform, key: r.key, dims: r.dims, points: {} };
    (s.points[g] ??= []).push([r.bucket, Math.round(rollupValue(r, def.agg) * 100) / 100]);
    into.set(id, s);
  }
}

export async function metricsView(store: Store, kind: 'daily' | 'recent', now = new Date()): Promise<{ at: string; series: SeriesView[] }> {
  const series = new Map<string, SeriesView>();
  if (kind === 'daily') group(series, await store.rollups('day', new Date(now.getTime() - 400 * 86_400_000).toISOString()), 'day');
  else {
    group(series, await store.rollups('hour', new Date(now.getTime() - 48 * 3_600_000).toISOString()), 'hour');
    group(series, await store.rollups('minute', new Date(now.getTime() - 60 * 60_000).toISOString()), 'minute');
  }
  return { at: now.toISOString(), series: [...series.values()] };
}
