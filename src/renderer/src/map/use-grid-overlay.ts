// Keeps the grid sources and their live status on the map. Polygons are set
// once per reference refresh; status arrives often and only ever touches
// feature-state (see live-sync.ts).
import type { GeoJSONSource, Map as MapLibreMap, VectorTileSource } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { GridStatus } from '../../../shared/grid-status.ts';
import type { Grid } from '../../../shared/domain/model.ts';
import { GRID_FOCUS_SOURCE, GRID_LABEL_MINZOOM, GRID_LABEL_SOURCE, GRID_TILE_SOURCES, gridLabelPoints, gridsToGeoJson, gridTileUrl } from './grid-layers.ts';
import { whenZoomReaches } from './when-zoom.ts';
import { createGridStatusSync, type GridStatusSync } from './live-sync.ts';
import type { Project } from './projection.ts';
import type { CatalogLanguage } from '../../../shared/catalog.ts';
import { placeNameIn } from '../i18n/data-language.ts';

/** The polygons themselves come as tiles from the core; a new version of the grids is a new tile URL. */
export function useGridPolygons(map: MapLibreMap | null, grids: readonly Grid[] | undefined, version: string | null | undefined, project: Project, gcj02: boolean, language: CatalogLanguage) {
  useEffect(() => {
    if (!map || !grids) return;
    const url = gridTileUrl(`${version ?? ''}:${grids.length}`, gcj02 ? 'gcj02' : 'wgs84');
    for (const id of GRID_TILE_SOURCES) map.getSource<VectorTileSource>(id)?.setTiles([url]);
    map.getContainer().dataset.gridCount = String(grids.length);
  }, [map, grids, version, gcj02]);
  useEffect(() => {
    if (!map || !grids) return;
    // Label points are only indexed once someone zooms in far enough to read them; a new language names them anew.
    return whenZoomReaches(map, GRID_LABEL_MINZOOM - 0.5, () => {
      void map.getSource<GeoJSONSource>(GRID_LABEL_SOURCE)?.setData(gridLabelPoints(grids, project, (g) => placeNameIn(g.name, language)));
    });
  }, [map, grids, project, language]);
}

export function useGridStatus(map: MapLibreMap | null, statuses: readonly GridStatus[] | undefined) {
  const sync = useRef<GridStatusSync | null>(null);
  useEffect(() => {
    if (!map) return;
    // A new map has no state yet, and a new sync writes everything afresh.
    const s = createGridStatusSync(map);
    sync.current = s;
    return () => s.dispose();
  }, [map]);
  useEffect(() => {
    if (statuses) sync.current?.push(statuses);
  }, [map, statuses]);
}

/** The focused grid gets a bright outline, drawn from its ring alone (see GRID_FOCUS_LAYER). */
export function useGridFocus(map: MapLibreMap | null, gridCode: string | null, grids: readonly Grid[] | undefined, project: Project) {
  useEffect(() => {
    if (!map || !gridCode) return;
    const focused = grids?.filter((g) => g.code === gridCode) ?? [];
    void map.getSource<GeoJSONSource>(GRID_FOCUS_SOURCE)?.setData(gridsToGeoJson(focused, project));
    return () => void map.getSource<GeoJSONSource>(GRID_FOCUS_SOURCE)?.setData(gridsToGeoJson([], project));
  }, [map, gridCode, grids, project]);
}
