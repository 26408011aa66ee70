// The case layer's source as the live sync sees it: diffs of case points go to
// the cluster worker, and what the map shows — the clusters and points of the
// view in use — comes back and reaches the map's plain GeoJSON source as
// updateData diffs (by id: a case keeps its own, a cluster has one per index).
// Asked again when the view settles and after every change.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import { packCases, type ClusterReply, type ClusterRequest, type ViewBox, type ViewFeature } from './case-cluster-index.ts';
import type { CaseFeature } from './case-features.ts';
import { CASE_SOURCE } from './case-layers.ts';
import { isRemoved } from './map-removed.ts';

/** The part of a Worker this needs; the tests answer in process. */
export type ClusterWorker = { postMessage(req: ClusterRequest, transfer?: Transferable[]): void; onmessage: ((e: { data: ClusterReply }) => void) | null; terminate(): void };

export type CaseClusters = {
  /** A change to the case points (the live sync's diff). */
  updateData(diff: GeoJSONSourceDiff): void;
  /** Every case point anew. */
  setData(data: FeatureCollection): void;
  /** The zoom at which the cluster drawn at this place falls apart (asked at the zoom the clusters drawn were made for). */
  expansionZoom(at: [number, number]): Promise<number | null>;
  /** Settles once the first view with cases in it is on the map's source. */
  ready: Promise<void>;
  /**
   * Changes (updateData and setData calls) handed in, and how many of them the view on the map's
   * source reflects: how far what the map draws is behind.
   */
  progress(): { handed: number; shown: number };
  dispose(): void;
};

/** The view asked for reaches this far beyond the screen on each side, so a short pan finds clusters already there. */
const VIEW_MARGIN = 0.25;
/**
 * After a change, the view is asked again at most this often: each answer is a rebuilt index and a
 * redrawn case layer, and a stream of changes (hundreds a second) would otherwise redraw it back to
 * back. A change is still on the map well within a second.
 */
export const CHANGE_REDRAW_EVERY_MS = 500;
/** A view that has stopped moving for this long is asked for its clusters. */
const MOVE_SETTLE_MS = 100;

export const createClusterWorker = (): ClusterWorker =>
  new Worker(new URL('./case-cluster-worker.ts', import.meta.url), { type: 'module' }) as unknown as ClusterWorker;

export function createCaseClusters(map: MapLibreMap, worker: ClusterWorker = createClusterWorker(), sourceId = CASE_SOURCE): CaseClusters {
  // What the source holds now, by id, with a key that changes when what is drawn for it does.
  const shown = new Map<string, string>();
  let seq = 0;
  let viewAsked = 0;
  // The zoom the view in flight was asked at.
  let zoomAsked = 0;
  // The view the map draws: its question and zoom, once the source has taken its clusters in.
  let drawn: { seq: number; zoom: number } | null = null;
  let inFlight = false;
  let askAgain = false;
  let hasCases = false;
  // Changes handed in, those the view in flight was asked after, and those the source's view reflects.
  let changes = 0;
  let changesAsked = 0;
  let changesShown = 0;
  const expansions = new Map<number, (zoom: number | null) => void>();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const box = (): ViewBox => {
    const b = map.getBounds();
    const dx = (b.getEast() - b.getWest()) * VIEW_MARGIN;
    const dy = (b.getNorth() - b.getSouth()) * VIEW_MARGIN;
    return [b.getWest() - dx, Math.max(-85, b.getSouth() - dy), b.getEast() + dx, Math.min(85, b.getNorth() + dy)];
  };
  // One question at a time: a burst of changes or moves asks once more when the answer comes, not once each.
  const askView = () => {
    if (isRemoved(map)) return;
    if (inFlight) {
      askAgain = true;
      return;
    }
    inFlight = true;
    viewAsked = ++seq;
    changesAsked = changes;
    zoomAsked = map.getZoom();
    worker.postMessage({ type: 'view', seq: viewAsked, box: box(), zoom: zoomAsked });
  };
  /** Takes a view's clusters into the source; resolves once the source has them (not before: the map draws the last view until then). */
  const show = (features: ViewFeature[]): Promise<unknown> => {
    const next = new Map<string, string>();
    const add: ViewFeature[] = [];
    const remove: string[] = [];
    for (const f of features) {
      const key = `${f.geometry.coordinates.join(',')}|${JSON.stringify(f.properties)}`;
      next.set(f.properties.id, key);
      const before = shown.get(f.properties.id);
      if (before === key) continue;
      if (before !== undefined) remove.push(f.properties.id);
      add.push(f);
    }
    for (const id of shown.keys()) if (!next.has(id)) remove.push(id);
    shown.clear();
    for (const [id, key] of next) shown.set(id, key);
    const taken = add.length || remove.length ? map.getSource<GeoJSONSource>(sourceId)?.updateData({ add, remove } as GeoJSONSourceDiff) : undefined;
    if (hasCases) markReady();
    return Promise.resolve(taken);
  };
  worker.onmessage = ({ data }) => {
    if (data.type === 'expand') {
      expansions.get(data.seq)?.(data.zoom);
      expansions.delete(data.seq);
      return;
    }
    if (data.seq !== viewAsked || isRemoved(map)) return;
    inFlight = false;
    const view = { seq: data.seq, zoom: zoomAsked };
    void show(data.features).then(() => {
      if (!drawn || drawn.seq < view.seq) drawn = view;
    });
    changesShown = changesAsked;
    if (askAgain) {
      askAgain = false;
      askView();
    }
  };
  // A flight or a drag settles once; a scripted one (a jump a frame) is asked about when it rests.
  let moveTimer: ReturnType<typeof setTimeout> | null = null;
  const onMoveEnd = () => {
    if (moveTimer) clearTimeout(moveTimer);
    moveTimer = setTimeout(() => {
      moveTimer = null;
      askView();
    }, MOVE_SETTLE_MS);
  };
  map.on('moveend', onMoveEnd);

  let changeTimer: ReturnType<typeof setTimeout> | null = null;
  let lastChangeAsk = -Infinity;
  const askAfterChange = () => {
    if (changeTimer) return;
    changeTimer = setTimeout(() => {
      changeTimer = null;
      lastChangeAsk = performance.now();
      askView();
    }, Math.max(0, lastChangeAsk + CHANGE_REDRAW_EVERY_MS - performance.now()));
  };
  const updateData = (diff: GeoJSONSourceDiff) => {
    changes++;
    const { add, ...rest } = diff;
    if (add?.length) {
      hasCases = true;
      const added = packCases(add as CaseFeature[]);
      worker.postMessage({ type: 'apply', diff: rest, added }, [added.xy.buffer, added.priority.buffer, added.state.buffer, added.pending.buffer]);
    } else worker.postMessage({ type: 'apply', diff: rest });
    askAfterChange();
  };
  return {
    updateData,
    setData: (data) => updateData({ removeAll: true, add: data.features as GeoJSONSourceDiff['add'] }),
    expansionZoom(at) {
      const asked = ++seq;
      return new Promise((resolve) => {
        expansions.set(asked, resolve);
        worker.postMessage({ type: 'expand', seq: asked, at, zoom: drawn?.zoom ?? map.getZoom(), view: drawn?.seq });
      });
    },
    ready,
    progress: () => ({ handed: changes, shown: changesShown }),
    dispose() {
      map.off('moveend', onMoveEnd);
      if (changeTimer) clearTimeout(changeTimer);
      if (moveTimer) clearTimeout(moveTimer);
      worker.terminate();
      for (const resolve of expansions.values()) resolve(null);
      expansions.clear();
    },
  };
}
