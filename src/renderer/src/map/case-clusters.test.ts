// The case clusters kept off the map: the index clusters as maplibre's clustered
// source did, and the layer hands the map's plain source only the view's
// clusters and points, as diffs that leave alone what did not change.
import type { GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerClusterRequest, createCaseClusterIndex, packCases, unpackCases, type ClusterReply, type ClusterRequest, type ViewFeature } from './case-cluster-index.ts';
import { createCaseClusters, type ClusterWorker } from './case-clusters.ts';
import { CLUSTER_MAX_ZOOM } from './case-layers.ts';
import type { CaseFeature } from './case-features.ts';

const point = (id: string, x: number, y: number, priority = 'normal'): CaseFeature => ({
  type: 'Feature', id, geometry: { type: 'Point', coordinates: [x, y] }, properties: { id, priority, state: 'reported', pending: false },
});
/** Two groups of cases 0.2° apart, the first with three critical ones. */
const groups = () => [
  ...Array.from({ length: 300 }, (_, i) => point(`a${i}`, 130.3 + (i % 20) * 0.0003, 46.8 + Math.floor(i / 20) * 0.0003, i < 3 ? 'critical' : 'normal')),
  ...Array.from({ length: 200 }, (_, i) => point(`b${i}`, 130.5 + (i % 20) * 0.0003, 46.8 + Math.floor(i / 20) * 0.0003)),
];
const CITY: [number, number, number, number] = [129.5, 46.3, 131.5, 47.3];
const clustersOf = (fs: ViewFeature[]) => fs.filter((f) => 'cluster' in f.properties);

describe('the case cluster index', () => {
  it('packs cases for the worker and unpacks them as they were', () => {
    const cases = [point('x1', 130.1, 46.1, 'critical'), { ...point('x2', 130.2, 46.2), properties: { id: 'x2', priority: 'normal', state: 'handling', pending: true } }];
    const packed = packCases(cases);
    expect(packed.words.length).toBeLessThanOrEqual(4);
    expect(unpackCases(structuredClone(packed))).toEqual(cases);
  });

  it('clusters the city view as the map did, with each cluster counting its critical cases', () => {
    const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
    index.apply({ add: groups() });
    const city = index.view(CITY, 10.3);
    expect(city).toHaveLength(2);
    expect(city.map((f) => f.properties).map((p) => ['point_count' in p ? p.point_count : 0, 'critical' in p ? p.critical : -1]).sort()).toEqual([[200, 0], [300, 3]]);
    // Past the last clustered zoom every case is its own point, by its own id.
    const street = index.view([130.29, 46.79, 130.31, 46.81], CLUSTER_MAX_ZOOM + 1);
    expect(clustersOf(street)).toEqual([]);
    expect(street.map((f) => f.properties.id)).toContain('a0');
  });

  it('follows changes, keeps the id of a cluster no change touched, and says where a cluster falls apart', () => {
    const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
    index.apply({ add: groups() });
    const idOf = (fs: ViewFeature[], count: number) => fs.find((f) => 'point_count' in f.properties && f.properties.point_count === count)?.properties.id;
    const before = index.view(CITY, 10);
    index.apply({ remove: ['b0'] });
    const after = index.view(CITY, 10);
    expect(idOf(after, 300)).toBe(idOf(before, 300));
    expect(idOf(after, 199)).toBeDefined();
    expect(idOf(after, 199)).not.toBe(idOf(before, 200));
    index.apply({ update: [{ id: 'a3', addOrUpdateProperties: [{ key: 'priority', value: 'critical' }] }] });
    const a = index.view(CITY, 10).find((f) => 'point_count' in f.properties && f.properties.point_count === 300)!;
    expect(a.properties).toMatchObject({ critical: 4 });
    expect(index.expansionZoom(a.geometry.coordinates as [number, number], 10)).toBeGreaterThan(10);
    expect(index.expansionZoom([0, 0], 10)).toBeNull();
  });

  it('says where a drawn cluster falls apart even after changes took it away, until the next view', () => {
    const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
    index.apply({ add: groups() });
    const b = index.view(CITY, 10).find((f) => 'point_count' in f.properties && f.properties.point_count === 200)!;
    const at = b.geometry.coordinates as [number, number];
    // The second group's cases all close before the map is redrawn: the click is on the cluster still drawn.
    index.apply({ remove: Array.from({ length: 200 }, (_, i) => `b${i}`) });
    expect(index.expansionZoom(at, 10)).toBeGreaterThan(10);
    // Once the map has the new view, there is nothing there any more.
    index.view(CITY, 10);
    expect(index.expansionZoom(at, 10)).toBeNull();
  });

  it('answers a click about the view the map draws, while a newer one is still on its way to the map', () => {
    const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
    index.apply({ add: groups() });
    const b = index.view(CITY, 10, 1).find((f) => 'point_count' in f.properties && f.properties.point_count === 200)!;
    const at = b.geometry.coordinates as [number, number];
    index.apply({ remove: Array.from({ length: 200 }, (_, i) => `b${i}`) });
    index.view(CITY, 10, 2);
    // View 2 is answered but the map still draws view 1.
    expect(index.expansionZoom(at, 10, 1)).toBeGreaterThan(10);
    expect(index.expansionZoom(at, 10, 2)).toBeNull();
  });
});

