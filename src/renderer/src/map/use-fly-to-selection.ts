// Shared selection: when a case is picked anywhere (the list, the card, the
// search), the map flies to it. A case outside the listed ones is looked up.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import { useApi } from '../api/context.ts';
import { flyToCase } from './camera.ts';
import { CLUSTER_MAX_ZOOM } from './case-layers.ts';
import type { Project } from './projection.ts';

type Picked = { id: string; point: readonly [number, number] };

/**
 * Flies to the selection when it changes. Returns the map's own pick (the grid card, the search):
 * it flies at once, to the point it holds, even to the case already selected; the selection it then
 * makes flies no second time (a second flight would restart the first, from wherever it had got to).
 */
export function useFlyToSelection(map: MapLibreMap | null, selectedId: string | null, cases: readonly CaseListItem[] | undefined, project: Project, cardOpen: () => boolean): (picked: Picked) => void {
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
    const fly = (point: readonly [number, number]) => alive && flyToCase(map, point, project, CLUSTER_MAX_ZOOM + 1, cardOpen());
    const listed = casesRef.current?.find((c) => c.id === selectedId);
    if (listed) fly(listed.point);
    else void api.query('cases.get', { id: selectedId }).then((c) => c && fly(c.point), () => undefined);
    return () => {
      alive = false;
    };
    // Fly when the selection changes, not on every list refresh.
  }, [map, selectedId, api, project, cardOpen]);
  return useCallback((picked: Picked) => {
    if (!map) return;
    flown.current = picked.id;
    flyToCase(map, picked.point, project, CLUSTER_MAX_ZOOM + 1, cardOpen());
  }, [map, project, cardOpen]);
}
