// The catalog as a three-level picker: kind → 大类 → 小类, searchable.
import { categoryNames, type CatalogLanguage, type Category } from '../../../shared/catalog.ts';
import { keywordsOf, optionMatches, type SearchableOption } from '../app/option-search.ts';

/** `keywords` holds the names in both languages and the code, lower-cased, so a search finds a category by any of them. */
export type CategoryOption = { value: string; label: string; keywords: string; children?: CategoryOption[] };


/** The values stay the catalog's own (the kind in Chinese, the codes); the labels are in `language`. */
export function categoryOptions(catalog: readonly Category[], language: CatalogLanguage = 'zh'): CategoryOption[] {
  const kinds = new Map<string, { option: CategoryOption; majors: Map<string, CategoryOption> }>();
  const code = (minor: string) => (language === 'en' ? ` (${minor})` : `（${minor}）`);
  for (const c of catalog) {
    const n = categoryNames(c, language);
    const zh = categoryNames(c, 'zh');
    const en = categoryNames(c, 'en');
    const { majors } = kinds.get(c.kind) ?? kinds.set(c.kind, { option: { value: c.kind, label: n.kind, keywords: keywordsOf(zh.kind, en.kind) }, majors: new Map() }).get(c.kind)!;
    const major = majors.get(c.majorCode) ?? majors.set(c.majorCode, { value: c.majorCode, label: n.major, keywords: keywordsOf(zh.major, en.major), children: [] }).get(c.majorCode)!;
    major.children!.push({ value: c.minorCode, label: `${n.minor}${code(c.minorCode)}`, keywords: keywordsOf(zh.minor, en.minor, c.minorCode) });
  }
  return [...kinds.values()].map(({ option, majors }) => ({ ...option, children: [...majors.values()] }));
}

/** The picker's search: a path matches when any level's names, in either language, or the code hold the typed text. */
export const categoryPathMatches = (input: string, path: readonly SearchableOption[]): boolean =>
  !input.trim() || path.some((o) => optionMatches(input, o));
