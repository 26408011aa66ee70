// Whether the online basemap is reaching the map. A tile server that is down, a key that expired or
// a closed network fails every tile: maplibre logged one console error per tile and the operator saw
// only the offline layers, with nothing saying why. A tile now and then that is missing (beyond the
// provider's coverage) is not an outage: the basemap counts as failing only after several failures
// in a row, and as working again from the first tile that loads.

/** Failed tiles in a row that make an outage rather than a gap in coverage. */
export const FAILURES_FOR_OUTAGE = 4;

export type BasemapHealth = { failing: boolean; failedTiles: number };

export const HEALTHY: BasemapHealth = { failing: false, failedTiles: 0 };

/** The health after one more online tile loaded (`ok`) or failed. */
export function nextHealth(h: BasemapHealth, ok: boolean, streak: number): { health: BasemapHealth; streak: number } {
  if (ok) return { health: HEALTHY, streak: 0 };
  const inRow = streak + 1;
  return { health: { failing: h.failing || inRow >= FAILURES_FOR_OUTAGE, failedTiles: h.failedTiles + 1 }, streak: inRow };
}

/** The online basemap's sources (basemap.ts names them so). */
export const isOnlineSource = (id: string | undefined): boolean => !!id && id.startsWith('online-');
