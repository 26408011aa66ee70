// Narrowing and ordering a case list: by priority, SLA light, category, grid,
// street, source and platform, sorted newest, most urgent or by deadline. The
// core applies it to the whole cache (cases.list); the renderer applies the
// same rules to search hits, so both agree.
import { z } from 'zod';
import type { Case } from './domain/case.ts';
import { casePriorities, caseSources, platforms, type CasePriority } from './domain/model.ts';
import { slaLights, slaStatus, type SlaLight, type SlaStep } from './domain/sla.ts';

export const caseListFilterSchema = z.strictObject({
  priority: z.enum(casePriorities).optional(),
  light: z.enum(slaLights).optional(),
  /** `${kind}:${minorCode}`: CJ/T 部件 and 事件 reuse minor codes. */
  category: z.string().regex(/^[^:]{0,16}:[^:]{1,16}$/, '分类须为 类别:小类代码').optional(),
  /** Several categories, comma-joined `kind:minor`: the bar of a chart (a 大类, or 其他) opens the cases it counts. */
  categories: z.string().max(20_000).regex(/^[^:,]{0,16}:[^:,]{1,16}(,[^:,]{0,16}:[^:,]{1,16}){0,799}$/, '分类须为逗号分隔的 类别:小类代码').optional(),
  grid: z.string().min(1).max(32).optional(),
  town: z.string().min(1).max(32).optional(),
  source: z.enum(caseSources).optional(),
  platform: z.enum(platforms).optional(),
});
export type CaseListFilter = z.infer<typeof caseListFilterSchema>;

export const caseSortKeys = ['newest', 'priority', 'deadline'] as const;
export type CaseSortKey = (typeof caseSortKeys)[number];

export const PRIORITY_RANK: Record<CasePriority, number> = { critical: 0, urgent: 1, normal: 2 };

export const categoryKey = (c: Pick<Case, 'categoryKind' | 'categoryCode'>) => `${c.categoryKind ?? ''}:${c.categoryCode}`;

/** The step whose time limit is running, or null (reported, closed …): it decides the light. */
export function runningStep(c: Pick<Case, 'state'>): SlaStep | null {
  if (c.state === 'dispatched') return 'sign';
  if (c.state === 'signed' || c.state === 'handling') return 'handle';
  if (c.state === 'resolved') return 'verify';
  return null;
}
/** States with a running step: only these can carry a light. */
export const LIT_STATES = ['dispatched', 'signed', 'handling', 'resolved'] as const;

/** The running step's light, or null when no step is running. */
export function lightOf(c: Case, now: string): SlaLight | null {
  const step = runningStep(c);
  return step ? (slaStatus(c, step, now)?.light ?? null) : null;
}

export function matchesFilter(c: Case, f: CaseListFilter, now: string): boolean {
  return (!f.priority || c.priority === f.priority) &&
    (!f.category || categoryKey(c) === f.category) &&
    (!f.categories || f.categories.split(',').includes(categoryKey(c))) &&
    (!f.grid || c.gridCode === f.grid) &&
    (!f.town || c.townCode === f.town) &&
    (!f.source || c.source === f.source) &&
    (!f.platform || c.platform === f.platform) &&
    (!f.light || lightOf(c, now) === f.light);
}

/** Sort in place; Array.sort is stable, so ties keep the incoming (newest-first) order. */
export function sortCases<T extends Case>(cases: T[], sort: CaseSortKey): T[] {
  if (sort === 'priority') cases.sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority]);
  if (sort === 'deadline') cases.sort((a, b) => (a.deadlineAt ?? '\uffff').localeCompare(b.deadlineAt ?? '\uffff'));
  return cases;
}
