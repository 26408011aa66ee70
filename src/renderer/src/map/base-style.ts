// The offline base style: everything comes from files shipped with the app
// (resources/map), so the map makes no network request by default. An online
// basemap, when configured, slots in right above the background.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { OnlineLayers } from './basemap.ts';

export const JIAMUSI_CENTER: [number, number] = [130.35, 46.79];
export const CJK_FONT_FAMILY = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Noto Sans SC',sans-serif";

/** Overlay layers go in below these, so boundaries and place names stay on top of grids and cases. */
export const GRID_LAYERS_BEFORE = 'rivers';
export const CASE_LAYERS_BEFORE = 'district-labels';

/** Sources shipped as WGS84 files: reprojected in place when the basemap is GCJ-02. */
export const BASE_GEOJSON_SOURCES = ['province', 'city', 'districts', 'districtLabels', 'rivers', 'places', 'border'] as const;

/** Absolute URL of a shipped file; maplibre resolves sources outside the page's base. */
const asset = (path: string) => new URL(path, document.baseURI).href;

/**
 * The base map's place names in a language: the districts' English names are the project's
 * (district-labels.geojson name_en), the places' Natural Earth's own (name, beside name_zh).
 */
export function baseLabelFields(language: 'zh' | 'en'): Record<'district-labels' | 'places', ExpressionSpecification> {
  return language === 'en'
    ? { 'district-labels': ['coalesce', ['get', 'name_en'], ['get', 'name']], places: ['get', 'name'] }
    : { 'district-labels': ['get', 'name'], places: ['coalesce', ['get', 'name_zh'], ['get', 'name']] };
}

/** The shipped data's own attribution is the map's attribution control's (see use-map-instance.ts), so a language switch leaves the style alone. */
export function createBaseStyle(online: OnlineLayers | null = null): StyleSpecification {
  // Braces must survive: maplibre fills {fontstack} and {range} itself.
  const glyphs = asset('map/fonts/') + '{fontstack}/{range}.pbf';
  // Over tiles, the navy fills would hide the basemap; keep only their edges.
  const fillOpacity = online ? 0 : 0.9;
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': '#0b1a2e' } },
    { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': '#11243d', 'fill-outline-color': '#1e3a5c', 'fill-opacity': online ? 0 : 1 } },
    ...(online?.layers ?? []),
    { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#132f50', 'fill-opacity': fillOpacity } },
    { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#2f8fd8', 'line-opacity': 0.8, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 4, 16, 8] } },
    { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#6aa8e8', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 14, 2.2], 'line-dasharray': [3, 2] } },
    { id: 'city-line', type: 'line', source: 'city', paint: { 'line-color': '#7fc4ff', 'line-width': 2.5 } },
    { id: 'border', type: 'line', source: 'border', paint: { 'line-color': '#e0605a', 'line-width': 2, 'line-dasharray': [4, 2, 1, 2] } },
    {
      // District names matter at city scale; by street scale the grid labels take over.
      id: 'district-labels', type: 'symbol', source: 'districtLabels', maxzoom: 13,
      // Wide enough for 'Xiangyang District' on one line (the default 10 ems broke it in two).
      // Off a cluster's count when it sits on the district seat (the counts are placed first: case-layers.ts).
      layout: {
        'text-field': baseLabelFields('zh')['district-labels'], 'text-font': ['Noto Sans Medium'], 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 13, 12, 16], 'text-letter-spacing': 0.1, 'text-max-width': 16,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'], 'text-radial-offset': 1.2,
      },
      paint: { 'text-color': '#e6f4ff', 'text-halo-color': '#0b1a2e', 'text-halo-width': 1.8, 'text-opacity': ['interpolate', ['linear'], ['zoom'], 12, 1, 13, 0.5] },
    },
    {
      id: 'places', type: 'symbol', source: 'places', maxzoom: 9,
      // Towns inside the city are named by its district labels (富锦 beside 富锦市 read twice); these are its neighbours.
      filter: ['!', ['in', ['get', 'name_zh'], ['literal', ['佳木斯', '富锦']]]],
      layout: { 'text-field': baseLabelFields('zh').places, 'text-font': ['Noto Sans Regular'], 'text-size': 12, 'text-offset': [0, 1], 'text-variable-anchor': ['top', 'bottom', 'left', 'right'] },
      paint: { 'text-color': '#8fb3d6', 'text-halo-color': '#0b1a2e', 'text-halo-width': 1 },
    },
  ];
  return {
    version: 8,
    glyphs,
    sources: {
      ...(online?.sources ?? {}),
      province: { type: 'geojson', data: asset('map/heilongjiang-cities.geojson') },
      city: { type: 'geojson', data: asset('map/city.geojson') },
      districts: { type: 'geojson', data: asset('map/districts.geojson') },
      districtLabels: { type: 'geojson', data: asset('map/district-labels.geojson') },
      rivers: { type: 'geojson', data: asset('map/rivers.geojson') },
      places: { type: 'geojson', data: asset('map/places.geojson') },
      border: { type: 'geojson', data: asset('map/border-cn-ru.geojson') },
    },
    layers,
  };
}
