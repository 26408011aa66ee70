// Where the workstation's map is looking, in WGS84: what a case reported "here"
// (with no grid or point picked) is placed at. Over a GCJ-02 basemap the map
// draws in GCJ-02, so its own center is shifted back first.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { unprojectionFor } from './projection.ts';

type View = { map: Pick<MapLibreMap, 'getCenter'>; gcj02: boolean };
let current: View | null = null;

/** The map now on screen; the returned function forgets it (if it is still the one registered). */
export function registerMapView(map: View['map'], gcj02: boolean): () => void {
  const view = { map, gcj02 };
  current = view;
  return () => {
    if (current === view) current = null;
  };
}

export function mapCenterWgs84(): [number, number] | null {
  if (!current) return null;
  const c = current.map.getCenter();
  return unprojectionFor(current.gcj02)([c.lng, c.lat]);
}
