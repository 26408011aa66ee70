// Reading the answers of 'kpis.compute': one KPI of one group, and the
// month-on-month (环比) and year-on-year (同比) comparison from the grouping by
// month. The numbers themselves come from the shared KPI functions in the core;
// nothing here recomputes a KPI.
import type { QueryOutput } from '../../../../shared/contract.ts';
import type { KpiKey } from '../../../../shared/domain/kpi.ts';
import { comparedMonths } from './china-time.ts';

export type KpiGroups = QueryOutput<'kpis.compute'>;
export type KpiCell = { value: number | null; numerator: number; denominator: number };

export const kpiCell = (groups: KpiGroups | undefined, group: string, kpi: KpiKey): KpiCell | null => groups?.[group]?.[kpi] ?? null;

/** Rates are fractions; their change is in percentage points, counts change in percent. */
export const isRate = (kpi: KpiKey): boolean => kpi.endsWith('Rate') || kpi === 'onTimeCloseRateLagFree';

export type KpiCompare = { current: number | null; previous: number | null; lastYear: number | null };

export function kpiMonths(byMonth: KpiGroups | undefined, kpi: KpiKey, now: number, part: 'value' | 'numerator' = 'value'): KpiCompare {
  const m = comparedMonths(now);
  const v = (month: string) => {
    const cell = kpiCell(byMonth, month, kpi);
    return cell === null ? null : part === 'value' ? cell.value : cell.numerator;
  };
  return { current: v(m.current), previous: v(m.previous), lastYear: v(m.lastYear) };
}

/** The last `count` months present in the grouping, oldest first. */
export const recentMonths = (byMonth: KpiGroups | undefined, count: number): string[] =>
  Object.keys(byMonth ?? {}).filter((k) => /^\d{4}-\d{2}$/.test(k)).sort().slice(-count);
