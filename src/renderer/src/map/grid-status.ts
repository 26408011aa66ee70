// Grid status as feature-state: the grid polygons are loaded once, and a
// status change touches only the grids whose level moved.
import type { gridLevel } from '../../../shared/grid-status.ts';

export type GridLevel = ReturnType<typeof gridLevel>;
/**
 * Only the level: it is all the layers read, and a grid whose counts move within
 * its level (a second open case, one closed of three) costs the map nothing.
 */
export type GridFeatureState = { level: GridLevel };

export const QUIET: GridFeatureState = { level: 'quiet' };
