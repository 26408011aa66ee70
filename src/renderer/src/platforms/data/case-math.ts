// Case figures the KPI functions do not cover: how a platform's cases split by
// category, and how long each step took. Read from a recent sample of the
// cache (the newest cases), so they describe recent work, not all history.
import type { CaseListItem } from '../../../../shared/contract.ts';
import { categoryNames, type CatalogLanguage, type Category } from '../../../../shared/catalog.ts';
import type { Platform } from '../../../../shared/domain/model.ts';
import type { KpiGroups } from './kpi-view.ts';

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

/** The KPI cell of each category group ('kind:minor') that passes the filter's kind and majors, with its key. */
function categoryCells(groups: KpiGroups | undefined, f: CaseFilter, catalog: Catalog): [Category | undefined, string, number, string][] {
  const out: [Category | undefined, string, number, string][] = [];
  for (const [key, set] of Object.entries(groups ?? {})) {
    const cat = catalog.get(key);
    const kind = key.slice(0, key.indexOf(':'));
    if (f.kind && kind !== f.kind) continue;
    if (f.majors && (!cat || !f.majors.includes(cat.majorCode))) continue;
    out.push([cat, kind, set.accepted?.value ?? 0, key]);
  }
  return out;
}

/**
 * 受理数 per major category from a platform's KPIs grouped by category, largest first, with the
 * categories ('kind:minor') each major counts, for the list its bar opens.
 */
export function majorsWithKeys(groups: KpiGroups | undefined, f: CaseFilter, catalog: Catalog, other = '其他', language: CatalogLanguage = 'zh'): [string, number, string[]][] {
  const majors = new Map<string, { n: number; keys: string[] }>();
  for (const [cat, kind, n, key] of categoryCells(groups, f, catalog)) {
    if (n === 0) continue;
    // A category the catalog does not know goes by its kind, or into the language's "other".
    const name = cat ? categoryNames(cat, language).major : (kind || other);
    const major = majors.get(name) ?? majors.set(name, { n: 0, keys: [] }).get(name)!;
    major.n += n;
    major.keys.push(key);
  }
  return [...majors.entries()].map(([name, m]): [string, number, string[]] => [name, m.n, m.keys.sort()]).sort((a, b) => b[1] - a[1]);
}

/** 受理数 of the categories a filter names, from a platform's KPIs grouped by category; null before they arrive. */
export const acceptedMatching = (groups: KpiGroups | undefined, f: CaseFilter, catalog: Catalog): number | null =>
  groups ? categoryCells(groups, f, catalog).reduce((n, [, , c]) => n + c, 0) : null;

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
