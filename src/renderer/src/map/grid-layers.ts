// The grids: polygons filled by live status (through feature-state, keyed by
// the 15-digit grid code), their outlines, and name/code labels when zoomed
// in far enough to read them.
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { AddLayerObject, ExpressionSpecification, GeoJSONSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { Grid } from '../../../shared/domain/model.ts';
import { COMMUNITY_TILE_LAYER, GRID_TILE_LAYER, GRID_TILE_MAXZOOM, GRID_TILE_MINZOOM as GRID_MINZOOM, type GridCrs } from '../../../shared/grid-tiles.ts';
import { polygonLabelPoint, polygonRings } from '../../../shared/geo.ts';
import type { Project } from './projection.ts';

export const GRID_SOURCE = 'grids';
/** The same tiles below the grid zoom, as a source of their own: see communitySource. */
export const COMMUNITY_SOURCE = 'communities';
/** Both take the same tile URL; a new version of the grids is a new URL for both. */
export const GRID_TILE_SOURCES = [GRID_SOURCE, COMMUNITY_SOURCE] as const;
export const GRID_LABEL_SOURCE = 'grid-labels';
/** The focused grid alone (the grid card's): see GRID_FOCUS_LAYER. */
export const GRID_FOCUS_SOURCE = 'grid-focus';
export const GRID_FILL_LAYER = 'grid-fill';
/** Invisible, always on: grids stay clickable when the status fill is switched off. */
export const GRID_HIT_LAYER = 'grid-hit';
export const GRID_LINE_LAYER = 'grid-line';
export const GRID_FOCUS_LAYER = 'grid-focus';
export const GRID_LABEL_LAYER = 'grid-label';
export const COMMUNITY_FILL_LAYER = 'community-fill';
export const COMMUNITY_HIT_LAYER = 'community-hit';
export const GRID_LABEL_MINZOOM = 13;

export type GridFeatureProps = { code: string; name: string; community: string };

export function gridsToGeoJson(grids: readonly Grid[], project: Project): FeatureCollection<Polygon, GridFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: grids.map((g) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: polygonRings(g).map((r) => r.map(project)) },
      properties: { code: g.code, name: g.name, community: g.communityCode },
    })),
  };
}

/** One label point per grid: labels placed from polygons repeat on every tile a grid spans. */
/** `nameOf`: the grid's name as the map shows it (in English, its pinyin name). */
export function gridLabelPoints(grids: readonly Grid[], project: Project, nameOf: (g: Grid) => string = (g) => g.name): FeatureCollection<Point, GridFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: grids.map((g) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: project(polygonLabelPoint(g)) },
      properties: { code: g.code, name: nameOf(g), community: g.communityCode },
    })),
  };
}

/**
 * The grids come as vector tiles cut by the core (grids://, see
 * grid-protocol.ts): two layers, community outlines below GRID_MINZOOM and the
 * grids themselves from there. promoteId makes the code the feature id, so
 * feature-state addresses a grid (or a community) by its code.
 *
 * Each tile layer is a source of its own, over the same tiles split by zoom (so
 * no tile is asked for twice): maplibre hands a newly placed tile the states of
 * its whole source, every source layer, and looks each one up in the tile. A
 * community tile then goes through the communities' states only, a grid tile
 * through the grids'.
 */
export const gridTileUrl = (version: string, crs: GridCrs) => `grids://${crs}/{z}/{x}/{y}?v=${encodeURIComponent(version)}`;
export const gridSource = (tileUrl: string): VectorSourceSpecification => ({
  type: 'vector', tiles: [tileUrl], minzoom: GRID_MINZOOM, maxzoom: GRID_TILE_MAXZOOM, promoteId: 'code',
});
export const communitySource = (tileUrl: string): VectorSourceSpecification => ({
  type: 'vector', tiles: [tileUrl], minzoom: 0, maxzoom: GRID_MINZOOM - 1, promoteId: 'code',
});

export const gridFocusSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({ type: 'geojson', data });

export const gridLabelSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({
  type: 'geojson', data, promoteId: 'code', buffer: 64, maxzoom: 14,
});

