// The catalog as a three-level picker: kind → 大类 → 小类, searchable.
import type { Category } from '../../../shared/catalog.ts';

export type CategoryOption = { value: string; label: string; children?: CategoryOption[] };

export function categoryOptions(catalog: readonly Category[]): CategoryOption[] {
  const kinds = new Map<string, Map<string, CategoryOption>>();
  for (const c of catalog) {
    const majors = kinds.get(c.kind) ?? kinds.set(c.kind, new Map()).get(c.kind)!;
    const major = majors.get(c.majorCode) ?? majors.set(c.majorCode, { value: c.majorCode, label: c.majorName, children: [] }).get(c.majorCode)!;
    major.children!.push({ value: c.minorCode, label: `${c.minorName}（${c.minorCode}）` });
  }
  return [...kinds].map(([kind, majors]) => ({ value: kind, label: kind, children: [...majors.values()] }));
}
