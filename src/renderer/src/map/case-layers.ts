// Case points on the map: clustered, colored by priority, outlined by state;
// and a heat layer over the same cases, from an unclustered twin source.
import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, CircleLayerSpecification, ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';

export const CASE_SOURCE = 'cases';
export const CASE_HEAT_SOURCE = 'cases-heat';
export const CASE_POINT_LAYER = 'case-points';
export const CASE_CLUSTER_LAYER = 'case-clusters';
export const CASE_COUNT_LAYER = 'case-cluster-count';
export const CASE_SELECTED_SOURCE = 'case-selected';
export const CASE_SELECTED_LAYER = 'case-selected';
export const CASE_SELECTED_POINT_LAYER = 'case-selected-point';
export const CASE_HEAT_LAYER = 'case-heat';
/** Past this zoom every case is its own point (flying to a case goes one further). */
export const CLUSTER_MAX_ZOOM = 13;

export const PRIORITY_COLORS = { critical: '#ff4d4f', urgent: '#fa8c16', normal: '#36cfc9' } as const;

/**
 * The clusters and case points of the view in use, clustered off the map (case-clusters.ts): a plain
 * source of a few hundred features, where a clustered one would hold — and copy to maplibre's worker,
 * and index there — every case. A cluster carries its critical and urgent counts: it takes the color
 * of the most pressing case in it.
 */
export const caseSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({
  type: 'geojson', data, promoteId: 'id',
  // Room around each tile for the largest circle (26 px and its stroke), not maplibre's 128 px.
  buffer: 32,
});

export const caseHeatSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({ type: 'geojson', data, promoteId: 'id', maxzoom: 14 });

/**
 * The selected case alone: its ring and its point are drawn wherever it is, in a cluster at this zoom
 * or not among the listed cases at all (picked by its code in the search, or from a grid card).
 */
export const selectedCaseSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({ type: 'geojson', data });

/** Outline by where the case is in its life: new (white), being handled (sky), waiting on a check (green), parked (grey). */
const stateStroke: ExpressionSpecification = [
  'case',
  ['get', 'pending'], '#ffe58f',
  ['match', ['get', 'state'],
    ['reported', 'filed'], '#ffffff',
    ['dispatched', 'signed', 'handling'], '#69c0ff',
    ['resolved', 'verified'], '#95de64',
    'parked', '#8c8c8c',
    '#5c6b7a'],
];

const pointPaint = {
  'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 5, 14, 7, 17, 9],
  'circle-color': ['match', ['get', 'priority'], 'critical', PRIORITY_COLORS.critical, 'urgent', PRIORITY_COLORS.urgent, PRIORITY_COLORS.normal],
  'circle-stroke-color': stateStroke,
  'circle-stroke-width': ['case', ['get', 'pending'], 3, 2],
} satisfies CircleLayerSpecification['paint'];

export const caseLayers: AddLayerObject[] = [
  {
    id: CASE_HEAT_LAYER, type: 'heatmap', source: CASE_HEAT_SOURCE, maxzoom: 15,
    layout: { visibility: 'none' },
    paint: {
      'heatmap-weight': ['match', ['get', 'priority'], 'critical', 1, 'urgent', 0.7, 0.4],
      'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 2.5],
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 16, 14, 36],
      'heatmap-opacity': ['interpolate', ['linear'], ['zoom'], 12, 0.8, 15, 0],
      'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0, 'rgba(11,26,46,0)', 0.2, '#1d4f91', 0.45, '#36cfc9', 0.7, '#fadb14', 1, '#ff4d4f'],
    },
  },
  {
    id: CASE_CLUSTER_LAYER, type: 'circle', source: CASE_SOURCE, filter: ['has', 'point_count'],
    paint: {
      // A cluster of 一般 cases in 一般's own color, as the layer key shows it (it was the grids' 有在办 blue).
      'circle-color': ['case', ['>', ['get', 'critical'], 0], PRIORITY_COLORS.critical, ['>', ['get', 'urgent'], 0], PRIORITY_COLORS.urgent, PRIORITY_COLORS.normal],
      'circle-opacity': 0.88,
      'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 21, 200, 26],
      'circle-stroke-color': 'rgba(230,244,255,0.85)',
      'circle-stroke-width': 1.5,
    },
  },
  {
    id: CASE_COUNT_LAYER, type: 'symbol', source: CASE_SOURCE, filter: ['has', 'point_count'],
    // Drawn over everything and placed first, its box padded to about its circle: place names then make way
    // for the counts (base-style.ts, text-variable-anchor) rather than cover them.
    layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': ['Noto Sans Medium'], 'text-size': 12, 'text-allow-overlap': true, 'text-padding': 6 },
    // White reads on red and orange; on 一般's light teal a dark count does.
    paint: {
      'text-color': ['case', ['any', ['>', ['get', 'critical'], 0], ['>', ['get', 'urgent'], 0]], '#ffffff', '#0b1a2e'],
      'text-halo-color': ['case', ['any', ['>', ['get', 'critical'], 0], ['>', ['get', 'urgent'], 0]], 'rgba(0,0,0,0.35)', 'rgba(255,255,255,0.35)'],
      'text-halo-width': 1,
    },
  },
  {
    id: CASE_SELECTED_LAYER, type: 'circle', source: CASE_SELECTED_SOURCE,
    paint: { 'circle-radius': 15, 'circle-color': 'rgba(255,255,255,0.12)', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
  { id: CASE_POINT_LAYER, type: 'circle', source: CASE_SOURCE, filter: ['!', ['has', 'point_count']], paint: pointPaint },
  // Over the clusters: a selected case inside one is seen all the same.
  { id: CASE_SELECTED_POINT_LAYER, type: 'circle', source: CASE_SELECTED_SOURCE, paint: pointPaint },
];


