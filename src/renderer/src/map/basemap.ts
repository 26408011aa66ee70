// The optional online basemap: 天地图 (WMTS, needs a key) or any XYZ/TMS tile
// template. Offline is the default and nothing here makes a request until an
// operator sets it. 天地图 is CGCS2000 (≈ WGS84 at map scale); most Chinese
// commercial tiles are GCJ-02, for which the overlays are shifted to match.
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';
import { tiandituTiles, type BasemapSettings } from '../../../shared/basemap.ts';

export { isGcj02, OFFLINE, parseBasemap, validTemplate, type BasemapSettings } from '../../../shared/basemap.ts';

export type OnlineLayers = { sources: Record<string, RasterSourceSpecification>; layers: LayerSpecification[] };

/** The credit a basemap's provider asks for, as an i18n key (the attribution control shows it in the UI's language). */
export const basemapCreditKey = (s: BasemapSettings): string | null => (s.kind === 'tianditu' ? 'map.tiandituCredit' : null);

export function onlineLayers(s: BasemapSettings): OnlineLayers | null {
  const raster = (id: string, tiles: string[], scheme: 'xyz' | 'tms' = 'xyz'): [string, RasterSourceSpecification] => [id, { type: 'raster', tiles, tileSize: 256, scheme, maxzoom: 18 }];
  if (s.kind === 'tianditu') {
    const base = s.layer;
    const label = s.layer === 'img' ? 'cia' : 'cva';
    const sources = Object.fromEntries([raster('online-base', tiandituTiles(base, s.key)), raster('online-label', tiandituTiles(label, s.key))]);
    return {
      sources,
      layers: [
        { id: 'online-base', type: 'raster', source: 'online-base', paint: base === 'vec' ? { 'raster-brightness-max': 0.35, 'raster-saturation': -0.6 } : {} },
        { id: 'online-label', type: 'raster', source: 'online-label' },
      ],
    };
  }
  if (s.kind === 'xyz') {
    return { sources: Object.fromEntries([raster('online-base', [s.url], s.scheme)]), layers: [{ id: 'online-base', type: 'raster', source: 'online-base' }] };
  }
  return null;
}
