// The wall's map frames the open cases it counts. Left on the urban core it showed a fifth of
// them under a title that gave them all (在办问题件 70 件). It fits them when they first come,
// and again when one lands outside the view, at most once a minute.
import { useEffect, useRef } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LngLat } from '../../../shared/domain/model.ts';
import { emptyBBox, extendBBox, isEmptyBBox } from './bbox.ts';
import type { Project } from './projection.ts';

const REFRAME_MS = 60_000;
/** Close enough to read a district; a handful of cases in one street does not fill the wall with one block. */
const MAX_ZOOM = 12;

export function useWallFrame(map: MapLibreMap | null, cases: readonly { point: LngLat }[] | undefined, project: Project, enabled: boolean): void {
  const framedAt = useRef(0);
  useEffect(() => {
    if (!enabled || !map || !cases?.length) return;
    const points = cases.map((c) => project(c.point));
    const view = map.getBounds();
    const outside = points.some((p) => !view.contains(p));
    const first = framedAt.current === 0;
    if (!first && (!outside || Date.now() - framedAt.current < REFRAME_MS)) return;
    const box = emptyBBox();
    for (const p of points) extendBBox(box, p);
    if (isEmptyBBox(box)) return;
    framedAt.current = Date.now();
    const pad = Math.round(Math.min(map.getContainer().clientWidth, map.getContainer().clientHeight) * 0.08);
    map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: pad, maxZoom: MAX_ZOOM, duration: first ? 0 : 1000 });
  }, [map, cases, project, enabled]);
}