/** A map that records its case source's diffs, and a worker that answers in the same process. */
function fakes() {
  const diffs: GeoJSONSourceDiff[] = [];
  const asked: ClusterRequest[] = [];
  const listeners = new Map<string, () => void>();
  let bounds = CITY;
  let zoom = 10.3;
  const map = {
    getBounds: () => ({ getWest: () => bounds[0], getSouth: () => bounds[1], getEast: () => bounds[2], getNorth: () => bounds[3] }),
    getZoom: () => zoom,
    on: (type: string, f: () => void) => void listeners.set(type, f),
    off: (type: string) => void listeners.delete(type),
    getSource: () => ({ updateData: (d: GeoJSONSourceDiff) => void diffs.push(d) }),
  } as unknown as MapLibreMap;
  const index = createCaseClusterIndex(CLUSTER_MAX_ZOOM);
  const worker: ClusterWorker = {
    onmessage: null,
    postMessage(req: ClusterRequest) {
      asked.push(req);
      const reply = answerClusterRequest(index, structuredClone(req));
      if (reply) queueMicrotask(() => worker.onmessage?.({ data: structuredClone(reply) as ClusterReply }));
    },
    terminate: () => undefined,
  };
  const move = (box: typeof CITY, z: number) => {
    bounds = box;
    zoom = z;
    listeners.get('moveend')?.();
  };
  return { map, worker, diffs, move, asked };
}
const settle = async () => {
  await vi.runAllTimersAsync();
};

describe('the case cluster layer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands the map only the view’s clusters, then only what a change or a move alters', async () => {
    const { map, worker, diffs, move, asked } = fakes();
    const layer = createCaseClusters(map, worker);
    layer.updateData({ add: groups() });
    await settle();
    await layer.ready;
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.add).toHaveLength(2);
    expect(layer.progress()).toEqual({ handed: 1, shown: 1 });
    // A click on a cluster asks the worker where it falls apart.
    const big = diffs[0]!.add!.find((f) => (f.properties as { point_count: number }).point_count === 300)!;
    const expansion = layer.expansionZoom((big.geometry as GeoJSON.Point).coordinates as [number, number]);
    await settle();
    expect(await expansion).toBeGreaterThan(10);
    // A wheel zoom has begun and the clusters drawn are still the z10.3 view's: a click is about those.
    move(CITY, 11.6);
    void layer.expansionZoom((big.geometry as GeoJSON.Point).coordinates as [number, number]);
    expect(asked.at(-1)).toMatchObject({ type: 'expand', zoom: 10.3 });
    move(CITY, 10.3); // and back before it settled
    await settle();

    // One case of the second group goes: its cluster is redrawn, the first group's is left alone.
    layer.updateData({ remove: ['b7'] });
    expect(layer.progress()).toEqual({ handed: 2, shown: 1 });
    await settle();
    expect(layer.progress()).toEqual({ handed: 2, shown: 2 });
    expect(diffs).toHaveLength(2);
    expect(diffs[1]!.add).toHaveLength(1);
    expect(diffs[1]!.remove).toHaveLength(1);
    expect((diffs[1]!.add![0]!.properties as { point_count: number }).point_count).toBe(199);

    // A burst of changes is drawn once, not once each.
    for (let i = 0; i < 20; i++) layer.updateData({ remove: [`b${20 + i}`] });
    await settle();
    expect(diffs).toHaveLength(3);
    expect(layer.progress()).toEqual({ handed: 22, shown: 22 });

    // Into the street: the first group's cases one by one, by their own ids.
    move([130.299, 46.799, 130.307, 46.806], CLUSTER_MAX_ZOOM + 1);
    await settle();
    expect(diffs).toHaveLength(4);
    expect(diffs[3]!.add!.map((f) => (f.properties as { id: string }).id)).toContain('a0');
    layer.dispose();
  });
});
