// A figure declaration read against the panel data: the label, the number in
// its unit, its comparison with last month and last year, and the cases it
// opens. Pure, so the same figure reads the same on the wall and the desk.
import type { TFunction } from 'i18next';
import type { KpiKey } from '../../../../shared/domain/kpi.ts';
import { metricDef } from '../../../../shared/metrics.ts';
import type { Platform } from '../../../../shared/domain/model.ts';
import { acceptedMatching } from '../data/case-math.ts';
import type { CaseLink } from '../data/case-links.ts';
import { isRate, kpiCell, kpiMonths, type KpiCell, type KpiGroups } from '../data/kpi-view.ts';
import type { PanelData } from '../data/panel-data.tsx';
import { aggOf, latestValue, monthToDate, seriesOf, todayValue } from '../data/series-math.ts';
import type { FigureDecl } from './declaration.ts';
import { change, formatAmount, formatCount, formatRate, numberStyle, type Amount, type Change } from './format.ts';
import type { PanelDataPath } from './panel-reads.ts';

export type Comparison = { label: string } & Change;

export type Figure = {
  id: string;
  label: string;
  amount: Amount;
  /** The raw number, for tests and the soak (null when unknown). */
  raw: number | null;
  /** A short note under the number (本月 312, 454 / 480 …). */
  note?: string;
  /** A secondary note the wall leaves out (which days a month-to-date covers). */
  detail?: string;
  compare: Comparison[];
  link?: CaseLink;
};

/** A KPI's value in its display unit: rates in %, handling time in working hours, counts as is. */
export function kpiAmount(kpi: KpiKey, value: number | null, t: TFunction): Amount {
  if (isRate(kpi)) return formatRate(value);
  if (kpi === 'avgHandleMinutes') return formatAmount(value === null ? null : value / 60, t('platforms.unit.workHours'), numberStyle(t));
  return formatAmount(value, t('platforms.unit.cases'), numberStyle(t));
}

/** Which number of a KPI cell a figure shows: the KPI itself, or its numerator (办结 of 办结率). */
export type KpiPart = 'value' | 'numerator';

/** A KPI of one group, optionally with this month and its 环比 / 同比 from the month-to-date grouping. */
export function kpiFigure(
  kpi: KpiKey,
  groups: KpiGroups | undefined,
  group: string,
  data: Pick<PanelData, 'now'>,
  t: TFunction,
  opts: { link?: CaseLink; monthToDate?: KpiGroups; part?: KpiPart; id?: string; label?: string },
): Figure {
  const part = opts.part ?? 'value';
  const cell = kpiCell(groups, group, kpi);
  const read = (c: KpiCell | null) => (c === null ? null : part === 'value' ? c.value : c.numerator);
  const amountOf = (v: number | null) => (part === 'value' ? kpiAmount(kpi, v, t) : formatAmount(v, t('platforms.unit.cases'), numberStyle(t)));
  const raw = read(cell);
  const fig: Figure = {
    id: opts.id ?? `kpi-${kpi}`, label: opts.label ?? t(`platforms.kpi.${kpi}`), amount: amountOf(raw), raw, compare: [], link: opts.link,
  };
  if (kpi === 'wishClaimRate' && cell) fig.note = `${formatCount(cell.numerator, numberStyle(t))} / ${formatCount(cell.denominator, numberStyle(t))}`;
  if (opts.monthToDate) {
    // Each month holds only its stretch up to this day and hour, so counts compare like with like.
    const m = kpiMonths(opts.monthToDate, kpi, data.now, part);
    const points = part === 'value' && isRate(kpi);
    const month = amountOf(m.current);
    fig.note = t('platforms.thisMonth', { value: `${month.text}${month.unit === '%' ? '%' : ''}` });
    const unit = points ? t('platforms.unit.points') : undefined;
    // The big number is all cases on record, the note this month: the label says which is which.
    fig.label = t('platforms.allTime', { label: fig.label });
    fig.compare = [
      { label: t('platforms.mom'), ...change(m.current, m.previous, points, unit) },
      { label: t('platforms.yoy'), ...change(m.current, m.lastYear, points, unit) },
    ];
  }
  return fig;
}

