// Which parts of the panel data a chart or a figure reads. The wall refreshes a
// dozen queries, each on its own clock, and each refresh used to recompute every
// chart and figure of seven panels in one task: each now recomputes only when
// what it reads has changed, compared by identity. chartReads and figureReads
// name the parts; tests record what the code touches against those lists.
import { useMemo } from 'react';
import type { PanelData } from '../data/panel-data.tsx';
import { chinaDay } from '../data/china-time.ts';

/** A part of the panel data ('day': the China day of `now`, which changes once a day, not by the minute). */
export type PanelDataPath =
  | 'series.daily' | 'series.recent' | 'now' | 'day'
  | 'kpis.all' | 'kpis.monthToDate' | 'kpis.platform' | 'kpis.platformMonthToDate' | 'kpis.platformCategory'
  | 'catalog' | 'workers' | 'sample' | 'gridCount' | 'seatsOnline';

export function readAt(data: PanelData, path: PanelDataPath): unknown {
  switch (path) {
    case 'series.daily': return data.series.daily;
    case 'series.recent': return data.series.recent;
    case 'now': return data.now;
    case 'day': return chinaDay(data.now);
    case 'kpis.all': return data.kpis.all;
    case 'kpis.monthToDate': return data.kpis.monthToDate;
    case 'kpis.platform': return data.kpis.platform;
    case 'kpis.platformMonthToDate': return data.kpis.platformMonthToDate;
    case 'kpis.platformCategory': return data.kpis.platformCategory;
    case 'catalog': return data.catalog;
    case 'workers': return data.workers;
    case 'sample': return data.sample;
    case 'gridCount': return data.gridCount;
    case 'seatsOnline': return data.seatsOnline;
  }
}

const MAX_READS = 6;
const MAX_DEPS = 3;

/**
 * `compute()`, again only when one of `deps` or one of the parts `reads` names has changed.
 * `reads` must be the same list at every render of a component (a declaration's, or a constant).
 */
export function useMemoOnReads<T>(data: PanelData, reads: readonly PanelDataPath[], compute: () => T, deps: readonly unknown[]): T {
  if (reads.length > MAX_READS || deps.length > MAX_DEPS) throw new Error(`useMemoOnReads takes up to ${MAX_READS} reads and ${MAX_DEPS} other dependencies`);
  const [r0, r1, r2, r3, r4, r5] = reads.map((path) => readAt(data, path));
  const [d0, d1, d2] = deps;
  // A fixed-length list (unused slots stay undefined), as hooks need.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compute reads no more of `data` than `reads` names (each list is tested)
  return useMemo(() => compute(), [d0, d1, d2, r0, r1, r2, r3, r4, r5]);
}
