// Grid polygons as vector tiles. A city's 100,000 grids sent to the map as
// GeoJSON make maplibre's one worker parse and re-tile all of them before the
// first frame; cut into tiles here once per grid-data version, the map only
// decodes the few tiles in view. Below GRID_TILE_MINZOOM a grid is a few
// pixels, so tiles there hold one outline per community (its grids' shared
// edges cancelled, community-outline.ts: a general union of 100,000 rings
// costs tens of seconds, this well under one).
// Tiles are encoded on first request and kept.
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import gcoordModule from 'gcoord';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Grid } from '../../shared/domain/model.ts';
import { communityOutline } from './community-outline.ts';
import { union as polygonUnion } from 'polyclip-ts';
import { COMMUNITY_TILE_LAYER, GRID_TILE_LAYER, GRID_TILE_MAXZOOM, GRID_TILE_MINZOOM, type GridCrs } from '../../shared/grid-tiles.ts';

type Pt = [number, number];


// CommonJS: Node hands over module.exports itself, where TypeScript expects it under .default.
const gcoord = ((gcoordModule as { default?: unknown }).default ?? gcoordModule) as typeof gcoordModule.default;
const toGcj02 = (p: readonly [number, number]): Pt => gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord.GCJ02) as [number, number];

type Indexes = { grids: GeoJSONVT; communities: GeoJSONVT; count: number };

/** What is slow about tiles, measured, for the benchmark and the log. */
export type GridTileStats = { indexMs: number; grids: number };

export type GridTiles = {
  /** The encoded tile (Mapbox Vector Tile, uncompressed), or an empty array where no grid lies. */
  tile(z: number, x: number, y: number, crs: GridCrs): Uint8Array;
  /** Build the index now (it is otherwise built on the first tile request). */
  prepare(crs: GridCrs): GridTileStats;
};

/**
 * `source.version()` changes whenever the grids do (the reference data's fetch
 * time) and is asked on every tile; a new version drops index and tiles.
 */
export function createGridTiles(source: { version(): string; grids(): readonly Grid[] }, maxCachedTiles = 4096): GridTiles {
  let version: string | null = null;
  const indexes = new Map<GridCrs, Indexes>();
  const tiles = new Map<string, Uint8Array>();

  const index = (crs: GridCrs): { vt: Indexes; stats: GridTileStats } => {
    const v = source.version();
    if (v !== version) {
      version = v;
      indexes.clear();
      tiles.clear();
    }
    const have = indexes.get(crs);
    if (have) return { vt: have, stats: { indexMs: 0, grids: have.count } };
    const grids = source.grids();
    const t0 = performance.now();
    const project = crs === 'gcj02' ? toGcj02 : (p: readonly [number, number]): Pt => [p[0], p[1]];
    // Outlined as stored (WGS84): GCJ-02 bends straight edges, so a corner on a neighbour's edge would no longer lie on it.
    const byCommunity = new Map<string, Grid[]>();
    const gridFeatures = grids.map((g) => {
      const projected = { ring: g.ring.map(project), holes: (g.holes ?? []).map((h) => h.map(project)) };
      const community = byCommunity.get(g.communityCode);
      if (community) community.push(g);
      else byCommunity.set(g.communityCode, [g]);
      // The code alone: it is the feature id (promoteId) for status and clicks; names are drawn
      // from the label points, and every property is decoded for every feature of a tile the map parses.
      return { type: 'Feature' as const, geometry: { type: 'Polygon' as const, coordinates: [projected.ring, ...projected.holes] }, properties: { code: g.code } };
    });
    const communityFeatures = [...byCommunity].map(([code, parts]) => ({ type: 'Feature' as const, geometry: communityShape(parts, project), properties: { code } }));
    const vt: Indexes = {
      count: grids.length,
      // Polygons need no room for labels; a small buffer keeps seams out of the fill.
      // Tiles are cut on demand (geojson-vt's default index): pre-cutting a whole city would hold the
      // core's event loop for seconds, and every other query with it.
      grids: new GeoJSONVT({ type: 'FeatureCollection', features: gridFeatures }, { maxZoom: GRID_TILE_MAXZOOM, buffer: 16 }),
      // The communities, by contrast, are cut to their last zoom now: a tenth of the grids' size, it costs
      // little more than the index itself, and the city view's first tiles no longer wait ~300 ms for
      // their split down from z5. Simplified to 2 px (16 of a tile's 4096 units, drawn 512 px wide)
      // instead of geojson-vt's ⅜ px: a community at city scale is a status wash, and an outline's every
      // bend would otherwise be parsed by the map, four times the corners of a hull.
      communities: new GeoJSONVT(
        { type: 'FeatureCollection', features: communityFeatures },
        { maxZoom: GRID_TILE_MINZOOM - 1, indexMaxZoom: GRID_TILE_MINZOOM - 1, indexMaxPoints: 0, buffer: 16, tolerance: 16 },
      ),
    };
    indexes.set(crs, vt);
    return { vt, stats: { indexMs: performance.now() - t0, grids: grids.length } };
  };

  return {
    prepare: (crs) => index(crs).stats,
    tile(z, x, y, crs) {
      const { vt } = index(crs);
      const key = `${crs}/${z}/${x}/${y}`;
      const cached = tiles.get(key);
      if (cached) return cached;
      const [layer, t] = z < GRID_TILE_MINZOOM ? [COMMUNITY_TILE_LAYER, vt.communities.getTile(z, x, y)] : [GRID_TILE_LAYER, vt.grids.getTile(z, x, y)];
      const bytes = t && t.features.length ? fromGeojsonVt({ [layer]: t }, { version: 2, extent: 4096 }) : new Uint8Array(0);
      if (tiles.size >= maxCachedTiles) tiles.delete(tiles.keys().next().value!);
      tiles.set(key, bytes);
      return bytes;
    },
  };
}

/**
 * A community at city scale: the outline of its grids where they tile it, else (grids that
 * overlap, which the import lets through below 50 m²) their union, which covers exactly its own
 * ground, as a convex hull would not (an L of rural grids spans up to four times its area and
 * would paint its neighbours in its status), and stays whole when zoomed out, as its grids
 * apart would not: the tiles drop every ring under 2 px. A general union costs milliseconds a
 * community, so it is kept for the few the exact outline cannot take; where even it fails, the
 * grids themselves.
 */
function communityShape(grids: readonly Grid[], project: (p: readonly [number, number]) => Pt): Polygon | MultiPolygon {
  const outline = communityOutline(grids) ?? unionOf(grids) ?? grids.map((g) => [g.ring, ...(g.holes ?? [])]);
  const polygons = outline.map((rings) => rings.map((r) => r.map(project)));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

function unionOf(grids: readonly Grid[]): Pt[][][] | null {
  const [first, ...rest] = grids.map((g): Pt[][] => [g.ring.map((p): Pt => [p[0], p[1]]), ...(g.holes ?? []).map((h) => h.map((p): Pt => [p[0], p[1]]))]);
  try {
    const union = polygonUnion(first!, ...rest);
    return union.length > 0 ? union : null;
  } catch {
    return null;
  }
}

