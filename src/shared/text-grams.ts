// Short-query search over Chinese text. FTS5's trigram tokenizer cannot match
// queries under three characters (占道, 井), so text is also indexed as its
// single characters and overlapping pairs, space-separated, for a plain
// unicode61 FTS5 table to find.

const isWordChar = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/** Unigrams and bigrams of every run of letters/digits/ideographs, lower-cased, deduplicated. */
export function textGrams(text: string): string {
  const grams = new Set<string>();
  for (const run of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run].filter(isWordChar);
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams].join(' ');
}

/** The characters a short query looks for: its letters, digits and ideographs, lower-cased. */
export const shortQueryText = (query: string): string => [...query.toLowerCase()].filter(isWordChar).join('');

/** The FTS5 MATCH expression for a 1–2 character query against textGrams output. */
export function shortQueryMatch(query: string): string | null {
  const chars = [...shortQueryText(query)];
  if (chars.length === 0 || chars.length > 2) return null;
  return `"${chars.join('')}"`;
}

/** The FTS5 MATCH expression for a 3+ character query against a trigram table: a quoted phrase. */
export function trigramMatch(query: string): string | null {
  const q = query.trim();
  if ([...q].length < 3) return null;
  return `"${q.replaceAll('"', '""')}"`;
}