/** Status colors: quiet grids nearly vanish into the navy; trouble is warm. */
export const GRID_COLORS = { quiet: '#2f6fb0', open: '#1f8fff', warning: '#faad14', overdue: '#ff4d4f' } as const;
const level: ExpressionSpecification = ['coalesce', ['feature-state', 'level'], 'quiet'];
const hexRgba = (hex: string, alpha: number) => `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},${alpha})`;
/**
 * The status fill with its opacity folded into the color. A newly placed tile
 * re-evaluates every state-dependent paint value for every feature with a
 * state, and so does every tile in view for each batch of changes: one value
 * per feature (not a color and an opacity), and no zoom curve (which would be
 * evaluated at two zooms and stored twice per vertex). Quiet fills keep one
 * faint opacity at every zoom.
 */
const statusFill = (quietOpacity: number): ExpressionSpecification => [
  'match', level,
  'overdue', hexRgba(GRID_COLORS.overdue, 0.55), 'warning', hexRgba(GRID_COLORS.warning, 0.5), 'open', hexRgba(GRID_COLORS.open, 0.35),
  hexRgba(GRID_COLORS.quiet, quietOpacity),
];

const communityLayers: AddLayerObject[] = [
  { id: COMMUNITY_HIT_LAYER, type: 'fill', source: COMMUNITY_SOURCE, 'source-layer': COMMUNITY_TILE_LAYER, maxzoom: GRID_MINZOOM, paint: { 'fill-color': '#000000', 'fill-opacity': 0 } },
  {
    // A community takes the worst status of its grids (written by the live sync under the community code).
    id: COMMUNITY_FILL_LAYER, type: 'fill', source: COMMUNITY_SOURCE, 'source-layer': COMMUNITY_TILE_LAYER, maxzoom: GRID_MINZOOM,
    paint: {
      'fill-color': statusFill(0.065),
      // Faint and the same for every status (an outline color per status would be one more value per feature).
      'fill-outline-color': 'rgba(91,155,213,0.035)',
    },
  },
];

export const gridLayers: AddLayerObject[] = [
  ...communityLayers,
  { id: GRID_HIT_LAYER, type: 'fill', source: GRID_SOURCE, 'source-layer': GRID_TILE_LAYER, minzoom: GRID_MINZOOM, paint: { 'fill-color': '#000000', 'fill-opacity': 0 } },
  {
    id: GRID_FILL_LAYER, type: 'fill', source: GRID_SOURCE, 'source-layer': GRID_TILE_LAYER, minzoom: GRID_MINZOOM,
    paint: {
      'fill-color': statusFill(0.085),
      // Fill edges would alias into a moiré of seams; the line layer draws the edges.
      'fill-antialias': false,
    },
  },
  {
    // Grid tiles start at GRID_MINZOOM; below it the community layers stand in.
    id: GRID_LINE_LAYER, type: 'line', source: GRID_SOURCE, 'source-layer': GRID_TILE_LAYER, minzoom: GRID_MINZOOM,
    paint: {
      'line-color': ['match', level, 'overdue', GRID_COLORS.overdue, 'warning', GRID_COLORS.warning, '#5b9bd5'],
      'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.4, 13, 0.8, 16, 1.5],
      // Faded in with zoom: at district scale thousands of outlines are only noise.
      'line-opacity': ['interpolate', ['linear'], ['zoom'], 11, 0.25, 12, 0.45, 14, 0.7],
    },
  },
  {
    // The one focused grid from a source of its own: as a feature-state on every grid
    // outline it cost a second, transparent line pass over all of them each frame, and
    // one more state-dependent value per grid on each status change.
    id: GRID_FOCUS_LAYER, type: 'line', source: GRID_FOCUS_SOURCE,
    paint: {
      'line-color': '#e6f4ff',
      'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 15, 3],
    },
  },
];

/** Labels go above the case points' heat but below the points themselves. */
export const gridLabelLayer: AddLayerObject = {
  id: GRID_LABEL_LAYER, type: 'symbol', source: GRID_LABEL_SOURCE, minzoom: GRID_LABEL_MINZOOM,
  layout: {
    // The code needs room: only from z15, where an urban grid is ~100 px wide.
    'text-field': ['step', ['zoom'], ['get', 'name'], 15, ['format', ['get', 'name'], {}, '\n', {}, ['get', 'code'], { 'font-scale': 0.85 }]],
    'text-font': ['Noto Sans Regular'],
    'text-size': ['interpolate', ['linear'], ['zoom'], 13, 11, 16, 13],
    'text-max-width': 8,
    'text-padding': 4,
  },
  paint: { 'text-color': '#cfe3f7', 'text-halo-color': '#0b1a2e', 'text-halo-width': 1.4, 'text-opacity': ['interpolate', ['linear'], ['zoom'], 13, 0.75, 14, 1] },
};
