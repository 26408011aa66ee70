// Reading the platform series: pick a metric's series, roll dimensions
// together the way the metric aggregates (counts add, levels average), and
// cut the windows the panels show. Pure functions of the series and `now`.
import { metricDef, type MetricDef, type SeriesView } from '../../../../shared/metrics.ts';
import type { Platform } from '../../../../shared/domain/model.ts';
import { chinaDay, chinaDayOfMonth, chinaMonthIndex, chinaMonthStart } from './china-time.ts';

export type Point = [number, number];
export type Line = { name: string; points: Point[] };
export type SeriesSet = { daily: readonly SeriesView[]; recent: readonly SeriesView[] };
export type Agg = MetricDef['agg'];

export const aggOf = (platform: Platform, key: string): Agg => metricDef(platform, key)?.agg ?? 'sum';

/** 'hall=市政务服务中心' → '市政务服务中心'; no dimension → ''. */
export const dimValue = (dims: string): string => dims.split('&').map((kv) => kv.slice(kv.indexOf('=') + 1)).join(' · ');

export const seriesOf = (list: readonly SeriesView[], platform: Platform, key: string): SeriesView[] =>
  list.filter((s) => s.platform === platform && s.key === key);

// Parsed once per answer: every figure and chart of a refresh reads the same arrays.
const parsed = new WeakMap<readonly [string, number][], Point[]>();
function toPoints(raw: readonly [string, number][] | undefined): Point[] {
  if (!raw) return [];
  let points = parsed.get(raw);
  if (!points) {
    points = raw.map(([t, v]): Point => [Date.parse(t), v]);
    parsed.set(raw, points);
  }
  return points;
}

/** Combine several values of one bucket: counts add; levels average; a stock ('last') adds across parts (crop areas). */
export function combine(values: readonly number[], agg: Agg): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  return agg === 'mean' ? sum / values.length : sum;
}

/** One line per dimension value, or one rolled-up line. */
export function lines(list: readonly SeriesView[], granularity: 'hour' | 'day', agg: Agg, split: boolean): Line[] {
  const parts = list.map((s) => ({ name: dimValue(s.dims), points: toPoints(s.points[granularity]) }));
  if (split || parts.length <= 1) return parts;
  const byTime = new Map<number, { sum: number; n: number }>();
  for (const p of parts) {
    for (const [t, v] of p.points) {
      const acc = byTime.get(t);
      if (acc) {
        acc.sum += v;
        acc.n += 1;
      } else byTime.set(t, { sum: v, n: 1 });
    }
  }
  const points = [...byTime.entries()].sort(([a], [b]) => a - b).map(([t, { sum, n }]): Point => [t, agg === 'mean' ? sum / n : sum]);
  return [{ name: '', points }];
}

/** Fold one window of a series' points into the value a figure shows. */
export function fold(points: readonly Point[], agg: Agg): number | null {
  if (points.length === 0) return null;
  if (agg === 'sum') return points.reduce((a, [, v]) => a + v, 0);
  if (agg === 'mean') return points.reduce((a, [, v]) => a + v, 0) / points.length;
  return points[points.length - 1]![1];
}

/** Today so far (China time), from the hourly series: the current hour is partial, as is the day. */
export function todayValue(list: readonly SeriesView[], agg: Agg, now: number): number | null {
  const today = chinaDay(now);
  const perPart = list.map((s) => fold(toPoints(s.points.hour).filter(([t]) => chinaDay(t) === today), agg));
  const known = perPart.filter((v): v is number => v !== null);
  return known.length === 0 ? null : combine(known, agg);
}

/** The latest reading of a level (minute if there is one, else hour). */
export function latestValue(list: readonly SeriesView[], agg: Agg): number | null {
  const perPart = list.map((s) => {
    const pts = s.points.minute?.length ? s.points.minute : s.points.hour;
    return pts?.length ? pts[pts.length - 1]![1] : null;
  });
  const known = perPart.filter((v): v is number => v !== null);
  return known.length === 0 ? null : combine(known, agg);
}

/** The latest reading of each dimension value, e.g. soil moisture per field. */
export const latestByDim = (list: readonly SeriesView[], agg: Agg): [string, number][] =>
  list.flatMap((s) => {
    const v = latestValue([s], agg);
    return v === null ? [] : [[dimValue(s.dims), v] as [string, number]];
  });

export type MonthCompare = { current: number | null; previous: number | null; lastYear: number | null; days: number };

/**
 * Month to date against the same days of last month (环比) and of this month
 * a year ago (同比), over complete days only: a partial today would make every
 * month look worse than the last.
 */
export function monthToDate(list: readonly SeriesView[], agg: Agg, now: number): MonthCompare {
  const today = chinaDay(now);
  const month = chinaMonthIndex(now);
  const daily = lines(list, 'day', agg, false)[0]?.points.filter(([t]) => chinaDay(t) < today) ?? [];
  const last = daily.length ? daily[daily.length - 1]![0] : null;
  const days = last !== null && chinaMonthIndex(last) === month ? chinaDayOfMonth(last) : 0;
  // A month's first `days` days as a time range (never past its own end), so a point costs two
  // comparisons: a wall folds three windows of a year of days per series on every refresh.
  const window = (m: number) => {
    if (days === 0) return null;
    const from = chinaMonthStart(m);
    const to = Math.min(from + days * 86_400_000, chinaMonthStart(m + 1));
    return fold(daily.filter(([t]) => t >= from && t < to), agg);
  };
  return { current: window(month), previous: window(month - 1), lastYear: window(month - 12), days };
}

/** The total of each dimension value over the month so far (complete days). */
export function monthToDateByDim(list: readonly SeriesView[], agg: Agg, now: number): [string, number][] {
  return list.flatMap((s) => {
    const v = monthToDate([s], agg, now).current;
    return v === null ? [] : [[dimValue(s.dims), v] as [string, number]];
  });
}
