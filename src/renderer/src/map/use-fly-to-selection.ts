// Shared selection: when a case is picked anywhere (the list, the card, the
// search), the map flies to it. A case outside the listed ones is looked up.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import { useApi } from '../api/context.ts';
import { flyToCase } from './camera.ts';
import { CLUSTER_MAX_ZOOM } from './case-layers.ts';
import type { BBox } from './bbox.ts';
import type { Project } from './projection.ts';

type Picked = { id: string; point: readonly [number, number]; gridCode?: string | null; townCode?: string | null };

/** A grid's box, for the camera to keep a large grid in view around its case. */
export type GridBoxOf = (gridCode: string) => BBox | undefined;

/**
 * Flies to the selection when it changes. Returns the map's own pick (the grid card, the search):
 * it flies at once, to the point it holds, even to the case already selected; the selection it then
 * makes flies no second time (a second flight would restart the first, from wherever it had got to).
 */
/** A picked case flown to: out of its cluster, its grid's box keeping a large grid in view. */
function flyToPicked(map: MapLibreMap, c: Picked, project: Project, cardOpen: boolean, gridBox: GridBoxOf) {
  flyToCase(map, c.point, project, CLUSTER_MAX_ZOOM + 1, cardOpen, c.gridCode ? gridBox(c.gridCode) : undefined);
}

/** `onFlight`: told of each case flown to, listed, looked up or the map's own pick, so the card and the breadcrumb can follow it there. */
export function useFlyToSelection(map: MapLibreMap | null, selectedId: string | null, cases: readonly CaseListItem[] | undefined, project: Project, cardOpen: () => boolean, gridBox: GridBoxOf, onFlight: (picked: Picked) => void): (picked: Picked) => void {
  const api = useApi();
  const casesRef = useRef(cases);
  // The case a pick on the map has flown to, until the selection it makes comes through.
  const flown = useRef<string | null>(null);
  useEffect(() => {
    casesRef.current = cases;
  });
  useEffect(() => {
    const picked = flown.current;
    flown.current = null;
    if (!map || !selectedId || picked === selectedId) return;
    let alive = true;
    const fly = (c: Picked) => {
      if (!alive) return;
      onFlight(c);
      flyToPicked(map, c, project, cardOpen(), gridBox);
    };
    const listed = casesRef.current?.find((c) => c.id === selectedId);
    if (listed) fly(listed);
    else void api.query('cases.get', { id: selectedId }).then((c) => c && fly(c), () => undefined);
    return () => {
      alive = false;
    };
    // Fly when the selection changes, not on every list refresh.
  }, [map, selectedId, api, project, cardOpen, gridBox, onFlight]);
  return useCallback((picked: Picked) => {
    if (!map) return;
    flown.current = picked.id;
    onFlight(picked);
    flyToPicked(map, picked, project, cardOpen(), gridBox);
  }, [map, project, cardOpen, gridBox, onFlight]);
}
