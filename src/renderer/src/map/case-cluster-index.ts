// The case points clustered for one view at a time, as maplibre's clustered
// GeoJSON source would draw them (supercluster, 40 px, clusters to z13, a
// cluster counting its critical and urgent cases), but kept here: the map's
// source then holds only the clusters and points in view, a few hundred, and
// not a copy of every case. Pure: the cluster worker runs it, and the tests.
import { Supercluster } from '@maplibre/geojson-vt';
import type { Feature, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { CaseFeature, CaseFeatureProps } from './case-features.ts';

export const CLUSTER_RADIUS_PX = 40;

/**
 * A cluster as the layers draw it. Its `id` names it in the source by zoom and place, so a cluster
 * that a rebuild leaves as it was keeps its id and is not redrawn (a case's id names a point).
 */
export type ClusterProps = { id: string; cluster: true; point_count: number; point_count_abbreviated: string | number; critical: number; urgent: number };
export type ViewFeature = Feature<Point, CaseFeatureProps | ClusterProps>;
/** West, south, east, north, in the coordinates the map draws in. */
export type ViewBox = [number, number, number, number];

export type CaseClusterIndex = {
  /** A diff as the map's case source would take it (updateData), applied to the cases held. */
  apply(diff: GeoJSONSourceDiff): void;
  /** The clusters and points in a box at a zoom (the integer zoom the map's tiles are at); `seq` names the view for expansionZoom. */
  view(box: ViewBox, zoom: number, seq?: number): ViewFeature[];
  /**
   * The zoom at which the cluster drawn at this place and zoom falls apart (null: none there), as the
   * index that made the view the map draws (`seq`; without it, the last view) has it, however many
   * changes came since.
   */
  expansionZoom(at: [number, number], zoom: number, seq?: number): number | null;
  size(): number;
};

type Counts = { critical: number; urgent: number };

/** Views whose index is kept for clicks: the one drawn, and those answered since but not yet on the map. */
const VIEWS_KEPT = 3;

const clusterId = (z: number, x: number, y: number) => `cluster:${z}:${x.toFixed(7)},${y.toFixed(7)}`;

export function createCaseClusterIndex(maxZoom: number): CaseClusterIndex {
  const cases = new Map<string, CaseFeature>();
  let index: Supercluster | null = null;
  // The indexes the last few views came from, by view: the map draws one of them until the next is in.
  const viewed = new Map<number, Supercluster>();
  let lastViewed: Supercluster | null = null;

  const build = () => {
    const next = new Supercluster({
      radius: CLUSTER_RADIUS_PX,
      maxZoom,
      map: (p: Record<string, unknown>): Counts => ({ critical: p.priority === 'critical' ? 1 : 0, urgent: p.priority === 'urgent' ? 1 : 0 }),
      reduce: (into: Counts, from: Counts) => {
        into.critical += from.critical;
        into.urgent += from.urgent;
      },
    } as never);
    next.load([...cases.values()] as never);
    return next;
  };

  return {
    apply(diff) {
      if (diff.removeAll) cases.clear();
      for (const id of diff.remove ?? []) cases.delete(String(id));
      for (const f of (diff.add ?? []) as CaseFeature[]) cases.set(f.properties.id, f);
      for (const u of diff.update ?? []) {
        const before = cases.get(String(u.id));
        if (!before) continue;
        const properties = { ...before.properties };
        for (const { key, value } of u.addOrUpdateProperties ?? []) (properties as Record<string, unknown>)[key] = value;
        cases.set(before.properties.id, { ...before, geometry: (u.newGeometry as Point | undefined) ?? before.geometry, properties });
      }
      index = null;
    },
    view(box, zoom, seq) {
      index ??= build();
      lastViewed = index;
      if (seq !== undefined) {
        viewed.set(seq, index);
        for (const old of viewed.keys()) if (viewed.size > VIEWS_KEPT) viewed.delete(old);
      }
      const z = Math.floor(zoom);
      return index.getClusters(box, z).map((f) => {
        const { cluster_id: _ignored, ...p } = f.properties as Record<string, unknown>;
        if (!p.cluster) return f as ViewFeature;
        const [x, y] = (f.geometry as Point).coordinates as [number, number];
        return { type: 'Feature', geometry: f.geometry as Point, properties: { ...(p as Omit<ClusterProps, 'id'>), id: clusterId(z, x, y) } };
      });
    },
    expansionZoom([x, y], zoom, seq) {
      const drawn = (seq !== undefined ? viewed.get(seq) : undefined) ?? lastViewed ?? (index ??= build());
      const z = Math.floor(zoom);
      // Within a few pixels at that zoom (the index stores places rounded), the nearest cluster.
      const near = (4 * 360) / (512 * 2 ** z);
      let best: { id: number; d: number } | null = null;
      for (const f of drawn.getClusters([x - near, y - near, x + near, y + near], z)) {
        const p = f.properties as { cluster?: boolean; cluster_id?: number };
        if (!p.cluster) continue;
        const [fx, fy] = (f.geometry as Point).coordinates as [number, number];
        const d = Math.hypot(fx - x, fy - y);
        if (!best || d < best.d) best = { id: p.cluster_id!, d };
      }
      return best ? drawn.getClusterExpansionZoom(best.id) : null;
    },
    size: () => cases.size,
  };
}

/**
 * Cases added, packed for the trip to the worker: a city's tens of thousands as a few flat arrays
 * (the places transferred, not copied) instead of as many small objects to clone one by one.
 */
export type PackedCases = { ids: string[]; xy: Float64Array; words: string[]; priority: Uint8Array; state: Uint8Array; pending: Uint8Array };

export function packCases(features: readonly CaseFeature[]): PackedCases {
  const n = features.length;
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const word = (w: string) => {
    let i = wordIndex.get(w);
    if (i === undefined) wordIndex.set(w, (i = words.push(w) - 1));
    return i;
  };
  const packed: PackedCases = { ids: new Array<string>(n), xy: new Float64Array(n * 2), words, priority: new Uint8Array(n), state: new Uint8Array(n), pending: new Uint8Array(n) };
  features.forEach((f, i) => {
    packed.ids[i] = f.properties.id;
    packed.xy[i * 2] = f.geometry.coordinates[0]!;
    packed.xy[i * 2 + 1] = f.geometry.coordinates[1]!;
    packed.priority[i] = word(f.properties.priority);
    packed.state[i] = word(f.properties.state);
    packed.pending[i] = f.properties.pending ? 1 : 0;
  });
  return packed;
}

export function unpackCases(p: PackedCases): CaseFeature[] {
  return p.ids.map((id, i) => ({
    type: 'Feature', id, geometry: { type: 'Point', coordinates: [p.xy[i * 2]!, p.xy[i * 2 + 1]!] },
    properties: { id, priority: p.words[p.priority[i]!]!, state: p.words[p.state[i]!]!, pending: p.pending[i] === 1 },
  }));
}

/** What the page asks the cluster worker, in order: each question sees every change sent before it. */
export type ClusterRequest =
  | { type: 'apply'; diff: GeoJSONSourceDiff; added?: PackedCases }
  | { type: 'view'; seq: number; box: ViewBox; zoom: number }
  | { type: 'expand'; seq: number; at: [number, number]; zoom: number; view?: number };
export type ClusterReply = { type: 'view'; seq: number; features: ViewFeature[] } | { type: 'expand'; seq: number; zoom: number | null };

export function answerClusterRequest(index: CaseClusterIndex, req: ClusterRequest): ClusterReply | null {
  if (req.type === 'apply') {
    index.apply(req.added ? { ...req.diff, add: [...(req.diff.add ?? []), ...unpackCases(req.added)] } : req.diff);
    return null;
  }
  if (req.type === 'view') return { type: 'view', seq: req.seq, features: index.view(req.box, req.zoom, req.seq) };
  return { type: 'expand', seq: req.seq, zoom: index.expansionZoom(req.at, req.zoom, req.view) };
}
