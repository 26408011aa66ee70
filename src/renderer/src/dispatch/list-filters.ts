// The list's filter and sort as the renderer holds them. The core applies them
// to the whole cache (cases.list); search hits are narrowed here by the same
// shared rules (src/shared/case-filter.ts), so list, map and export agree.
import type { CaseListItem } from '../../../shared/contract.ts';
import { caseSortKeys, matchesFilter, sortCases, type CaseListFilter, type CaseSortKey } from '../../../shared/case-filter.ts';

export { categoryKey, lightOf } from '../../../shared/case-filter.ts';
export type ListFilter = CaseListFilter;
export const sortKeys = caseSortKeys;
export type SortKey = CaseSortKey;

export function applyFilter(cases: readonly CaseListItem[], f: ListFilter, sort: SortKey, now: string): CaseListItem[] {
  return sortCases(cases.filter((c) => matchesFilter(c, f, now)), sort);
}

export const activeFilters = (f: ListFilter) => (Object.keys(f) as (keyof ListFilter)[]).filter((k) => f[k] !== undefined);
