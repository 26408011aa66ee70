// Grid status as feature-state: the grid polygons are loaded once, and a
// status change touches only the grids whose counts moved.
import { gridLevel, type GridStatus } from '../../../shared/grid-status.ts';
import { communityOf } from '../../../shared/grid-tiles.ts';

export type GridLevel = ReturnType<typeof gridLevel>;
export type GridFeatureState = { level: GridLevel; open: number; yellow: number; red: number };

const QUIET: GridFeatureState = { level: 'quiet', open: 0, yellow: 0, red: 0 };

const same = (a: GridFeatureState, b: GridFeatureState) => a.open === b.open && a.yellow === b.yellow && a.red === b.red;

/**
 * The feature-state writes that take the map from `prev` to `next`. The core
 * lists only grids with open cases, so a grid that drops out went quiet.
 */
export function diffGridStatus(prev: ReadonlyMap<string, GridFeatureState>, next: readonly GridStatus[]): { writes: [string, GridFeatureState][]; current: Map<string, GridFeatureState> } {
  const current = new Map<string, GridFeatureState>();
  const writes: [string, GridFeatureState][] = [];
  for (const s of next) {
    const state: GridFeatureState = { level: gridLevel(s), open: s.open, yellow: s.yellow, red: s.red };
    current.set(s.gridCode, state);
    const before = prev.get(s.gridCode);
    if (!before || !same(before, state)) writes.push([s.gridCode, state]);
  }
  for (const code of prev.keys()) if (!current.has(code)) writes.push([code, QUIET]);
  return { writes, current };
}

/**
 * Communities stand for their grids below the grid zoom: the sums of their
 * grids' counts, under the community code, so a community shows its worst grid.
 */
export function communityStatuses(grids: readonly GridStatus[]): GridStatus[] {
  const byCommunity = new Map<string, GridStatus>();
  for (const g of grids) {
    const code = communityOf(g.gridCode);
    const c = byCommunity.get(code);
    if (c) {
      c.open += g.open;
      c.yellow += g.yellow;
      c.red += g.red;
    } else byCommunity.set(code, { gridCode: code, open: g.open, yellow: g.yellow, red: g.red });
  }
  return [...byCommunity.values()];
}
