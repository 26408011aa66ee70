// One click handler for the whole map, so a click means one thing: a case
// point selects the case, a cluster opens up, and anything else on a grid
// drills toward that grid.
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { CASE_CLUSTER_LAYER, CASE_POINT_LAYER, CASE_SELECTED_POINT_LAYER } from './case-layers.ts';
import { COMMUNITY_HIT_LAYER, GRID_HIT_LAYER } from './grid-layers.ts';

type Handlers = {
  onCase: (id: string) => void;
  onGrid: (code: string, zoom: number) => void;
  /** The zoom at which a cluster on the map falls apart (case-clusters.ts). */
  expansionZoom: (at: [number, number]) => Promise<number | null>;
};

// The selected case's own point first: it is drawn over a cluster, and may be a case the list does not hold.
const CASE_LAYERS = [CASE_SELECTED_POINT_LAYER, CASE_POINT_LAYER, CASE_CLUSTER_LAYER];
/** A few pixels of slack: case points are small targets. */
const SLOP = 4;

export function useMapClicks(map: MapLibreMap | null, handlers: Handlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!map) return;
    const visible = (id: string) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none';
    const onClick = (e: MapMouseEvent) => {
      const box: [[number, number], [number, number]] = [[e.point.x - SLOP, e.point.y - SLOP], [e.point.x + SLOP, e.point.y + SLOP]];
      const caseLayers = CASE_LAYERS.filter(visible);
      const hit = caseLayers.length ? map.queryRenderedFeatures(box, { layers: caseLayers })[0] : undefined;
      if (hit?.properties?.cluster) {
        const center = (hit.geometry as GeoJSON.Point).coordinates as [number, number];
        // No answer (the index has nothing there any more): closer in all the same, as the click asked.
        void latest.current.expansionZoom(center).then((zoom) => map.easeTo({ center, zoom: zoom !== null ? zoom + 0.2 : map.getZoom() + 2 }));
        return;
      }
      if (typeof hit?.properties?.id === 'string') return latest.current.onCase(hit.properties.id);
      // Below the grid zoom the hit is a community: the drill-down takes either code.
      const grid = map.queryRenderedFeatures(e.point, { layers: [GRID_HIT_LAYER, COMMUNITY_HIT_LAYER] })[0];
      const code = grid?.properties?.code;
      if (typeof code === 'string') latest.current.onGrid(code, map.getZoom());
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    const plain = () => (map.getCanvas().style.cursor = '');
    map.on('click', onClick);
    for (const id of CASE_LAYERS) {
      map.on('mouseenter', id, pointer);
      map.on('mouseleave', id, plain);
    }
    return () => {
      map.off('click', onClick);
      for (const id of CASE_LAYERS) {
        map.off('mouseenter', id, pointer);
        map.off('mouseleave', id, plain);
      }
    };
  }, [map]);
}
