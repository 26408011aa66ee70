// Shared selection: when a case is picked anywhere (the list, the card, the
// search), the map flies to it. A case outside the listed ones is looked up.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import { useApi } from '../api/context.ts';
import { flyToCase } from './camera.ts';
import { CLUSTER_MAX_ZOOM } from './case-layers.ts';
import type { Project } from './projection.ts';

export function useFlyToSelection(map: MapLibreMap | null, selectedId: string | null, cases: readonly CaseListItem[], project: Project) {
  const api = useApi();
  const casesRef = useRef(cases);
  useEffect(() => {
    casesRef.current = cases;
  });
  useEffect(() => {
    if (!map || !selectedId) return;
    let alive = true;
    const fly = (point: readonly [number, number]) => alive && flyToCase(map, point, project, CLUSTER_MAX_ZOOM + 1);
    const listed = casesRef.current.find((c) => c.id === selectedId);
    if (listed) fly(listed.point);
    else void api.query('cases.get', { id: selectedId }).then((c) => c && fly(c.point), () => undefined);
    return () => {
      alive = false;
    };
    // Fly when the selection changes, not on every list refresh.
  }, [map, selectedId, api, project]);
}
