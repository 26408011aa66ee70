// Whether the online basemap is reaching the map. A tile server that is down, a key that expired or
// a closed network fails every tile: maplibre logged one console error per tile and the operator saw
// only the offline layers, with nothing saying why. A tile now and then that is missing (beyond the
// provider's coverage) is not an outage: the basemap counts as failing only after several failures
// in a row of one source (天地图's labels are a source of their own), and as working again once a
// tile of each failing source loads.

/** Failed tiles in a row that make an outage rather than a gap in coverage. */
export const FAILURES_FOR_OUTAGE = 4;

export type BasemapHealth = { failing: boolean; failedTiles: number };

export const HEALTHY: BasemapHealth = { failing: false, failedTiles: 0 };

/** Failures in a row per tile source: 天地图's labels can fail while its base loads. */
export type Streaks = ReadonlyMap<string, number>;

/**
 * The health after one more tile of `source` loaded (`ok`) or failed: failing while any source's
 * failures run on, working again once every source loads.
 */
export function nextHealth(h: BasemapHealth, source: string, ok: boolean, streaks: Streaks): { health: BasemapHealth; streaks: Streaks } {
  const next = new Map(streaks);
  next.set(source, ok ? 0 : (streaks.get(source) ?? 0) + 1);
  const failing = [...next.values()].some((n) => n >= FAILURES_FOR_OUTAGE);
  // Counted from the first failure until every source loads again.
  const failedTiles = [...next.values()].every((n) => n === 0) ? 0 : h.failedTiles + (ok ? 0 : 1);
  return { health: { failing, failedTiles }, streaks: next };
}

/** The online basemap's sources (basemap.ts names them so). */
export const isOnlineSource = (id: string | undefined): boolean => !!id && id.startsWith('online-');
