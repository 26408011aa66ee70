// A chart is recomputed only when what chartReads names has changed: if chartData
// read anything else of the panel data, the chart would go stale. So every chart of
// the seven panels runs once over panel data that records what it is asked for.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SeriesView } from '../../../../shared/metrics.ts';
import type { PanelData } from '../data/panel-data.tsx';
import { panels } from '../declarations/index.ts';
import { chartData, chartReads, readAt, type PanelDataPath } from './chart-data.ts';

const t = ((key: string) => key) as unknown as TFunction;
const NOW = Date.parse('2026-11-27T10:00:00+08:00');
const day = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`)).toISOString();

/** Panel data with something in every part, so each chart takes its full path. */
function panelData(): PanelData {
  const series: SeriesView[] = panels.flatMap((p) => [
    ...['', 'a', 'b'].map((dims) => ({ platform: p.platform, key: 'k', dims, points: { day: [[day('2026-11-01'), 3], [day('2026-11-26'), 4]] as [string, number][], hour: [[new Date(NOW - 3_600_000).toISOString(), 5]] as [string, number][] } })),
  ]) as unknown as SeriesView[];
  return {
    now: NOW,
    kpis: {},
    series: { daily: series, recent: series, dailyAt: null, recentAt: null },
    gridCount: 8080, seatCount: 84,
    workers: { byKind: { party: 3, mediation: 2 } } as unknown as PanelData['workers'],
    seatsOnline: null,
    catalog: new Map() as PanelData['catalog'],
    sample: [],
    sampleSize: 1000,
  };
}

/** The data behind a recorder: each part asked for, as the paths chartReads uses ('series.daily', 'now'). */
function recording(data: PanelData): { data: PanelData; read: Set<string> } {
  const read = new Set<string>();
  const nested = (outer: string, value: object) => new Proxy(value, { get: (target, key) => (read.add(`${outer}.${String(key)}`), Reflect.get(target, key)) });
  const proxy = new Proxy(data, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (key === 'series' || key === 'kpis') return nested(key, value as object);
      read.add(String(key));
      return value;
    },
  });
  return { data: proxy, read };
}

describe('chart reads', () => {
  const charts = panels.flatMap((p) => p.charts.map((c) => ({ platform: p.platform, chart: c })));

  it('name everything chartData reads of the panel data, for every chart of the seven panels', () => {
    expect(charts.length).toBeGreaterThanOrEqual(20);
    for (const { platform, chart } of charts) {
      const { data, read } = recording(panelData());
      chartData(chart.source, platform, data, t);
      const named = new Set<string>(chartReads(chart.source).map((p: PanelDataPath) => (p === 'day' ? 'now' : p)));
      expect([...read].filter((path) => !named.has(path)), `${platform} ${chart.id}`).toEqual([]);
    }
  });

  it('see a new day but not a new minute for daily trends, and any new answer by identity', () => {
    const data = panelData();
    const later = { ...data, now: NOW + 60_000 };
    const tomorrow = { ...data, now: NOW + 86_400_000 };
    expect(readAt(later, 'day')).toBe(readAt(data, 'day'));
    expect(readAt(tomorrow, 'day')).not.toBe(readAt(data, 'day'));
    const reloaded = { ...data, series: { ...data.series, daily: [...data.series.daily] } };
    expect(readAt(reloaded, 'series.daily')).not.toBe(readAt(data, 'series.daily'));
    expect(readAt(reloaded, 'series.recent')).toBe(readAt(data, 'series.recent'));
  });
});
