// Grid tiles from the worker thread: the same bytes the core would cut itself,
// new grids taken when their version changes, and the core's event loop left
// free while a city's index is built. When the thread cannot start, the core
// cuts the very same tiles itself.
import { afterEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../shared/domain/model.ts';
import { createGridTileThread, type GridTileThread } from './grid-tile-thread.ts';
import { createGridTiles } from './grid-tiles.ts';

/** The web-mercator tile holding a point. */
function tileOf([lng, lat]: readonly [number, number], z: number): [number, number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [z, Math.floor(((lng + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

/** A lattice of n square grids east of 130.3°E, 100 to a community. */
function makeGrids(n: number): Grid[] {
  const side = Math.ceil(Math.sqrt(n));
  const s = 0.002;
  return Array.from({ length: n }, (_, i) => {
    const x = 130.3 + (i % side) * s;
    const y = 46.7 + Math.floor(i / side) * s;
    const communityCode = `230803${String(Math.floor(i / 100)).padStart(6, '0')}`;
    return {
      code: `${communityCode}${String(i % 100).padStart(3, '0')}`, name: `网格${i}`, kind: 'urban', communityCode, households: 0, population: 0, areaKm2: 0.04,
      ring: [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]],
    } satisfies Grid;
  });
}

describe('grid tiles on a worker thread', () => {
  let thread: GridTileThread | null = null;
  afterEach(async () => {
    await thread?.close();
    thread = null;
  });

  it('answers with the tiles the core would cut, and takes new grids when their version changes', async () => {
    let grids = makeGrids(2000);
    let version = 'a';
    thread = createGridTileThread({ version: () => version, gridsJson: () => JSON.stringify(grids) });
    expect(thread.offThread()).toBe(false); // no thread until a tile is asked for
    const [z, x, y] = tileOf(grids[0]!.ring[0]!, 14);
    const here = createGridTiles({ version: () => version, grids: () => grids });
    const fromWorker = await thread.tile(z, x, y, 'wgs84');
    expect(thread.offThread()).toBe(true);
    expect(fromWorker.length).toBeGreaterThan(100);
    expect(Buffer.from(fromWorker).equals(Buffer.from(here.tile(z, x, y, 'wgs84')))).toBe(true);
    expect(Buffer.from(await thread.tile(z, x, y, 'gcj02')).equals(Buffer.from(here.tile(z, x, y, 'gcj02')))).toBe(true);

    grids = [];
    version = 'b';
    expect((await thread.tile(z, x, y, 'wgs84')).length).toBe(0);
  });

  it('builds a city index while the event loop keeps turning', async () => {
    const grids = makeGrids(30_000);
    const json = JSON.stringify(grids);
    thread = createGridTileThread({ version: () => 'city', gridsJson: () => json });
    // Counted, not timed: built on this thread, the whole build would be one task and no tick would land in it.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const indexMs = await thread.prepare('wgs84');
    clearInterval(timer);
    // Built in the worker (hundreds of ms for 30,000 grids) while this thread only waited.
    expect(indexMs).toBeGreaterThan(20);
    expect(ticks).toBeGreaterThanOrEqual(2);
  });
});

describe('grid tiles when the worker thread cannot start', () => {
  const grids = makeGrids(2000);
  const source = { version: () => 'a', gridsJson: () => JSON.stringify(grids) };
  // A grid tile (z14), a community tile (z10), in both coordinate systems.
  const asked = [tileOf(grids[0]!.ring[0]!, 14), tileOf(grids[1500]!.ring[0]!, 14), tileOf(grids[0]!.ring[0]!, 10)];
  const threads: GridTileThread[] = [];
  const open = (...url: [URL | null] | []) => {
    const t = createGridTileThread(source, ...url);
    threads.push(t);
    return t;
  };
  afterEach(async () => {
    await Promise.all(threads.splice(0).map((t) => t.close()));
  });

  /** Every asked tile from both, in both systems, byte for byte. */
  async function expectSameTiles(fallback: GridTileThread, worker: GridTileThread) {
    for (const [z, x, y] of asked) {
      for (const crs of ['wgs84', 'gcj02'] as const) {
        const mine = await fallback.tile(z, x, y, crs);
        const theirs = await worker.tile(z, x, y, crs);
        expect(mine.length, `${z}/${x}/${y} ${crs}`).toBeGreaterThan(100);
        expect(Buffer.from(mine).equals(Buffer.from(theirs)), `${z}/${x}/${y} ${crs}`).toBe(true);
      }
    }
  }

  it.each([
    ['its script fails as it starts', new URL('data:text/javascript,throw new Error("no thread here")')],
    ['its script is missing', new URL('./no-such-grid-tile-worker.js', import.meta.url)],
    ['there is no script to start', null],
  ])('cuts in place the tiles the worker would have cut when %s', async (_why, url) => {
    const worker = open();
    const fallback = open(url);
    // The first tile is asked before the failure is known: it must still come back, cut here.
    const [z, x, y] = asked[0]!;
    expect((await fallback.tile(z, x, y, 'wgs84')).length).toBeGreaterThan(100);
    await expectSameTiles(fallback, worker);
    expect(worker.offThread()).toBe(true);
    expect(fallback.offThread()).toBe(false);
    expect(await fallback.prepare('wgs84')).toBeGreaterThanOrEqual(0);
  });
});
