// The live map: Jiamusi's districts with every case as a point. Case data
// changes update the one GeoJSON source in place; the style is never rebuilt.
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import { createBaseStyle, CJK_FONT_FAMILY, JIAMUSI_CENTER } from './base-style.ts';
import { CASE_POINT_LAYER, CASE_SOURCE, caseLayers, casesToGeoJson, caseSource } from './case-layers.ts';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The live map, for diagnostics and end-to-end tests. */
    __gccMap?: maplibregl.Map;
  }
}

type Props = { cases: readonly CaseListItem[]; attribution: string; selectedId: string | null; onSelect: (id: string) => void };

export function CaseMap({ cases, attribution, selectedId, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  // The map lives across renders; its handlers read the latest props through refs.
  const casesRef = useRef(cases);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    casesRef.current = cases;
    onSelectRef.current = onSelect;
  });

  useEffect(() => {
    const map = new maplibregl.Map({
      container: container.current!,
      style: createBaseStyle(attribution),
      center: JIAMUSI_CENTER,
      zoom: 10.3,
      localIdeographFontFamily: CJK_FONT_FAMILY,
      attributionControl: { compact: false },
    });
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
    map.on('load', () => {
      map.addSource(CASE_SOURCE, caseSource(casesToGeoJson(casesRef.current)));
      for (const layer of caseLayers) map.addLayer(layer);
      map.getContainer().dataset.ready = 'true';
    });
    map.on('click', CASE_POINT_LAYER, (e) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') onSelectRef.current(id);
    });
    map.on('mouseenter', CASE_POINT_LAYER, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', CASE_POINT_LAYER, () => (map.getCanvas().style.cursor = ''));
    mapRef.current = map;
    window.__gccMap = map;
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, [attribution]);

  useEffect(() => {
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(CASE_SOURCE);
    source?.setData(casesToGeoJson(cases));
  }, [cases]);

  useEffect(() => {
    const selected = cases.find((c) => c.id === selectedId);
    if (selected && mapRef.current) mapRef.current.flyTo({ center: selected.point, zoom: Math.max(mapRef.current.getZoom(), 13) });
    // Fly only when the selection changes, not on every case update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return <div ref={container} className="case-map" data-testid="case-map" data-case-count={cases.length} />;
}
