// The catalog as a three-level picker: kind → 大类 → 小类, searchable.
import { categoryNames, type CatalogLanguage, type Category } from '../../../shared/catalog.ts';

export type CategoryOption = { value: string; label: string; children?: CategoryOption[] };

/** The values stay the catalog's own (the kind in Chinese, the codes); the labels are in `language`. */
export function categoryOptions(catalog: readonly Category[], language: CatalogLanguage = 'zh'): CategoryOption[] {
  const kinds = new Map<string, { label: string; majors: Map<string, CategoryOption> }>();
  const code = (minor: string) => (language === 'en' ? ` (${minor})` : `（${minor}）`);
  for (const c of catalog) {
    const n = categoryNames(c, language);
    const { majors } = kinds.get(c.kind) ?? kinds.set(c.kind, { label: n.kind, majors: new Map() }).get(c.kind)!;
    const major = majors.get(c.majorCode) ?? majors.set(c.majorCode, { value: c.majorCode, label: n.major, children: [] }).get(c.majorCode)!;
    major.children!.push({ value: c.minorCode, label: `${n.minor}${code(c.minorCode)}` });
  }
  return [...kinds].map(([kind, { label, majors }]) => ({ value: kind, label, children: [...majors.values()] }));
}
