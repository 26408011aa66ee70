// A chart or figure is recomputed only when what chartReads, figureReads or
// cityFigureReads names has changed: if it read anything else of the panel data,
// it would go stale. So every chart and figure of the seven panels, and the
// city's headline figures, run once over panel data that records what is asked for.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { platforms } from '../../../../shared/domain/model.ts';
import type { SeriesView } from '../../../../shared/metrics.ts';
import { cityFigureReads, cityFigures } from '../city/city-figures.ts';
import type { PanelData } from '../data/panel-data.tsx';
import { panels } from '../declarations/index.ts';
import { chartData, chartReads } from './chart-data.ts';
import { figureReads, resolveFigure } from './figures.ts';
import { readAt, type PanelDataPath } from './panel-reads.ts';

const t = ((key: string) => key) as unknown as TFunction;
const NOW = Date.parse('2026-11-27T10:00:00+08:00');
const day = (d: string) => new Date(Date.parse(`${d}T00:00:00+08:00`)).toISOString();

/** Panel data with something in every part, so each chart and figure takes its full path. */
function panelData(): PanelData {
  const series: SeriesView[] = panels.flatMap((p) => [
    ...['', 'a', 'b'].map((dims) => ({ platform: p.platform, key: 'k', dims, points: { day: [[day('2026-11-01'), 3], [day('2026-11-26'), 4]] as [string, number][], hour: [[new Date(NOW - 3_600_000).toISOString(), 5]] as [string, number][] } })),
  ]) as unknown as SeriesView[];
  const perPlatform = Object.fromEntries(platforms.map((p) => [p, {}]));
  return {
    now: NOW,
    kpis: { all: {}, platform: {}, month: {}, monthToDate: {}, platformMonthToDate: perPlatform, platformCategory: perPlatform },
    series: { daily: series, recent: series, dailyAt: null, recentAt: null },
    gridCount: 8080, seatCount: 84,
    workers: { byKind: { party: 3, mediation: 2 }, total: 5, fetchedAt: '2026-11-27T02:00:00Z' } as unknown as PanelData['workers'],
    seatsOnline: { online: 3, total: 84, fetchedAt: '2026-11-27T02:00:00Z' } as unknown as PanelData['seatsOnline'],
    catalog: new Map([['x', {}]]) as unknown as PanelData['catalog'],
    sample: [],
    sampleSize: 1000,
  };
}

/** The data behind a recorder: each part asked for, as the paths panel-reads.ts uses ('series.daily', 'now'). */
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

/** What `run` read that `named` does not cover ('day' is read as 'now'). */
function unnamedReads(named: readonly PanelDataPath[], run: (data: PanelData) => unknown): string[] {
  const { data, read } = recording(panelData());
  run(data);
  const covered = new Set<string>(named.map((p) => (p === 'day' ? 'now' : p)));
  return [...read].filter((path) => !covered.has(path));
}

describe('panel reads', () => {
  it('name everything chartData reads of the panel data, for every chart of the seven panels', () => {
    const charts = panels.flatMap((p) => p.charts.map((c) => ({ platform: p.platform, chart: c })));
    expect(charts.length).toBeGreaterThanOrEqual(20);
    for (const { platform, chart } of charts) {
      expect(unnamedReads(chartReads(chart.source), (data) => chartData(chart.source, platform, data, t)), `${platform} ${chart.id}`).toEqual([]);
    }
  });

  it('name everything resolveFigure reads, for every figure of the seven panels', () => {
    const figures = panels.flatMap((p) => p.figures.map((f, i) => ({ platform: p.platform, figure: f, i })));
    expect(figures.length).toBeGreaterThanOrEqual(20);
    for (const { platform, figure, i } of figures) {
      expect(unnamedReads(figureReads(figure), (data) => resolveFigure(figure, platform, data, t)), `${platform} figure ${i}`).toEqual([]);
    }
  });

  it('name everything the city headline figures read', () => {
    expect(unnamedReads(cityFigureReads, (data) => cityFigures(data, t))).toEqual([]);
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
