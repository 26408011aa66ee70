// The two live feeds of the map, outside React so the benchmark drives the
// very same code: case lists become updateData diffs, grid statuses become
// feature-state writes, each applied at most once per animation frame.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { GridStatus } from '../../../shared/grid-status.ts';
import { CASE_SOURCE } from './case-layers.ts';
import { casesToGeoJson, diffCases } from './case-features.ts';
import { perFrame } from './frame-batch.ts';
import { GRID_SOURCE } from './grid-layers.ts';
import { communityStatuses, diffGridStatus, type GridFeatureState } from './grid-status.ts';
import { COMMUNITY_TILE_LAYER, GRID_TILE_LAYER } from '../../../shared/grid-tiles.ts';
import type { Project } from './projection.ts';

export type LiveSync<T> = { push(next: T): void; flushNow(): void; dispose(): void };
export type CaseSync = LiveSync<readonly CaseListItem[]> & {
  /** Feed another source too (the heat twin, once switched on): it gets the whole list now, then the same diffs. */
  attach(sourceId: string): void;
  detach(sourceId: string): void;
};

export function createCaseSync(map: MapLibreMap, project: Project, sources: readonly string[] = [CASE_SOURCE]): CaseSync {
  const targets = new Set(sources);
  let applied = new Map<string, CaseListItem>();
  let shown: readonly CaseListItem[] = [];
  let latest: readonly CaseListItem[] | null = null;
  const flush = () => {
    if (!latest) return;
    const { diff, current } = diffCases(applied, latest, project);
    applied = current;
    shown = latest;
    latest = null;
    if (!diff) return;
    for (const id of targets) void map.getSource<GeoJSONSource>(id)?.updateData(diff);
  };
  const batch = perFrame(flush);
  return {
    push(next) {
      latest = next;
      batch.schedule();
    },
    flushNow() {
      batch.cancel();
      flush();
    },
    attach(sourceId) {
      if (targets.has(sourceId)) return;
      flush();
      targets.add(sourceId);
      void map.getSource<GeoJSONSource>(sourceId)?.setData(casesToGeoJson(shown, project));
    },
    detach(sourceId) {
      targets.delete(sourceId);
    },
    dispose: () => batch.cancel(),
  };
}

/** Grid status as feature-state on the grid tiles' two layers: each grid, and each community as the sum of its grids. */
export function createGridStatusSync(map: MapLibreMap, source = GRID_SOURCE): LiveSync<readonly GridStatus[]> {
  let applied = new Map<string, GridFeatureState>();
  let appliedCommunities = new Map<string, GridFeatureState>();
  let latest: readonly GridStatus[] | null = null;
  const flush = () => {
    if (!latest) return;
    const grids = diffGridStatus(applied, latest);
    const communities = diffGridStatus(appliedCommunities, communityStatuses(latest));
    applied = grids.current;
    appliedCommunities = communities.current;
    latest = null;
    for (const [id, state] of grids.writes) map.setFeatureState({ source, sourceLayer: GRID_TILE_LAYER, id }, state);
    for (const [id, state] of communities.writes) map.setFeatureState({ source, sourceLayer: COMMUNITY_TILE_LAYER, id }, state);
  };
  const batch = perFrame(flush);
  return {
    push(next) {
      latest = next;
      batch.schedule();
    },
    flushNow() {
      batch.cancel();
      flush();
    },
    dispose: () => batch.cancel(),
  };
}
