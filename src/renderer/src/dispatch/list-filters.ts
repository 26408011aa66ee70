// Narrowing and ordering the listed cases: by priority, SLA light, category,
// grid, street, source and platform, sorted newest, most urgent or by
// deadline. Pure, so the list, the map and the export show the same cases.
import type { CaseListItem } from '../../../shared/contract.ts';
import type { CasePriority, CaseSource, Platform } from '../../../shared/domain/model.ts';
import { slaStatus, type SlaLight } from '../../../shared/domain/sla.ts';
import { runningStep } from './SlaLight.tsx';

export type ListFilter = {
  priority?: CasePriority;
  light?: SlaLight;
  /** `${kind}:${minorCode}`: CJ/T 部件 and 事件 reuse minor codes. */
  category?: string;
  grid?: string;
  town?: string;
  source?: CaseSource;
  platform?: Platform;
};
export const sortKeys = ['newest', 'priority', 'deadline'] as const;
export type SortKey = (typeof sortKeys)[number];

const PRIORITY_RANK: Record<CasePriority, number> = { critical: 0, urgent: 1, normal: 2 };

export const categoryKey = (c: Pick<CaseListItem, 'categoryKind' | 'categoryCode'>) => `${c.categoryKind ?? ''}:${c.categoryCode}`;

/** The running step's light, or null when no step is running (reported, closed …). */
export function lightOf(c: CaseListItem, now: string): SlaLight | null {
  const step = runningStep(c);
  return step ? (slaStatus(c, step, now)?.light ?? null) : null;
}

export function applyFilter(cases: readonly CaseListItem[], f: ListFilter, sort: SortKey, now: string): CaseListItem[] {
  const kept = cases.filter((c) =>
    (!f.priority || c.priority === f.priority) &&
    (!f.category || categoryKey(c) === f.category) &&
    (!f.grid || c.gridCode === f.grid) &&
    (!f.town || c.townCode === f.town) &&
    (!f.source || c.source === f.source) &&
    (!f.platform || c.platform === f.platform) &&
    (!f.light || lightOf(c, now) === f.light));
  // Array.sort is stable: ties keep the list's newest-first order.
  if (sort === 'priority') kept.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
  if (sort === 'deadline') kept.sort((a, b) => (a.deadlineAt ?? '\uffff').localeCompare(b.deadlineAt ?? '\uffff'));
  return kept;
}

export const activeFilters = (f: ListFilter) => (Object.keys(f) as (keyof ListFilter)[]).filter((k) => f[k] !== undefined);
