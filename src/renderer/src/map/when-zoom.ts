// Run something once the map is first zoomed in to a level: data only shown
// from there on need not be sent to the worker before.
import type { Map as MapLibreMap } from 'maplibre-gl';

export function whenZoomReaches(map: MapLibreMap, zoom: number, run: () => void): () => void {
  if (map.getZoom() >= zoom) {
    run();
    return () => undefined;
  }
  const check = () => {
    if (map.getZoom() < zoom) return;
    map.off('zoom', check);
    run();
  };
  map.on('zoom', check);
  return () => map.off('zoom', check);
}
