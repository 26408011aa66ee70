// A map taken away (a new basemap or coordinate system builds a new one) is
// removed at once, while the live syncs and the case clusters fed from it are
// disposed a render later; a frame or a worker's reply in between must do
// nothing, for every call on a removed map throws.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** maplibre marks a map removed (`_removed`, internal: there is no public flag); its style is gone by then. */
export const isRemoved = (map: MapLibreMap): boolean => (map as unknown as { _removed?: boolean })._removed === true;
