// How many web workers maplibre parses sources on. Its default on a two-core
// workstation is one. The case clusters have their own worker now
// (case-cluster-worker.ts), so maplibre's parse only tiles; with two, the grid
// tiles of a view decode side by side. On the two-core bench box one and two
// measured alike (docs/benchmarks.md, run M); two is kept for the wider
// workstations and walls it helps. Both workers idle between data changes.
import * as maplibregl from 'maplibre-gl';

export const MAP_WORKER_COUNT = 2;

export function configureMapWorkers(): void {
  maplibregl.setWorkerCount(Math.max(MAP_WORKER_COUNT, Math.floor((navigator.hardwareConcurrency || 2) / 2)));
}
