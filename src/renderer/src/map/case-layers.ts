// Case points on the map: clustered, colored by priority, outlined by state.
import type { FeatureCollection, Point } from 'geojson';
import type { AddLayerObject, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { CaseListItem } from '../../../shared/contract.ts';

export const CASE_SOURCE = 'cases';
export const CASE_POINT_LAYER = 'case-points';

export type CaseFeatureProps = { id: string; code: string; title: string; priority: string; state: string; pending: boolean };

export function casesToGeoJson(cases: readonly CaseListItem[]): FeatureCollection<Point, CaseFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: cases.map((c) => ({
      type: 'Feature',
      id: c.id,
      geometry: { type: 'Point', coordinates: c.point },
      properties: { id: c.id, code: c.code ?? '', title: c.title, priority: c.priority, state: c.state, pending: c.pending },
    })),
  };
}

export const caseSource = (data: FeatureCollection): GeoJSONSourceSpecification => ({
  type: 'geojson', data, cluster: true, clusterRadius: 40, clusterMaxZoom: 13, promoteId: 'id',
});

export const caseLayers: AddLayerObject[] = [
  {
    id: 'case-clusters', type: 'circle', source: CASE_SOURCE, filter: ['has', 'point_count'],
    paint: { 'circle-color': '#f5a623', 'circle-opacity': 0.85, 'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
  },
  {
    id: 'case-cluster-count', type: 'symbol', source: CASE_SOURCE, filter: ['has', 'point_count'],
    layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': ['Noto Sans Medium'], 'text-size': 13 },
    paint: { 'text-color': '#1b1b1b' },
  },
  {
    id: CASE_POINT_LAYER, type: 'circle', source: CASE_SOURCE, filter: ['!', ['has', 'point_count']],
    paint: {
      'circle-radius': 8,
      'circle-color': ['match', ['get', 'priority'], 'critical', '#ff4d4f', 'urgent', '#fa8c16', '#36cfc9'],
      'circle-stroke-color': ['case', ['get', 'pending'], '#ffe58f', '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'pending'], 3, 1.5],
    },
  },
];
