// What a chart declaration shows, as plain data: lines over time, or values
// per category. Kept apart from the echarts option so it can be tested and
// reused by the big screen's own charts.
import type { TFunction } from 'i18next';
import { workerKinds, type Platform } from '../../../../shared/domain/model.ts';
import { metricDef } from '../../../../shared/metrics.ts';
import { majorsWithKeys, stageHours } from '../data/case-math.ts';
import { dataLanguage } from '../../i18n/data-language.ts';
import type { PanelData } from '../data/panel-data.tsx';
import { chinaDay } from '../data/china-time.ts';
import { aggOf, latestByDim, lines, monthToDateByDim, seriesOf, type Line } from '../data/series-math.ts';
import type { ChartSource, TrendWindow } from './declaration.ts';
import { numberStyle, type NumberStyle } from './format.ts';
import type { PanelDataPath } from './panel-reads.ts';

/** `numbers`: how the language in use writes the values' amounts (zh when absent). */
export type TimeData = { shape: 'time'; lines: Line[]; unit: string; hourly: boolean; numbers?: NumberStyle };
/** `cases`: per category, the case categories ('kind:minor') its bar counts, where a bar opens its own cases. */
export type CategoryData = { shape: 'category'; categories: string[]; series: { name: string; unit: string; values: (number | null)[] }[]; numbers?: NumberStyle; cases?: string[][] };
export type ChartData = TimeData | CategoryData;

/** Whether a chart has nothing to draw: a bare axis would read as a chart of zeros, or as one still loading. */
export const chartIsEmpty = (d: ChartData): boolean =>
  d.shape === 'time' ? d.lines.every((l) => l.points.length === 0) : d.categories.length === 0 || d.series.every((s) => s.values.every((v) => v === null));

/** The names a chart needs a legend for: its lines or bar series when there are several. */
export const legendNames = (d: ChartData): string[] =>
  d.shape === 'time' ? (d.lines.length > 1 ? d.lines.map((l) => l.name) : []) : d.series.length > 1 ? d.series.map((s) => s.name) : [];

const DAYS: Record<Exclude<TrendWindow, 'hours48'>, number> = { days30: 30, days90: 90 };

/** A dimension's value (a sensor's kind, a crop) in the language, where the texts name it. */
const dimLabel = (value: string, t: TFunction) => (value ? t(`platforms.dimValue.${value}`, { defaultValue: value }) : value);

const metricLabel = (platform: Platform, key: string, t: TFunction) =>
  t(`platforms.metric.${key}`, { defaultValue: metricDef(platform, key)?.label ?? key });

/**
 * Where chartData reads the panel data for a source (see panel-reads.ts). A test records what
 * chartData touches against this list.
 */
export function chartReads(source: ChartSource): readonly PanelDataPath[] {
  switch (source.from) {
    case 'metric-trend': return source.window === 'hours48' ? ['series.recent'] : ['series.daily', 'day'];
    case 'metric-by-dim': return source.window === 'latest' ? ['series.recent'] : ['series.daily', 'now'];
    case 'case-categories': return ['kpis.platformCategory', 'catalog'];
    case 'worker-kinds': return ['workers'];
    case 'case-stages': return ['sample', 'catalog'];
  }
}

/** Whether what a chart reads has arrived: before that an empty chart is one still loading, not one with nothing to show. */
export function chartLoaded(source: ChartSource, platform: Platform, data: PanelData): boolean {
  switch (source.from) {
    case 'metric-trend': return (source.window === 'hours48' ? data.series.recentAt : data.series.dailyAt) !== null;
    case 'metric-by-dim': return (source.window === 'latest' ? data.series.recentAt : data.series.dailyAt) !== null;
    case 'case-categories': return data.kpis.platformCategory?.[platform] !== undefined && data.catalog.size > 0;
    case 'worker-kinds': return data.workers !== null;
    case 'case-stages': return data.catalog.size > 0;
  }
}

export function chartData(source: ChartSource, platform: Platform, data: PanelData, t: TFunction): ChartData {
  return { ...valuesOf(source, platform, data, t), numbers: numberStyle(t) };
}

