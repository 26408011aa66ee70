// The grid tile cutter's own thread: it parses the grids, builds the tile
// indexes and cuts and encodes each tile here, so the core's event loop (sync,
// commands, queries) never waits behind seconds of index building or a
// hundred milliseconds of cutting. Messages: see grid-tile-thread.ts.
import { parentPort } from 'node:worker_threads';
import type { Grid } from '../../shared/domain/model.ts';
import { createGridTiles } from './grid-tiles.ts';
import type { TileReply, TileRequest } from './grid-tile-thread.ts';

let version = '';
let grids: readonly Grid[] = [];
const tiles = createGridTiles({ version: () => version, grids: () => grids });
const port = parentPort!;

port.on('message', (m: TileRequest) => {
  if (m.kind === 'grids') {
    // Parsed here, not in the core: a city's grids are tens of megabytes of JSON.
    grids = JSON.parse(m.json) as Grid[];
    version = m.version;
    return;
  }
  if (m.kind === 'close') {
    port.close();
    return;
  }
  let reply: TileReply;
  try {
    const started = performance.now();
    const stats = m.prepare ? tiles.prepare(m.crs) : null;
    const bytes = m.prepare ? new Uint8Array(0) : tiles.tile(m.z, m.x, m.y, m.crs);
    // A copy the reply can own (the cached tile stays here), handed over without another copy.
    const own = bytes.slice();
    reply = { id: m.id, bytes: own, ms: performance.now() - started, indexMs: stats?.indexMs };
    port.postMessage(reply, [own.buffer]);
  } catch (err) {
    reply = { id: m.id, error: err instanceof Error ? err.message : String(err) };
    port.postMessage(reply);
  }
});
