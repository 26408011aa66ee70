// The case category catalog (分类目录): data, not code. Rows come from
// resources/data/case-categories.csv and may be replaced per city.
//
// A case names its category by one key. CJ/T 214 部件 and 事件 reuse the same
// four-digit codes (0101 is 上水井盖 and 私搭乱建), so their keys carry the
// kind as the BJ/SJ prefix those systems use; project codes (SG…, NY…) are
// unique already. Reports can also speak GB/T 47678.5-2026 through `gbCode`.
//
// English names come from a companion file keyed by kind and minor code
// (case-categories.en.csv): a city that brings its own catalog without one
// shows its Chinese names in both languages.
import { z } from 'zod';
import { platforms, type Platform } from './domain/model.ts';

export const platformByChineseName: Record<string, Platform> = {
  智慧网格: 'grid', 智慧城管: 'urban', 智慧政务: 'government', 智慧农业: 'agriculture',
  智慧工业: 'industry', 电子商务: 'commerce', 智慧卫教: 'health-education',
};

export const categorySchema = z.object({
  code: z.string().min(1).max(16),
  kind: z.string().min(1),
  majorCode: z.string().min(1),
  majorName: z.string().min(1),
  minorCode: z.string().min(1),
  minorName: z.string().min(1),
  platform: z.enum(platforms),
  ownerDepartment: z.string().min(1),
  gbCode: z.string().nullable(),
  /** The kind, 大类 and 小类 in English, where the catalog has them. */
  en: z.object({ kind: z.string().min(1), major: z.string().min(1), minor: z.string().min(1) }).nullable().default(null),
});
export type Category = z.infer<typeof categorySchema>;

const KIND_PREFIX: Record<string, string> = { 部件: 'BJ', 事件: 'SJ' };

export const categoryKey = (kind: string, minorCode: string): string => `${KIND_PREFIX[kind] ?? ''}${minorCode}`;

/**
 * Build the catalog from the CSV records; the GB/T 47678.5 crosswalk adds each
 * row's national code, the English rows (kind, minor_code → kind_en,
 * major_name_en, minor_name_en) its English names.
 */
export function buildCatalog(rows: readonly Record<string, string>[], gbRows: readonly Record<string, string>[] = [], enRows: readonly Record<string, string>[] = []): Category[] {
  const gbByCjt = new Map<string, string>();
  for (const g of gbRows) if (g.cjt214_kind && g.cjt214_code) gbByCjt.set(`${g.cjt214_kind}:${g.cjt214_code}`, g.code!);
  const enByKey = new Map<string, Category['en']>();
  for (const e of enRows) {
    if (e.kind_en?.trim() && e.major_name_en?.trim() && e.minor_name_en?.trim()) {
      enByKey.set(`${e.kind}:${e.minor_code}`, { kind: e.kind_en.trim(), major: e.major_name_en.trim(), minor: e.minor_name_en.trim() });
    }
  }
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const platform = platformByChineseName[r.platform ?? ''];
    if (!platform) throw new Error(`分类目录第 ${i + 2} 行: 未知平台 ${r.platform}`);
    const code = categoryKey(r.kind!, r.minor_code!);
    if (seen.has(code)) throw new Error(`分类目录第 ${i + 2} 行: 分类编码 ${code} 重复`);
    seen.add(code);
    const gb = r.minor_code!.startsWith('GB') ? r.minor_code!.slice(2) : (gbByCjt.get(`${r.kind}:${r.minor_code}`) ?? null);
    return categorySchema.parse({
      code, kind: r.kind, majorCode: r.major_code, majorName: r.major_name, minorCode: r.minor_code, minorName: r.minor_name,
      platform, ownerDepartment: r.owner_department, gbCode: gb, en: enByKey.get(`${r.kind}:${r.minor_code}`) ?? null,
    });
  });
}

export type CatalogLanguage = 'zh' | 'en';
export type CategoryNames = { kind: string; major: string; minor: string };

/** A category's names in a language, in Chinese where the catalog has no English for it. */
export const categoryNames = (c: Category, language: CatalogLanguage): CategoryNames =>
  language === 'en' && c.en ? c.en : { kind: c.kind, major: c.majorName, minor: c.minorName };

/** A category's path, kind · major · minor, naming a level once where the minor repeats its major (Public security risks). */
export const categoryPath = (n: CategoryNames): string => [n.kind, n.major, ...(n.minor === n.major ? [] : [n.minor])].join(' · ');
