// Everything the platform panels read, fetched once and shared: the big screen
// and the platforms view mount seven panels, and seven copies of a year of
// series or of the KPI grouping would cost seven times the core's time.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CaseListItem, QueryOutput } from '../../../../shared/contract.ts';
import type { Category } from '../../../../shared/catalog.ts';
import type { SeriesView } from '../../../../shared/metrics.ts';
import { catalogKey, type Catalog } from './case-math.ts';
import type { KpiGroups } from './kpi-view.ts';
import { useThrottledQuery } from './use-throttled-query.ts';

export type PanelData = {
  /** When the figures were read: 'today' and 'this month' are relative to it. */
  now: number;
  kpis: { all?: KpiGroups; platform?: KpiGroups; month?: KpiGroups };
  series: { daily: readonly SeriesView[]; recent: readonly SeriesView[]; dailyAt: string | null; recentAt: string | null };
  gridCount: number | null;
  seatCount: number | null;
  catalog: Catalog;
  /** The newest cases, for category splits and step times. */
  sample: readonly CaseListItem[];
  sampleSize: number;
};

const Ctx = createContext<PanelData | null>(null);

const NO_SERIES: PanelData['series'] = { daily: [], recent: [], dailyAt: null, recentAt: null };
const NO_CASES: readonly CaseListItem[] = [];
const EMPTY_CATALOG: Catalog = new Map();

const pickSeries = (s: QueryOutput<'metrics.series'>): PanelData['series'] => s;
const pickGridCount = (g: QueryOutput<'reference.grids'>) => (g.fetchedAt ? g.grids.length : null);
const pickDirectory = (d: QueryOutput<'reference.directory'>) => ({
  catalog: new Map<string, Category>(d.catalog.map((c) => [catalogKey(c.kind, c.minorCode), c])) as Catalog,
  seatCount: d.fetchedAt ? d.seats.length : null,
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
  const month = useThrottledQuery('kpis.compute', { groupBy: 'month' }, kpiEvents, { minMs: every(10_000) });
  // The core refreshes the live series every 15 s; a year of days comes with each answer (~700 KB).
  const series = useThrottledQuery('metrics.series', {}, ['metrics.changed'], { minMs: every(15_000), select: pickSeries });
  const gridCount = useThrottledQuery('reference.grids', {}, ['reference.changed'], { minMs: every(60_000), select: pickGridCount });
  const directory = useThrottledQuery('reference.directory', {}, ['reference.changed'], { minMs: every(60_000), select: pickDirectory });
  // Category splits of recent work change slowly; the sample is the largest answer the panels read.
  const sample = useThrottledQuery('cases.list', { queue: 'all', limit: sampleSize }, ['cases.changed'], { minMs: every(60_000) });

  const value = useMemo<PanelData>(
    () => ({
      now,
      kpis: { all, platform, month },
      series: series ?? NO_SERIES,
      gridCount: gridCount ?? null,
      seatCount: directory?.seatCount ?? null,
      catalog: directory?.catalog ?? EMPTY_CATALOG,
      sample: sample ?? NO_CASES,
      sampleSize,
    }),
    [now, all, platform, month, series, gridCount, directory, sample, sampleSize],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function usePanelData(): PanelData {
  const data = useContext(Ctx);
  if (!data) throw new Error('PanelDataProvider missing');
  return data;
}
