// Keeps the case points on the map: each new list becomes one updateData diff
// on the clustered source and its heat twin (see live-sync.ts); with the ids
// the core named as changed since the list before, only those are diffed.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { CaseListChanges } from '../api/case-changes.ts';
import { CASE_HEAT_SOURCE, CASE_SELECTED_LAYER, selectedCaseFilter } from './case-layers.ts';
import { createCaseSync, type CaseSync } from './live-sync.ts';
import type { Project } from './projection.ts';

export function useCasePoints(map: MapLibreMap | null, cases: readonly CaseListItem[], changes: CaseListChanges | null, project: Project, heat: boolean) {
  const sync = useRef<CaseSync | null>(null);
  useEffect(() => {
    if (!map) return;
    const s = createCaseSync(map, project);
    sync.current = s;
    return () => s.dispose();
  }, [map, project]);
  useEffect(() => {
    sync.current?.push(cases, changes);
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
}

export function useSelectedCaseMark(map: MapLibreMap | null, selectedId: string | null) {
  useEffect(() => {
    map?.setFilter(CASE_SELECTED_LAYER, selectedCaseFilter(selectedId));
  }, [map, selectedId]);
}