/** 网格员数: the roster, with the 1+6+N split (the six kinds, then party members and volunteers) under it. */
export function workersFigure(data: Pick<PanelData, 'workers'>, t: TFunction): Figure {
  const w = data.workers?.fetchedAt ? data.workers : null;
  const n = w?.total ?? null;
  const team = w ? n! - (w.byKind['party-member'] ?? 0) - (w.byKind.volunteer ?? 0) : null;
  return {
    id: 'workers', label: t('platforms.workers'), amount: formatAmount(n, t('platforms.unit.people'), numberStyle(t)), raw: n, compare: [],
    note: w ? t('platforms.workersNote', { team: formatCount(team!, numberStyle(t)), n: formatCount((w.byKind['party-member'] ?? 0) + (w.byKind.volunteer ?? 0), numberStyle(t)) }) : undefined,
  };
}

function metricFigure(platform: Platform, key: string, window: 'today' | 'latest' | 'month', data: PanelData, t: TFunction): Figure {
  const def = metricDef(platform, key);
  const agg = aggOf(platform, key);
  const unit = def?.unit ?? '';
  // 当前 on a latest reading: beside a 30-day chart of the same rate, an undated 83.7 % read as a period's figure.
  const label = `${t(`platforms.window.${window}`)}${t(`platforms.metric.${key}`, { defaultValue: def?.label ?? key })}`;
  const id = `metric-${key}`;
  if (window === 'month') {
    const m = monthToDate(seriesOf(data.series.daily, platform, key), agg, data.now);
    return {
      id, label, amount: formatAmount(m.current !== null && agg === 'sum' ? Math.round(m.current) : m.current, unit, numberStyle(t)), raw: m.current,
      detail: m.days ? t('platforms.monthDays', { days: m.days }) : undefined,
      compare: [{ label: t('platforms.mom'), ...change(m.current, m.previous, false) }, { label: t('platforms.yoy'), ...change(m.current, m.lastYear, false) }],
    };
  }
  const list = seriesOf(data.series.recent, platform, key);
  const read = window === 'today' ? todayValue(list, agg, data.now) : latestValue(list, agg);
  // Counts are whole: the feed reports fractions of an hour's rate.
  const value = read !== null && agg === 'sum' ? Math.round(read) : read;
  return { id, label, amount: formatAmount(value, unit, numberStyle(t)), raw: value, compare: [] };
}

/** Where resolveFigure reads the panel data for a figure (see panel-reads.ts); a test holds it to that. */
export function figureReads(f: FigureDecl): readonly PanelDataPath[] {
  switch (f.from) {
    case 'kpi': return f.kpi === 'overdue' ? ['kpis.platform'] : ['kpis.platform', 'kpis.platformMonthToDate', 'now'];
    case 'metric': return f.window === 'latest' ? ['series.recent'] : f.window === 'today' ? ['series.recent', 'now'] : ['series.daily', 'now'];
    case 'grids': return ['gridCount'];
    case 'workers': return ['workers'];
    case 'wishes': return ['kpis.all'];
    case 'cases': return ['kpis.platformCategory', 'catalog'];
  }
}

export function resolveFigure(f: FigureDecl, platform: Platform, data: PanelData, t: TFunction): Figure {
  switch (f.from) {
    case 'kpi':
      // 环比 / 同比 from the platform's own months so far; overdue is a state of now, not of a month.
      return kpiFigure(f.kpi, data.kpis.platform, platform, data, t, { link: f.link, monthToDate: f.kpi === 'overdue' ? undefined : data.kpis.platformMonthToDate?.[platform] });
    case 'metric':
      return metricFigure(platform, f.key, f.window, data, t);
    case 'grids':
      return { id: 'grids', label: t('platforms.grids'), amount: formatAmount(data.gridCount, t('platforms.unit.grids'), numberStyle(t)), raw: data.gridCount, compare: [] };
    case 'workers':
      return workersFigure(data, t);
    case 'wishes': {
      // 微心愿 belong to no platform's cases: the 'all' group holds every wish.
      const fig = kpiFigure('wishClaimRate', data.kpis.all, 'all', data, t, {});
      return { ...fig, id: 'wishes' };
    }
    case 'cases': {
      // 受理数 of the categories named, from the shared KPI functions over the platform's cases by category.
      const n = data.catalog.size ? acceptedMatching(data.kpis.platformCategory?.[platform], f.filter, data.catalog) : null;
      return { id: `cases-${f.labelKey}`, label: t(`platforms.figure.${f.labelKey}`), amount: formatAmount(n, t('platforms.unit.cases'), numberStyle(t)), raw: n, compare: [], link: f.link };
    }
  }
}
