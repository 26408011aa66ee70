// Everything the platform panels read, fetched once and shared: the big screen
// and the platforms view mount seven panels, and seven copies of a year of
// series or of the KPI grouping would cost seven times the core's time.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CaseListItem, QueryOutput } from '../../../../shared/contract.ts';
import type { Category } from '../../../../shared/catalog.ts';
import { platforms, type Platform } from '../../../../shared/domain/model.ts';
import type { SeriesView } from '../../../../shared/metrics.ts';
import type { Api } from '../../api/client.ts';
import { catalogKey, type Catalog } from './case-math.ts';
import type { KpiGroups } from './kpi-view.ts';
import { useThrottledLoad, useThrottledQuery } from './use-throttled-query.ts';

export type PanelData = {
  /** When the figures were read: 'today' and 'this month' are relative to it. */
  now: number;
  kpis: {
    all?: KpiGroups; platform?: KpiGroups;
    /** Whole months (the trend), and months so far: each up to this day and hour of its month (环比 / 同比). */
    month?: KpiGroups; monthToDate?: KpiGroups;
    /** Each platform's cases by month so far (its 环比 / 同比) and by category (its split by kind). */
    platformMonthToDate?: Partial<Record<Platform, KpiGroups>>; platformCategory?: Partial<Record<Platform, KpiGroups>>;
  };
  series: { daily: readonly SeriesView[]; recent: readonly SeriesView[]; dailyAt: string | null; recentAt: string | null };
  gridCount: number | null;
  seatCount: number | null;
  /** Grid workers on the roster, by their 1+6+N kind. */
  workers: QueryOutput<'reference.workerCounts'> | null;
  /** Seats with someone connected now (在线席位). */
  seatsOnline: QueryOutput<'seats.presence'> | null;
  catalog: Catalog;
  /** The newest cases, for the step times of 数字城管 (no KPI covers them). */
  sample: readonly CaseListItem[];
  sampleSize: number;
};

const Ctx = createContext<PanelData | null>(null);

const NO_SERIES: PanelData['series'] = { daily: [], recent: [], dailyAt: null, recentAt: null };
const NO_CASES: readonly CaseListItem[] = [];
const EMPTY_CATALOG: Catalog = new Map();

const pickDaily = (s: QueryOutput<'metrics.series'>) => ({ daily: s.daily, dailyAt: s.dailyAt });
const pickRecent = (s: QueryOutput<'metrics.series'>) => ({ recent: s.recent, recentAt: s.recentAt });

/** One KPI grouping per platform, each over that platform's cases only. */
const perPlatform = (groupBy: 'monthToDate' | 'category') => (api: Api) =>
  Promise.all(platforms.map(async (p) => [p, await api.query('kpis.compute', { groupBy, platform: p })] as const)).then((pairs) => Object.fromEntries(pairs) as Record<Platform, KpiGroups>);
const loadPlatformMonthToDate = perPlatform('monthToDate');
const loadPlatformCategory = perPlatform('category');
const pickGridCount = (g: QueryOutput<'reference.grids'>) => (g.fetchedAt ? g.grids.length : null);
const pickWorkers = (w: QueryOutput<'reference.workerCounts'>) => (w.fetchedAt ? w : null);
const pickDirectory = (d: QueryOutput<'reference.directory'>) => (d.fetchedAt === null ? null : {
  catalog: new Map<string, Category>(d.catalog.map((c) => [catalogKey(c.kind, c.minorCode), c])) as Catalog,
  seatCount: d.seats.length,
});

type Props = {
  children: ReactNode;
  /** Compress time (soak tests, demos): every refresh period is divided by it. */
  timeScale?: number;
  sampleSize?: number;
};

export function PanelDataProvider({ children, timeScale = 1, sampleSize = 1000 }: Props) {
  const every = (ms: number) => ms / timeScale;
  // 'Today' and 'this month' move on by the minute, not with every render.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000 / timeScale);
    return () => clearInterval(timer);
  }, [timeScale]);
  const kpiEvents = ['cases.changed', 'metrics.changed'] as const;
  const all = useThrottledQuery('kpis.compute', { groupBy: 'all' }, kpiEvents, { minMs: every(10_000) });
  const platform = useThrottledQuery('kpis.compute', { groupBy: 'platform' }, kpiEvents, { minMs: every(10_000) });
  // Whole months draw the trend; months so far (up to this day and hour) give the 环比 / 同比.
  const month = useThrottledQuery('kpis.compute', { groupBy: 'month' }, kpiEvents, { minMs: every(10_000) });
  const monthToDate = useThrottledQuery('kpis.compute', { groupBy: 'monthToDate' }, kpiEvents, { minMs: every(10_000) });
  const platformMonthToDate = useThrottledLoad(loadPlatformMonthToDate, 'kpis.compute platform monthToDate', kpiEvents, every(10_000));
  // Splits by category move slowly.
  const platformCategory = useThrottledLoad(loadPlatformCategory, 'kpis.compute platform category', kpiEvents, every(60_000));
  // The core refreshes the live series every 15 s and the year of days (~700 KB) every 10 minutes:
  // each is read on its own cadence, so the wall does not re-parse a year every quarter-minute.
  const daily = useThrottledQuery('metrics.series', { include: ['daily'] }, ['metrics.changed'], { minMs: every(600_000), select: pickDaily });
  const recent = useThrottledQuery('metrics.series', { include: ['recent'] }, ['metrics.changed'], { minMs: every(15_000), select: pickRecent });
  const series = useMemo<PanelData['series']>(() => ({ ...NO_SERIES, ...daily, ...recent }), [daily, recent]);
  const workers = useThrottledQuery('reference.workerCounts', {}, ['reference.changed'], { minMs: every(60_000), select: pickWorkers });
  const seatsOnline = useThrottledQuery('seats.presence', {}, ['metrics.changed'], { minMs: every(15_000) });
  const gridCount = useThrottledQuery('reference.grids', {}, ['reference.changed'], { minMs: every(60_000), select: pickGridCount });
  const directory = useThrottledQuery('reference.directory', {}, ['reference.changed'], { minMs: every(60_000), select: pickDirectory });
  // Step times of recent work change slowly; the sample is the largest answer the panels read.
  const sample = useThrottledQuery('cases.list', { queue: 'all', limit: sampleSize }, ['cases.changed'], { minMs: every(60_000) });

  const value = useMemo<PanelData>(
    () => ({
      now,
      kpis: { all, platform, month, monthToDate, platformMonthToDate, platformCategory },
      series,
      gridCount: gridCount ?? null,
      workers: workers ?? null,
      seatsOnline: seatsOnline ?? null,
      seatCount: directory?.seatCount ?? null,
      catalog: directory?.catalog ?? EMPTY_CATALOG,
      sample: sample ?? NO_CASES,
      sampleSize,
    }),
    [now, all, platform, month, monthToDate, platformMonthToDate, platformCategory, series, gridCount, workers, seatsOnline, directory, sample, sampleSize],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function usePanelData(): PanelData {
  const data = useContext(Ctx);
  if (!data) throw new Error('PanelDataProvider missing');
  return data;
}
