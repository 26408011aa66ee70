// One maplibre map for the component's life: the base style, then the empty
// overlay sources and layers, which the live hooks fill in place. The map is
// handed out only once its style has loaded, so nobody adds to a half-made one.
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useState, type RefObject } from 'react';
import { onlineLayers, type BasemapSettings } from './basemap.ts';
import { BASE_GEOJSON_SOURCES, baseLabelFields, CASE_LAYERS_BEFORE, CJK_FONT_FAMILY, createBaseStyle, GRID_LAYERS_BEFORE, JIAMUSI_CENTER } from './base-style.ts';
import { CASE_COUNT_LAYER, CASE_HEAT_SOURCE, CASE_SELECTED_SOURCE, CASE_SOURCE, caseHeatSource, caseLayers, caseSource, selectedCaseSource } from './case-layers.ts';
import { COMMUNITY_SOURCE, GRID_FOCUS_SOURCE, GRID_LABEL_SOURCE, GRID_SOURCE, GRID_TILE_SOURCES, communitySource, gridFocusSource, gridLabelLayer, gridLabelSource, gridLayers, gridSource, gridTileUrl } from './grid-layers.ts';
import { registerGridProtocol } from './grid-protocol.ts';
import { configureMapWorkers } from './map-workers.ts';
import { useApi } from '../api/context.ts';
import { shareTileStateArrays } from './tile-state-arrays.ts';
import { warmLayerPrograms } from './program-warm-up.ts';
import { projectGeoJson, type Project } from './projection.ts';
import { registerMapView } from './map-center.ts';
import { watchBasemapTiles } from './use-basemap-health.ts';

maplibregl.setWorkerUrl(workerUrl);
configureMapWorkers();

declare global {
  interface Window {
    /** The live map, for diagnostics and end-to-end tests. */
    __gccMap?: maplibregl.Map;
  }
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

function addOverlays(map: maplibregl.Map, gcj02: boolean) {
  // The grid tiles' URL gets the data version once the grids are known (use-grid-overlay.ts).
  map.addSource(GRID_SOURCE, gridSource(gridTileUrl('', gcj02 ? 'gcj02' : 'wgs84')));
  map.addSource(COMMUNITY_SOURCE, communitySource(gridTileUrl('', gcj02 ? 'gcj02' : 'wgs84')));
  for (const id of GRID_TILE_SOURCES) shareTileStateArrays(map, id);
  map.addSource(GRID_FOCUS_SOURCE, gridFocusSource({ ...EMPTY, features: [] }));
  map.addSource(GRID_LABEL_SOURCE, gridLabelSource({ ...EMPTY, features: [] }));
  map.addSource(CASE_SOURCE, caseSource({ ...EMPTY, features: [] }));
  map.addSource(CASE_HEAT_SOURCE, caseHeatSource({ ...EMPTY, features: [] }));
  map.addSource(CASE_SELECTED_SOURCE, selectedCaseSource({ ...EMPTY, features: [] }));
  for (const layer of gridLayers) map.addLayer(layer, GRID_LAYERS_BEFORE);
  map.addLayer(gridLabelLayer, CASE_LAYERS_BEFORE);
  // The cluster counts go over the place names (see case-layers.ts), the rest of the cases under them.
  for (const layer of caseLayers) map.addLayer(layer, layer.id === CASE_COUNT_LAYER ? undefined : CASE_LAYERS_BEFORE);
  // Under software GL the first frame with data would compile every overlay program at once.
  void warmLayerPrograms(map, [...gridLayers, gridLabelLayer, ...caseLayers]);
}

/** The shipped boundaries are WGS84; over a GCJ-02 basemap they move with the overlays. */
async function reprojectBase(map: maplibregl.Map, project: Project) {
  await Promise.all(BASE_GEOJSON_SOURCES.map(async (id) => {
    const source = map.getSource<maplibregl.GeoJSONSource>(id);
    if (!source) return;
    await source.setData(projectGeoJson(await source.getData(), project));
  }));
}

/** maplibre's own control texts (its zoom buttons' tooltips), in the UI's language. */
export type MapUiTexts = { zoomIn: string; zoomOut: string; language: 'zh' | 'en' };

export function useMapInstance(container: RefObject<HTMLDivElement | null>, opts: { attribution: readonly string[]; ui: MapUiTexts; basemap: BasemapSettings; project: Project; gcj02: boolean }): maplibregl.Map | null {
  const [ready, setReady] = useState<maplibregl.Map | null>(null);
  const { attribution, basemap, project, gcj02 } = opts;
  const { zoomIn, zoomOut, language } = opts.ui;
  const api = useApi();
  useEffect(() => {
    registerGridProtocol((z, x, y, crs) => api.query('grids.tile', { z, x, y, crs }).then((r) => r.data));
    const map = new maplibregl.Map({
      container: container.current!,
      style: createBaseStyle(onlineLayers(basemap)),
      center: project(JIAMUSI_CENTER),
      zoom: 10.3,
      localIdeographFontFamily: CJK_FONT_FAMILY,
      // The attribution control is the language's (below): a new language must not rebuild the map.
      attributionControl: false,
      // The drill-down and the grid card come from clicks; a double-click zoom would fight them.
      doubleClickZoom: false,
    });
    if (basemap.kind !== 'offline') watchBasemapTiles(map);
    map.addControl(new maplibregl.ScaleControl({}), 'bottom-left');
    map.on('load', () => {
      addOverlays(map, gcj02);
      if (gcj02) void reprojectBase(map, project);
      map.getContainer().dataset.ready = 'true';
      setReady(map);
    });
    window.__gccMap = map;
    const forgetView = registerMapView(map, gcj02);
    return () => {
      forgetView();
      setReady(null);
      map.remove();
      if (window.__gccMap === map) delete window.__gccMap;
    };
  }, [container, basemap, project, gcj02, api]);
  useEffect(() => {
    if (!ready) return;
    // The language's controls: maplibre reads its texts as a control is added, so a new language adds them anew.
    Object.assign(ready._locale, { 'NavigationControl.ZoomIn': zoomIn, 'NavigationControl.ZoomOut': zoomOut });
    const zoom = new maplibregl.NavigationControl({ showCompass: false });
    ready.addControl(zoom, 'bottom-right');
    // Always shown, as the data's licenses ask: a compact (i) would hide it behind a click.
    const credits = new maplibregl.AttributionControl({ compact: false, customAttribution: [...attribution] });
    ready.addControl(credits);
    return () => {
      // A map being removed has taken its controls off already.
      for (const control of [credits, zoom]) if (ready.hasControl(control)) ready.removeControl(control);
    };
  }, [ready, attribution, zoomIn, zoomOut]);
  useEffect(() => {
    // Place names follow the language in place: a new style would rebuild every source.
    if (!ready) return;
    for (const [layer, field] of Object.entries(baseLabelFields(language))) if (ready.getLayer(layer)) ready.setLayoutProperty(layer, 'text-field', field);
  }, [ready, language]);
  return ready;
}
