// The map's search box over places: grid codes (or any prefix of them), and
// division or grid names. Case codes go to the core ('cases.search'), since the
// map holds only the listed cases.
import type { DivisionTree, DrillNode } from './division-tree.ts';

export type PlaceHit = { code: string; name: string; level: DrillNode['level']; context: string };

const CASE_CODE = /^JQ-?\d/i;
export const looksLikeCaseCode = (text: string): boolean => CASE_CODE.test(text.trim());

const LEVEL_RANK: Record<DrillNode['level'], number> = { city: 0, county: 1, town: 2, village: 3, grid: 4 };

/** The parents' names, so that two 第一网格 or two 新村 can be told apart. */
const contextOf = (tree: DivisionTree, node: DrillNode): string =>
  tree.path(node.code).slice(1, -1).map((n) => n.name).join(' / ');

export type PlaceSearch = { hits: PlaceHit[]; /** All that matched, of which `hits` are the first `limit`. */ total: number };

/**
 * By name, what the name starts with before what it only contains; then the
 * higher level first, so 东风 finds 东风区 before the villages called 东风 and
 * 西林 the street before its community; then the exact name before a longer one.
 */
export function searchPlaces(tree: DivisionTree, text: string, limit = 12): PlaceSearch {
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
      const at = node.name.indexOf(q);
      if (at < 0) continue;
      score = (at === 0 ? 0 : 100) + LEVEL_RANK[node.level] * 10 + (node.name === q ? 0 : 1);
    }
    scored.push({ node, score });
  }
  scored.sort((a, b) => a.score - b.score || a.node.code.localeCompare(b.node.code));
  const hits = scored.slice(0, limit).map(({ node }) => ({ code: node.code, name: node.name, level: node.level, context: contextOf(tree, node) }));
  return { hits, total: scored.length };
}
