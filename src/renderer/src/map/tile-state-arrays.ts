// maplibre hands every newly placed tile the feature-states of its whole
// source (SourceFeatureState.initializeTileState) and builds the id → state
// array anew for each tile. With 10,000 states that array is most of what a
// zoom over the city costs right after a big status change: a dozen tiles come
// in at once, each paying for it again. The arrays only change when the
// store's revision does (every applied change bumps it), so the tiles placed
// between two changes can share one. This reaches into maplibre's tile
// manager (public fields, not documented API): where the shape is not what is
// expected it changes nothing and says so.
import type { Map as MapLibreMap } from 'maplibre-gl';

type StateArrays = Record<string, { id: string; state: Record<string, unknown> }[]>;
type TileLike = { setFeatureState(states: StateArrays, style: unknown, revision: number): void };
/** The part of maplibre's SourceFeatureState this relies on. */
export type FeatureStateStore = {
  state: Record<string, Record<string, Record<string, unknown>>>;
  revision: number;
  initializeTileState(tile: TileLike, style: unknown): void;
};

const arraysOf = (state: FeatureStateStore['state']): StateArrays => {
  const out: StateArrays = {};
  for (const layer in state) {
    const byId = state[layer]!;
    const list: StateArrays[string] = [];
    for (const id in byId) list.push({ id, state: byId[id]! });
    out[layer] = list;
  }
  return out;
};

const isStore = (s: unknown): s is FeatureStateStore => {
  const o = s as Partial<FeatureStateStore> | null;
  return !!o && typeof o.initializeTileState === 'function' && typeof o.revision === 'number' && typeof o.state === 'object' && o.state !== null;
};

/** Tiles placed at one revision of the store share its state arrays. True when installed. */
export function shareStateArrays(store: unknown): boolean {
  if (!isStore(store)) return false;
  let shared: { revision: number; arrays: StateArrays } | null = null;
  store.initializeTileState = (tile, style) => {
    if (shared?.revision !== store.revision) shared = { revision: store.revision, arrays: arraysOf(store.state) };
    tile.setFeatureState(shared.arrays, style, store.revision);
  };
  return true;
}

/** The same for a source of the map, through its tile manager. */
export function shareTileStateArrays(map: MapLibreMap, sourceId: string): boolean {
  const managers = (map.style as unknown as { tileManagers?: Record<string, { getState?(): unknown }> } | undefined)?.tileManagers;
  const installed = shareStateArrays(managers?.[sourceId]?.getState?.());
  if (!installed) console.warn(`map: feature-state arrays of '${sourceId}' not shared (maplibre internals changed?)`);
  return installed;
}
