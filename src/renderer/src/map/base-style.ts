// The offline base style: everything comes from files shipped with the app
// (resources/map), so the map makes no network request by default.
import type { StyleSpecification } from 'maplibre-gl';

export const JIAMUSI_CENTER: [number, number] = [130.35, 46.79];
export const CJK_FONT_FAMILY = "'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Noto Sans SC',sans-serif";

/** Absolute URL of a shipped file; maplibre resolves sources outside the page's base. */
const asset = (path: string) => new URL(path, document.baseURI).href;

export function createBaseStyle(attribution: string): StyleSpecification {
  // Braces must survive: maplibre fills {fontstack} and {range} itself.
  const glyphs = asset('map/fonts/') + '{fontstack}/{range}.pbf';
  return {
    version: 8,
    glyphs,
    sources: {
      province: { type: 'geojson', data: asset('map/heilongjiang-cities.geojson') },
      city: { type: 'geojson', data: asset('map/city.geojson') },
      districts: { type: 'geojson', data: asset('map/districts.geojson'), attribution },
      districtLabels: { type: 'geojson', data: asset('map/district-labels.geojson') },
      rivers: { type: 'geojson', data: asset('map/rivers.geojson') },
      places: { type: 'geojson', data: asset('map/places.geojson') },
      border: { type: 'geojson', data: asset('map/border-cn-ru.geojson') },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#0b1a2e' } },
      { id: 'province-fill', type: 'fill', source: 'province', paint: { 'fill-color': '#11243d', 'fill-outline-color': '#1e3a5c' } },
      { id: 'district-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#14365c', 'fill-opacity': 0.9 } },
      { id: 'district-line', type: 'line', source: 'districts', paint: { 'line-color': '#4f8fd6', 'line-width': 1.2, 'line-dasharray': [3, 2] } },
      { id: 'city-line', type: 'line', source: 'city', paint: { 'line-color': '#7fc4ff', 'line-width': 2.5 } },
      { id: 'rivers', type: 'line', source: 'rivers', paint: { 'line-color': '#3fa9f5', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 4] } },
      { id: 'border', type: 'line', source: 'border', paint: { 'line-color': '#e0605a', 'line-width': 2, 'line-dasharray': [4, 2, 1, 2] } },
      {
        id: 'district-labels', type: 'symbol', source: 'districtLabels',
        layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Medium'], 'text-size': 15 },
        paint: { 'text-color': '#d8ecff', 'text-halo-color': '#0b1a2e', 'text-halo-width': 1.5 },
      },
      {
        id: 'places', type: 'symbol', source: 'places', maxzoom: 9,
        filter: ['!=', ['get', 'name_zh'], '佳木斯'],
        layout: { 'text-field': ['coalesce', ['get', 'name_zh'], ['get', 'name']], 'text-font': ['Noto Sans Regular'], 'text-size': 12, 'text-offset': [0, 1] },
        paint: { 'text-color': '#8fb3d6', 'text-halo-color': '#0b1a2e', 'text-halo-width': 1 },
      },
    ],
  };
}
