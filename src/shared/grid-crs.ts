// The coordinate systems a city's grid file may come in. WGS84 and CGCS2000
// agree within centimetres at a city's scale and are taken as they are;
// GCJ-02 (the offset system of Chinese web maps) is shifted back to WGS84
// before the file is checked, so the grids sit where the map draws them.
import gcoordModule from 'gcoord';

export const gridFileCrs = ['wgs84', 'gcj02'] as const;
export type GridFileCrs = (typeof gridFileCrs)[number];

// CommonJS: Node hands over module.exports itself, where TypeScript expects it under .default.
// (The two tsconfigs see the typings differently, so the type is taken from the bundler's view.)
type Crs = string & { readonly crs?: never };
type Gcoord = { transform(p: [number, number], from: Crs, to: Crs): [number, number]; GCJ02: Crs; WGS84: Crs };
const gcoord = ((gcoordModule as unknown as { default?: Gcoord }).default ?? gcoordModule) as Gcoord;

const isPosition = (v: unknown): v is [number, number] => Array.isArray(v) && v.length >= 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);

/**
 * The same collection with every polygon position in WGS84. Anything that is
 * not a position (a bad coordinate, a missing geometry) is left for the
 * validator to report, untouched.
 */
export function gridFileToWgs84(input: unknown, crs: GridFileCrs): unknown {
  if (crs === 'wgs84') return input;
  const walk = (v: unknown): unknown =>
    isPosition(v) ? gcoord.transform([v[0], v[1]], gcoord.GCJ02, gcoord.WGS84) : Array.isArray(v) ? v.map(walk) : v;
  const fc = input as { features?: unknown } | null;
  if (!fc || !Array.isArray(fc.features)) return input;
  return {
    ...fc,
    features: fc.features.map((f: { geometry?: { coordinates?: unknown } | null } | null) =>
      f?.geometry && Array.isArray(f.geometry.coordinates) ? { ...f, geometry: { ...f.geometry, coordinates: walk(f.geometry.coordinates) } } : f,
    ),
  };
}
