// The optional online basemap: 天地图 (WMTS, needs a key) or any XYZ/TMS tile
// template. Offline is the default and nothing here makes a request until an
// operator sets it. 天地图 is CGCS2000 (≈ WGS84 at map scale); most Chinese
// commercial tiles are GCJ-02, for which the overlays are shifted to match.
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl';

export type BasemapSettings =
  | { kind: 'offline' }
  | { kind: 'tianditu'; key: string; layer: 'vec' | 'img'; gcj02: false }
  | { kind: 'xyz'; url: string; scheme: 'xyz' | 'tms'; gcj02: boolean };

export const OFFLINE: BasemapSettings = { kind: 'offline' };
const KEY = 'gcc.map.basemap';

/** A template must be http(s) and carry {z}, {x} and {y}; anything else would fail tile by tile. */
export function validTemplate(url: string): boolean {
  try {
    const u = new URL(url.replace(/\{[a-z]\}/g, '0'));
    return (u.protocol === 'http:' || u.protocol === 'https:') && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
  } catch {
    return false;
  }
}

export function parseBasemap(raw: unknown): BasemapSettings {
  if (!raw || typeof raw !== 'object') return OFFLINE;
  const r = raw as Record<string, unknown>;
  if (r.kind === 'tianditu' && typeof r.key === 'string' && /^[0-9a-f]{16,64}$/i.test(r.key)) {
    return { kind: 'tianditu', key: r.key, layer: r.layer === 'img' ? 'img' : 'vec', gcj02: false };
  }
  if (r.kind === 'xyz' && typeof r.url === 'string' && validTemplate(r.url)) {
    return { kind: 'xyz', url: r.url, scheme: r.scheme === 'tms' ? 'tms' : 'xyz', gcj02: r.gcj02 === true };
  }
  return OFFLINE;
}

export function loadBasemap(storage: Pick<Storage, 'getItem'> = localStorage): BasemapSettings {
  try {
    return parseBasemap(JSON.parse(storage.getItem(KEY) ?? 'null'));
  } catch {
    return OFFLINE;
  }
}

export const saveBasemap = (s: BasemapSettings, storage: Pick<Storage, 'setItem'> = localStorage) => storage.setItem(KEY, JSON.stringify(s));

export const isGcj02 = (s: BasemapSettings): boolean => s.kind === 'xyz' && s.gcj02;

/** 天地图 web-mercator WMTS (the _w matrix set): a base layer and its annotation layer, over t0–t7. */
function tiandituTiles(layer: string, key: string): string[] {
  return Array.from({ length: 8 }, (_, i) =>
    `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`);
}

export type OnlineLayers = { sources: Record<string, RasterSourceSpecification>; layers: LayerSpecification[]; attribution: string };

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
      attribution: '© 天地图 国家地理信息公共服务平台',
    };
  }
  if (s.kind === 'xyz') {
    return { sources: Object.fromEntries([raster('online-base', [s.url], s.scheme)]), layers: [{ id: 'online-base', type: 'raster', source: 'online-base' }], attribution: '' };
  }
  return null;
}
