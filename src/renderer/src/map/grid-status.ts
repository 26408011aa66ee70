// Grid status as feature-state: the grid polygons are loaded once, and a
// status change touches only the grids whose level moved.
import { gridLevel, type GridStatus } from '../../../shared/grid-status.ts';

export type GridLevel = ReturnType<typeof gridLevel>;
/**
 * Only the level: it is all the layers read, and a grid whose counts move within
 * its level (a second open case, one closed of three) costs the map nothing.
 */
export type GridFeatureState = { level: GridLevel };

export const QUIET: GridFeatureState = { level: 'quiet' };

/**
 * The feature-state writes that take the map from `prev` to `next`. The core
 * lists only grids with open cases, so a grid that drops out went quiet.
 */
export function diffGridStatus(prev: ReadonlyMap<string, GridLevel>, next: readonly GridStatus[]): { writes: [string, GridFeatureState][]; current: Map<string, GridLevel> } {
  const current = new Map<string, GridLevel>();
  const writes: [string, GridFeatureState][] = [];
  for (const s of next) {
    const level = gridLevel(s);
    current.set(s.gridCode, level);
    if (prev.get(s.gridCode) !== level) writes.push([s.gridCode, { level }]);
  }
  for (const code of prev.keys()) if (!current.has(code)) writes.push([code, QUIET]);
  return { writes, current };
}
