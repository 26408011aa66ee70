// Watches the online basemap's tiles for the map pane's note (basemap-health.ts says when it fails).
// The watch starts with the map, before its style has loaded: the first tiles are asked for by then,
// and an error fired with no listener is one maplibre logs to the console itself.
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { useCallback, useSyncExternalStore } from 'react';
import { HEALTHY, isOnlineSource, nextHealth, type BasemapHealth, type Streaks } from './basemap-health.ts';

type Watch = { health: BasemapHealth; listeners: Set<() => void> };
const watches = new WeakMap<MapLibreMap, Watch>();

/** Starts watching a new map's online tiles; errors of anything else are logged as maplibre would. */
export function watchBasemapTiles(map: MapLibreMap): void {
  const watch: Watch = { health: HEALTHY, listeners: new Set() };
  watches.set(map, watch);
  let streaks: Streaks = new Map();
  const record = (source: string, ok: boolean) => {
    const next = nextHealth(watch.health, source, ok, streaks);
    streaks = next.streaks;
    const changed = next.health.failing !== watch.health.failing || (next.health.failing && next.health.failedTiles !== watch.health.failedTiles);
    watch.health = next.health;
    if (changed) watch.listeners.forEach((l) => l());
  };
  map.on('sourcedata', (e: MapSourceDataEvent) => {
    if (e.tile && isOnlineSource(e.sourceId)) record(e.sourceId, true);
  });
  map.on('error', (e: ErrorEvent & { sourceId?: string }) => {
    if (isOnlineSource(e.sourceId)) record(e.sourceId!, false);
    else console.error(e.error);
  });
}

const NO_UNSUBSCRIBE = () => undefined;

/** The health of the map's online basemap (healthy for a map not watched, or none yet). */
export function useBasemapHealth(map: MapLibreMap | null): BasemapHealth {
  const watch = map ? watches.get(map) : undefined;
  const subscribe = useCallback((onChange: () => void) => {
    if (!watch) return NO_UNSUBSCRIBE;
    watch.listeners.add(onChange);
    return () => void watch.listeners.delete(onChange);
  }, [watch]);
  return useSyncExternalStore(subscribe, () => watch?.health ?? HEALTHY);
}
