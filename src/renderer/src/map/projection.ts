// Where overlay coordinates go: unchanged (WGS84/CGCS2000, which the offline
// base and 天地图 use), or shifted to GCJ-02 for tile sources drawn in it.
import gcoord from 'gcoord';

export type Project = (p: readonly [number, number]) => [number, number];

export const identity: Project = (p) => [p[0], p[1]];

const toGcj02: Project = (p) => {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [x, y];
};

export const projectionFor = (gcj02: boolean): Project => (gcj02 ? toGcj02 : identity);

const fromGcj02: Project = (p) => {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [x, y];
};

/** Back from where the map draws to WGS84: the inverse of `projectionFor`. */
export const unprojectionFor = (gcj02: boolean): Project => (gcj02 ? fromGcj02 : identity);

/** Every position in a GeoJSON value, rewritten; for the base layers when the basemap is GCJ-02. */
export function projectGeoJson<T>(value: T, project: Project): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number') return project([v[0], v[1]]);
      return v.map(walk);
    }
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = k === 'coordinates' || k === 'geometry' || k === 'features' || k === 'geometries' ? walk(x) : x;
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
