// What a picker's search matches: an option's names in both languages and its code, not only the
// label shown. An English operator typing 井盖 or 西林 found nothing among English labels.

/** An option as antd's pickers hand it to a filter: `keywords` where the option has them. */
export type SearchableOption = { label?: unknown; keywords?: string };

/** The words an option is found by, lower-cased, each once. */
export const keywordsOf = (...names: (string | null | undefined)[]): string =>
  [...new Set(names.filter((n): n is string => !!n).map((n) => n.toLocaleLowerCase()))].join(' ');

/** Whether an option holds the typed text (spaces alone narrow nothing). */
export function optionMatches(input: string, option: SearchableOption | undefined): boolean {
  const wanted = input.trim().toLocaleLowerCase();
  if (!wanted) return true;
  const text = option?.keywords ?? (typeof option?.label === 'string' ? option.label.toLocaleLowerCase() : '');
  return text.includes(wanted);
}
