// Grid tiles cut on a worker thread (grid-tile-worker.ts). The core hands the
// worker the grids' JSON text as stored (a copy of a string; parsing happens
// there) whenever their version changes, then asks for tiles by z/x/y. Should
// the worker fail to start or die, tiles are cut here as before, so the map
// keeps working, only with the event loop paying for it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GridCrs } from '../../shared/grid-tiles.ts';
import type { Grid } from '../../shared/domain/model.ts';
import { createGridTiles } from './grid-tiles.ts';

export type TileRequest =
  | { kind: 'grids'; version: string; json: string }
  | { kind: 'tile'; id: number; z: number; x: number; y: number; crs: GridCrs; prepare?: boolean }
  | { kind: 'close' };
export type TileReply = { id: number; bytes: Uint8Array; ms: number; indexMs?: number } | { id: number; error: string };

export type GridTileSource = { version(): string; gridsJson(): string };

export type GridTileThread = {
  tile(z: number, x: number, y: number, crs: GridCrs): Promise<Uint8Array>;
  /** Build the index now, off this thread; resolves with how long it took there. */
  prepare(crs: GridCrs): Promise<number>;
  /** Whether tiles are cut on the worker (false before the first tile and after a fallback). */
  offThread(): boolean;
  close(): Promise<void>;
};

/** Bundled (out/main) the worker is a .js beside this file; run from source, the .ts. */
function workerFile(): URL | null {
  for (const name of ['./grid-tile-worker.js', './grid-tile-worker.ts']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** `workerUrl`: the worker's script (tests name one that cannot start, to exercise the fallback). */
export function createGridTileThread(source: GridTileSource, workerUrl: URL | null = workerFile()): GridTileThread {
  let posted: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve(r: TileReply): void }>();
  // The fallback reads the same JSON, parsed once per version.
  let parsed: { version: string; grids: readonly Grid[] } | null = null;
  const local = createGridTiles({
    version: () => source.version(),
    grids: () => {
      const v = source.version();
      if (parsed?.version !== v) parsed = { version: v, grids: JSON.parse(source.gridsJson() || '[]') as Grid[] };
      return parsed.grids;
    },
  });

  let worker: Worker | null = null;
  // Started on the first tile: a workstation that never shows the map never pays for the thread.
  let started = false;
  let closed = false;
  const fallBack = (why: string) => {
    worker = null;
    for (const [id, w] of waiting) w.resolve({ id, error: why });
    waiting.clear();
  };
  const start = () => {
    started = true;
    if (!workerUrl) return;
    try {
      const w = new Worker(workerUrl);
      w.unref();
      w.on('message', (r: TileReply) => {
        waiting.get(r.id)?.resolve(r);
        waiting.delete(r.id);
      });
      w.on('error', (err) => fallBack(err.message));
      w.on('exit', () => worker === w && fallBack('tile worker exited'));
      worker = w;
    } catch {
      worker = null;
    }
  };

  const ask = (z: number, x: number, y: number, crs: GridCrs, prepare: boolean): Promise<TileReply> => {
    if (!started && !closed) start();
    const w = worker;
    if (!w) return Promise.resolve({ id: 0, error: 'no worker' });
    const v = source.version();
    if (v !== posted) {
      w.postMessage({ kind: 'grids', version: v, json: source.gridsJson() || '[]' } satisfies TileRequest);
      posted = v;
    }
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, { resolve });
      w.postMessage({ kind: 'tile', id, z, x, y, crs, prepare } satisfies TileRequest);
    });
  };

  return {
    async tile(z, x, y, crs) {
      const r = await ask(z, x, y, crs, false);
      return 'bytes' in r ? r.bytes : local.tile(z, x, y, crs);
    },
    async prepare(crs) {
      const r = await ask(0, 0, 0, crs, true);
      return 'bytes' in r ? (r.indexMs ?? 0) : local.prepare(crs).indexMs;
    },
    offThread: () => worker !== null,
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.postMessage({ kind: 'close' } satisfies TileRequest);
      const timer = setTimeout(() => void w.terminate(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The contract's answer for one tile: the bytes as base64, which both transports carry as a string. */
export const threadTileAnswer = async (tiles: GridTileThread, z: number, x: number, y: number, crs: GridCrs) => ({ data: Buffer.from(await tiles.tile(z, x, y, crs)).toString('base64') });
