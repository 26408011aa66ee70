// The optional online basemap's setting: 天地图 (WMTS, needs a key) or any
// XYZ/TMS tile template; offline is the default. Kept by the core, so the hosts
// can open the page's Content-Security-Policy to exactly the configured tile
// origins, and nothing else.

export type BasemapSettings =
  | { kind: 'offline' }
  | { kind: 'tianditu'; key: string; layer: 'vec' | 'img'; gcj02: false }
  | { kind: 'xyz'; url: string; scheme: 'xyz' | 'tms'; gcj02: boolean };

export const OFFLINE: BasemapSettings = { kind: 'offline' };

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

export const isGcj02 = (s: BasemapSettings): boolean => s.kind === 'xyz' && s.gcj02;

/** 天地图 web-mercator WMTS (the _w matrix set): a base layer and its annotation layer, over t0–t7. */
export function tiandituTiles(layer: string, key: string): string[] {
  return Array.from({ length: 8 }, (_, i) =>
    `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${key}`);
}


/** Every tile URL template the setting makes the map fetch. */
export function basemapTileUrls(s: BasemapSettings): string[] {
  if (s.kind === 'tianditu') return [...tiandituTiles(s.layer, s.key), ...tiandituTiles(s.layer === 'img' ? 'cia' : 'cva', s.key)];
  if (s.kind === 'xyz') return [s.url];
  return [];
}

/** The origins those tiles come from (scheme, host and port): what the CSP lets through. */
export function basemapOrigins(s: BasemapSettings): string[] {
  return [...new Set(basemapTileUrls(s).map((u) => new URL(u.replace(/\{[a-z]\}/g, '0')).origin))];
}
