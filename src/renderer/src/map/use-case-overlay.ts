// Keeps the case points on the map: each new list becomes one diff, for the
// case clusters (case-clusters.ts) and the heat twin (see live-sync.ts); with
// the ids the core named as changed since the list before, only those are diffed.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { CaseListChanges } from '../api/case-changes.ts';
import { CASE_HEAT_SOURCE, CASE_SELECTED_SOURCE, CASE_SOURCE } from './case-layers.ts';
import { caseFeature } from './case-features.ts';
import { isRemoved } from './map-removed.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { createCaseClusters, type CaseClusters } from './case-clusters.ts';
import { createCaseSync, type CaseSync } from './live-sync.ts';
import type { Project } from './projection.ts';

/** A well-formed id that names no case: the query's argument while it is off. */
const NO_CASE = '00000000-0000-7000-8000-000000000000';

/**
 * Keeps the map's case points. Returns the zoom at which a cluster drawn at a place falls apart, as
 * the clusters the points are drawn in answer it (null: no cluster there now).
 */
export function useCasePoints(map: MapLibreMap | null, cases: readonly CaseListItem[] | undefined, changes: CaseListChanges | null, project: Project, heat: boolean) {
  const sync = useRef<CaseSync | null>(null);
  const clusters = useRef<CaseClusters | null>(null);
  useEffect(() => {
    if (!map) return;
    const c = createCaseClusters(map);
    const s = createCaseSync(map, project, [CASE_SOURCE], { [CASE_SOURCE]: c });
    sync.current = s;
    clusters.current = c;
    return () => {
      s.dispose();
      c.dispose();
      if (clusters.current === c) clusters.current = null;
    };
  }, [map, project]);
  useEffect(() => {
    // No list yet (the view's is being asked): what is shown stays until it comes.
    if (cases) sync.current?.push(cases, changes);
    // `changes` belongs to its `cases`: a new list brings its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, cases]);
  // The heat twin is only fed while the heat layer is on: nobody pays for indexing points nobody sees.
  useEffect(() => {
    if (!map || !heat) return;
    const s = sync.current;
    s?.attach(CASE_HEAT_SOURCE);
    return () => s?.detach(CASE_HEAT_SOURCE);
  }, [map, heat]);
  return useCallback((at: [number, number]) => clusters.current?.expansionZoom(at) ?? Promise.resolve(null), []);
}

/**
 * Marks the selected case on its own source: as listed (and as it changes there), or as the core has
 * it when the list does not hold it.
 */
export function useSelectedCaseMark(map: MapLibreMap | null, selectedId: string | null, cases: readonly CaseListItem[] | undefined, project: Project) {
  const listed = selectedId === null ? undefined : cases?.find((c) => c.id === selectedId);
  // Not listed: the core's copy, kept live as the case changes.
  const looked = useLiveQuery('cases.get', { id: selectedId ?? NO_CASE }, ['cases.changed'], selectedId !== null && listed === undefined);
  const shown = listed ?? looked ?? null;
  useEffect(() => {
    if (!map || isRemoved(map)) return;
    const features = shown ? [caseFeature(shown, project)] : [];
    void map.getSource<GeoJSONSource>(CASE_SELECTED_SOURCE)?.setData({ type: 'FeatureCollection', features });
  }, [map, shown, project]);
}
