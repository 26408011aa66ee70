// The map's search box over places: grid codes (or any prefix of them), and
// division or grid names. Case codes go to the core ('cases.search'), since the
// map holds only the listed cases.
import type { CatalogLanguage } from '../../../shared/catalog.ts';
import { placeNameEn } from '../../../shared/place-name-en.ts';
import { placeNameIn } from '../i18n/data-language.ts';
import type { DivisionTree, DrillNode } from './division-tree.ts';

export type PlaceHit = { code: string; name: string; level: DrillNode['level']; context: string };

const CASE_CODE = /^JQ-?\d/i;
export const looksLikeCaseCode = (text: string): boolean => CASE_CODE.test(text.trim());

const LEVEL_RANK: Record<DrillNode['level'], number> = { city: 0, county: 1, town: 2, village: 3, grid: 4 };

/** The parents' names, so that two 第一网格 or two 新村 can be told apart. */
const contextOf = (tree: DivisionTree, node: DrillNode, language: CatalogLanguage): string =>
  tree.path(node.code).slice(1, -1).map((n) => placeNameIn(n.name, language)).join(' / ');

/** Where the text is found in the name: as written, or (in English) in its pinyin name, ignoring case; -1 where not. */
function matchAt(node: DrillNode, q: string, language: CatalogLanguage): { at: number; exact: boolean } {
  const at = node.name.indexOf(q);
  if (at >= 0 || language !== 'en') return { at, exact: node.name === q };
  const en = placeNameEn(node.name).toLowerCase();
  const lower = q.toLowerCase();
  // Yonghe finds Yonghe Village whether or not the spaces and the apostrophes are typed.
  const atEn = en.indexOf(lower);
  if (atEn >= 0) return { at: atEn, exact: en === lower };
  const bare = (s: string) => s.replace(/[\s']/g, '');
  // Only spaces and apostrophes typed: nothing to look for (every name holds the empty text).
  if (!bare(lower)) return { at: -1, exact: false };
  return { at: bare(en).indexOf(bare(lower)), exact: false };
}

export type PlaceSearch = { hits: PlaceHit[]; /** All that matched, of which `hits` are the first `limit`. */ total: number };

/**
 * By name, what the name starts with before what it only contains; then the
 * higher level first, so 东风 finds 东风区 before the villages called 东风 and
 * 西林 the street before its community; then the exact name before a longer one.
 */
export function searchPlaces(tree: DivisionTree, text: string, limit = 12, language: CatalogLanguage = 'zh'): PlaceSearch {
  const q = text.trim();
  if (!q) return { hits: [], total: 0 };
  const scored: { node: DrillNode; score: number }[] = [];
  const byCode = /^\d+$/.test(q);
  for (const node of tree.nodes.values()) {
    if (node.gridCount === 0 || node.level === 'city') continue;
    let score: number;
    if (byCode) {
      if (!node.code.startsWith(q)) continue;
      // The exact code first, then the shortest (the division) before its grids.
      score = node.code === q ? 0 : 1 + LEVEL_RANK[node.level];
    } else {
      const { at, exact } = matchAt(node, q, language);
      if (at < 0) continue;
      score = (at === 0 ? 0 : 100) + LEVEL_RANK[node.level] * 10 + (exact ? 0 : 1);
    }
    scored.push({ node, score });
  }
  scored.sort((a, b) => a.score - b.score || a.node.code.localeCompare(b.node.code));
  const hits = scored.slice(0, limit).map(({ node }) => ({ code: node.code, name: placeNameIn(node.name, language), level: node.level, context: contextOf(tree, node, language) }));
  return { hits, total: scored.length };
}
