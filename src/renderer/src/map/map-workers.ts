// How many web workers maplibre parses sources on. Its default on a two-core
// workstation is one, which then indexes the clustered case points (tens of
// thousands at city scale) before it decodes a single grid tile; with two,
// grid tiles go on decoding beside the cluster index, and the map is ready
// sooner. Both workers idle between data changes.
import * as maplibregl from 'maplibre-gl';

export const MAP_WORKER_COUNT = 2;

export function configureMapWorkers(): void {
  maplibregl.setWorkerCount(Math.max(MAP_WORKER_COUNT, Math.floor((navigator.hardwareConcurrency || 2) / 2)));
}