function valuesOf(source: ChartSource, platform: Platform, data: PanelData, t: TFunction): ChartData {
  switch (source.from) {
    case 'metric-trend': {
      const agg = aggOf(platform, source.key);
      const hourly = source.window === 'hours48';
      const list = seriesOf(hourly ? data.series.recent : data.series.daily, platform, source.key);
      let ls = lines(list, hourly ? 'hour' : 'day', agg, source.split ?? false);
      // Complete days only: today's bucket is still filling and would drop every line at its end.
      if (!hourly) {
        const today = chinaDay(data.now);
        ls = ls.map((l) => ({ ...l, points: l.points.filter(([t]) => chinaDay(t) < today).slice(-DAYS[source.window as keyof typeof DAYS]) }));
      }
      const name = metricLabel(platform, source.key, t);
      return { shape: 'time', lines: ls.map((l) => ({ ...l, name: dimLabel(l.name, t) || name })), unit: metricDef(platform, source.key)?.unit ?? '', hourly };
    }
    case 'metric-by-dim': {
      const per = source.keys.map((key) => {
        const agg = aggOf(platform, key);
        const values = source.window === 'latest' ? latestByDim(seriesOf(data.series.recent, platform, key), agg) : monthToDateByDim(seriesOf(data.series.daily, platform, key), agg, data.now);
        return { key, values: new Map(values) };
      });
      const categories = [...(per[0]?.values.keys() ?? [])].sort();
      if (source.ratio && per.length === 2) {
        const [num, den] = per as [(typeof per)[0], (typeof per)[0]];
        const values = categories.map((c) => {
          const n = num.values.get(c);
          const d = den.values.get(c);
          return n === undefined || !d ? null : (n / d) * source.ratio!.scale;
        });
        return { shape: 'category', categories: categories.map((c) => dimLabel(c, t)), series: [{ name: t(`platforms.unit.${source.ratio.unitKey}`), unit: t(`platforms.unit.${source.ratio.unitKey}`), values }] };
      }
      return {
        shape: 'category',
        categories: categories.map((c) => dimLabel(c, t)),
        series: per.map((p) => ({ name: metricLabel(platform, p.key, t), unit: metricDef(platform, p.key)?.unit ?? '', values: categories.map((c) => p.values.get(c) ?? null) })),
      };
    }
    case 'case-categories': {
      // Before the catalog arrives every category would go by its kind (事件 2,287): nothing is better.
      const all = data.catalog.size ? majorsWithKeys(data.kpis.platformCategory?.[platform], source.filter, data.catalog, t('platforms.other'), dataLanguage(t)) : [];
      const top = source.top ?? all.length;
      const rest = all.slice(top);
      const restCount = rest.reduce((n, [, c]) => n + c, 0);
      const counts = restCount > 0 ? [...all.slice(0, top), [t('platforms.other'), restCount, rest.flatMap(([, , keys]) => keys)] as [string, number, string[]]] : all;
      return {
        shape: 'category', categories: counts.map(([c]) => c), cases: counts.map(([, , keys]) => keys),
        // Named for the tooltip (● 受理数 882件): the unit alone read ● 件 882件.
        series: [{ name: t('platforms.kpi.accepted'), unit: t('platforms.unit.cases'), values: counts.map(([, n]) => n) }],
      };
    }
    case 'worker-kinds': {
      // The roster in the order of the 1+6+N team: the six kinds, then party members and volunteers.
      const by = data.workers?.byKind ?? {};
      const kinds = workerKinds.filter((k) => (by[k] ?? 0) > 0);
      return {
        shape: 'category',
        categories: kinds.map((k) => t(`mapView.workerKind.${k}`, { defaultValue: k })),
        series: [{ name: t('platforms.workers'), unit: t('platforms.unit.people'), values: kinds.map((k) => by[k] ?? 0) }],
      };
    }
    case 'case-stages': {
      const hours = stageHours(data.sample, source.filter, data.catalog).map((h) => (h === null ? null : Math.round(h * 10) / 10));
      return {
        shape: 'category',
        categories: [t('platforms.stage.capture'), t('platforms.stage.disposal'), t('platforms.stage.feedback')],
        series: [{ name: t('platforms.stage.meanHours'), unit: t('platforms.unit.hours'), values: hours }],
      };
    }
  }
}
