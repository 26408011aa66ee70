// What a click on a grid drills into. Each click goes at least one level below
// the current focus along the clicked grid's path, and as deep as the zoom
// already shows: at street scale a click opens the grid itself, at city scale
// it opens the district, so the drill-down never needs more clicks than levels.
import type { BBox } from './bbox.ts';
import type { DivisionTree, DrillLevel, DrillNode } from './division-tree.ts';

const DEPTH: Record<DrillLevel, number> = { city: 0, county: 1, town: 2, village: 3, grid: 4 };

/** The level the view already resolves: grids are legible from z13, communities from z12, streets from z10.5. */
export const levelForZoom = (zoom: number): DrillLevel => (zoom >= 13 ? 'grid' : zoom >= 12 ? 'village' : zoom >= 10.5 ? 'town' : 'county');

export function drillTarget(tree: DivisionTree, focus: string | null, gridCode: string, zoom: number): DrillNode | null {
  const path = tree.path(gridCode);
  if (path.length === 0) return null;
  // How much of the clicked grid's path the focus shares: the click goes one below that.
  const focusPath = tree.path(focus ?? tree.rootCode ?? '');
  let shared = 0;
  while (shared < focusPath.length && shared < path.length && focusPath[shared]!.code === path[shared]!.code) shared++;
  const byFocus = path[Math.min(shared, path.length - 1)]!;
  const byZoom = path.find((n) => DEPTH[n.level] >= DEPTH[levelForZoom(zoom)]) ?? path[path.length - 1]!;
  return DEPTH[byZoom.level] > DEPTH[byFocus.level] ? byZoom : byFocus;
}

/** A box on screen: [left, top, right, bottom] in CSS pixels of the map. */
export type ScreenRect = readonly [number, number, number, number];

/** A division this much of the view or less (in both directions), once zoomed out of, is no longer what the view shows. */
const SMALL_IN_VIEW = 0.25;

/**
 * Where the breadcrumb stands after the user moved the map: a focus zoomed out
 * of until it is a small part of the view, or panned wholly out of it, gives way
 * to its nearest ancestor that is still what the view shows. Without this the
 * crumb named a community over a view of the whole city.
 */
export function focusForView(tree: DivisionTree, focus: string | null, onScreen: (box: BBox) => ScreenRect, view: { width: number; height: number }, zoomedOut: boolean): string | null {
  if (!focus) return focus;
  const path = tree.path(focus);
  let at = path.length - 1;
  while (at > 0) {
    const [left, top, right, bottom] = onScreen(path[at]!.bbox);
    const outOfSight = right < 0 || bottom < 0 || left > view.width || top > view.height;
    const small = zoomedOut && right - left < view.width * SMALL_IN_VIEW && bottom - top < view.height * SMALL_IN_VIEW;
    if (!outOfSight && !small) break;
    at--;
  }
  return at === path.length - 1 || at < 0 ? focus : path[at]!.code;
}
