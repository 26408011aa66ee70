// The drill-down hierarchy: city → county (区/县) → town (街道/乡镇) →
// community (社区/村) → grid. Each node knows the box of the grids under it,
// which is what the map flies to; divisions with no grids are left out, since
// there would be nothing to show.
import type { Division, Grid } from '../../../shared/domain/model.ts';
import { communityShortName } from '../../../shared/division-names.ts';
import { emptyBBox, isEmptyBBox, ringBBox, unionInto, type BBox } from './bbox.ts';

export type DrillLevel = 'city' | 'county' | 'town' | 'village' | 'grid';

/** The root made up for a directory without a city row; shown as the whole city in the language in use. */
export const STAND_IN_ROOT = 'root';

export type DrillNode = {
  code: string;
  name: string;
  level: DrillLevel;
  parentCode: string | null;
  children: string[];
  bbox: BBox;
  gridCount: number;
};

export type DivisionTree = {
  rootCode: string | null;
  nodes: ReadonlyMap<string, DrillNode>;
  /** Root first, the node itself last; empty when the code is unknown. */
  path(code: string): DrillNode[];
};

/** 安民社区居委会 → 安民社区, 长安村委会 → 长安村: named as the community's grids are. */
export const shortDivisionName = communityShortName;

/**
 * Where a grid hangs when its community is missing from the directory: the
 * codes nest (6 county digits, 9 town digits), so walk up by prefix.
 */
function parentOfGrid(g: Grid, nodes: Map<string, DrillNode>): string | null {
  const candidates = [g.communityCode, `${g.code.slice(0, 9)}000`, `${g.code.slice(0, 6)}000000`];
  return candidates.find((c) => nodes.has(c)) ?? null;
}

export function buildDivisionTree(divisions: readonly Division[], grids: readonly Grid[]): DivisionTree {
  const nodes = new Map<string, DrillNode>();
  let rootCode: string | null = null;
  for (const d of divisions) {
    nodes.set(d.code, { code: d.code, name: shortDivisionName(d.name), level: d.level, parentCode: d.parentCode, children: [], bbox: emptyBBox(), gridCount: 0 });
    if (d.level === 'city') rootCode = d.code;
  }
  for (const g of grids) {
    const node: DrillNode = { code: g.code, name: g.name, level: 'grid', parentCode: parentOfGrid(g, nodes), children: [], bbox: ringBBox(g.ring), gridCount: 1 };
    nodes.set(g.code, node);
    // Every ancestor's box grows by this grid: five steps at most.
    for (let up = node.parentCode ? nodes.get(node.parentCode) : undefined; up; up = up.parentCode ? nodes.get(up.parentCode) : undefined) {
      unionInto(up.bbox, node.bbox);
      up.gridCount += 1;
    }
  }
  for (const n of nodes.values()) {
    if (n.gridCount === 0 || isEmptyBBox(n.bbox) || !n.parentCode) continue;
    nodes.get(n.parentCode)?.children.push(n.code);
  }
  for (const n of nodes.values()) n.children.sort();
  // A directory without a city row still needs one root for the breadcrumb.
  if (rootCode === null) {
    const tops = [...nodes.values()].filter((n) => n.level === 'county' && n.gridCount > 0);
    if (tops.length > 0) {
      const root: DrillNode = { code: STAND_IN_ROOT, name: '全市', level: 'city', parentCode: null, children: tops.map((t) => t.code).sort(), bbox: emptyBBox(), gridCount: 0 };
      for (const t of tops) {
        unionInto(root.bbox, t.bbox);
        root.gridCount += t.gridCount;
        // Their own parent (the city) is not in the directory: the breadcrumb leads back through this root.
        t.parentCode = root.code;
      }
      nodes.set(root.code, root);
      rootCode = root.code;
    }
  }
  return {
    rootCode,
    nodes,
    path(code) {
      const out: DrillNode[] = [];
      for (let n = nodes.get(code); n && out.length < 8; n = n.parentCode ? nodes.get(n.parentCode) : undefined) out.unshift(n);
      return out;
    },
  };
}
