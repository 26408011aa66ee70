// The map's grids:// tiles come from the core over the contract: maplibre asks
// for grids://<crs>/<z>/<x>/<y>, the core answers the encoded tile. Registered
// once per page; the `?v=` part of the URL is the grid-data version, so a
// refresh of the grids is a new URL and never a stale cached tile.
import * as maplibregl from 'maplibre-gl';
import type { GridCrs } from '../../../shared/grid-tiles.ts';

export type FetchGridTile = (z: number, x: number, y: number, crs: GridCrs) => Promise<string>;

const decode = (base64: string): ArrayBuffer => {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
};

let registered = false;

export function registerGridProtocol(fetchTile: FetchGridTile): void {
  if (registered) maplibregl.removeProtocol('grids');
  registered = true;
  maplibregl.addProtocol('grids', async (params) => {
    const m = /^grids:\/\/(wgs84|gcj02)\/(\d+)\/(\d+)\/(\d+)/.exec(params.url);
    if (!m) throw new Error(`bad grid tile URL: ${params.url}`);
    const data = await fetchTile(Number(m[2]), Number(m[3]), Number(m[4]), m[1] as GridCrs);
    return { data: decode(data) };
  });
}
