// The breadcrumb follows the user's own moves: zoomed out of a community, or
// panned away from it, the view is no longer about it (drill.ts focusForView).
// Moves the app makes (a drill's fly-to, a case's) carry no DOM event and are
// left alone: they set the focus themselves.
import type { Map as MapLibreMap, MapLibreEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { BBox } from './bbox.ts';
import type { DivisionTree } from './division-tree.ts';
import { focusForView, type ScreenRect } from './drill.ts';
import type { Project } from './projection.ts';

type Follow = { tree: DivisionTree; focus: string | null; cardOpen: boolean; project: Project; onFocus: (code: string) => void };

export function useFocusFollowsView(map: MapLibreMap | null, follow: Follow) {
  const latest = useRef(follow);
  useEffect(() => {
    latest.current = follow;
  });
  useEffect(() => {
    if (!map) return;
    // Where the last move, anyone's, left the zoom: movestart comes too late for it on an ease.
    let lastZoom = map.getZoom();
    const onEnd = (e: MapLibreEvent<unknown>) => {
      const zoomedOut = map.getZoom() < lastZoom - 0.01;
      lastZoom = map.getZoom();
      const { tree, focus, cardOpen, project, onFocus } = latest.current;
      // An open card is about its grid, wherever the view went.
      if (!e.originalEvent || cardOpen || !focus) return;
      const onScreen = (box: BBox): ScreenRect => {
        const a = map.project(project([box[0], box[3]]));
        const b = map.project(project([box[2], box[1]]));
        return [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)];
      };
      const canvas = map.getCanvas();
      const next = focusForView(tree, focus, onScreen, { width: canvas.clientWidth, height: canvas.clientHeight }, zoomedOut);
      if (next && next !== focus) onFocus(next);
    };
    map.on('moveend', onEnd);
    return () => {
      map.off('moveend', onEnd);
    };
  }, [map]);
}
