// Case figures the KPI functions do not cover: how a platform's cases split by
// category, and how long each step took. Read from a recent sample of the
// cache (the newest cases), so they describe recent work, not all history.
import type { CaseListItem } from '../../../../shared/contract.ts';
import type { Category } from '../../../../shared/catalog.ts';
import type { Platform } from '../../../../shared/domain/model.ts';

export type CaseFilter = {
  platform?: Platform;
  /** Catalog kind: 部件, 事件, 社会治理, 智慧卫教 … */
  kind?: string;
  /** Major category codes within the kind, e.g. 事件 01 市容环境. */
  majors?: readonly string[];
};

export type Catalog = ReadonlyMap<string, Category>;
export const catalogKey = (kind: string | null, code: string): string => `${kind ?? ''}:${code}`;

export function matches(c: CaseListItem, f: CaseFilter, catalog: Catalog): boolean {
  if (f.platform && c.platform !== f.platform) return false;
  if (f.kind && c.categoryKind !== f.kind) return false;
  if (f.majors) {
    const major = catalog.get(catalogKey(c.categoryKind, c.categoryCode))?.majorCode;
    if (!major || !f.majors.includes(major)) return false;
  }
  return true;
}

/** Cases per major category, largest first; categories outside the filter's majors are left out. */
export function countByMajor(sample: readonly CaseListItem[], f: CaseFilter, catalog: Catalog): [string, number][] {
  const counts = new Map<string, number>();
  for (const c of sample) {
    if (!matches(c, f, catalog)) continue;
    const name = catalog.get(catalogKey(c.categoryKind, c.categoryCode))?.majorName ?? c.categoryKind ?? '其他';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

export const countMatching = (sample: readonly CaseListItem[], f: CaseFilter, catalog: Catalog): number =>
  sample.reduce((n, c) => n + (matches(c, f, catalog) ? 1 : 0), 0);

/**
 * Mean elapsed hours of the three steps of 数字城管: capture (上报 → 立案),
 * disposal (派遣 → 处置完毕) and feedback (处置完毕 → 结案). Calendar hours, not
 * working hours: how long residents waited.
 */
export function stageHours(sample: readonly CaseListItem[], f: CaseFilter, catalog: Catalog): [number | null, number | null, number | null] {
  const spans: [number[], number[], number[]] = [[], [], []];
  const add = (i: 0 | 1 | 2, from: string | null, to: string | null) => {
    if (from && to) spans[i].push((Date.parse(to) - Date.parse(from)) / 3_600_000);
  };
  for (const c of sample) {
    if (!matches(c, f, catalog)) continue;
    add(0, c.reportedAt, c.filedAt);
    add(1, c.dispatchedAt, c.resolvedAt);
    add(2, c.resolvedAt, c.closedAt);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return [mean(spans[0]), mean(spans[1]), mean(spans[2])];
}
