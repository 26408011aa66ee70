// A city-wide status change reaches the map as feature-state writes spread over
// frames: each frame writes up to a count and a time budget, and all are written.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridStatus } from '../../../shared/grid-status.ts';
import { COMMUNITY_SOURCE, GRID_SOURCE } from './grid-layers.ts';
import { createGridStatusSync } from './live-sync.ts';

/** A map that counts feature-state writes, each taking `msPerWrite` of a fake clock. */
function fakeMap(msPerWrite: number) {
  let clock = 0;
  const writes: { source: string; id: string; level: string }[] = [];
  const map = {
    setFeatureState(target: { source: string; id: string }, state: { level: string }) {
      clock += msPerWrite;
      writes.push({ source: target.source, id: target.id, level: state.level });
    },
  } as unknown as MapLibreMap;
  return { map, writes, now: () => clock };
}

// Fifteen-digit grid codes, ten grids to a community (its code is the first twelve digits).
const statuses = (n: number, open = 1): GridStatus[] =>
  Array.from({ length: n }, (_, i) => ({ gridCode: `230803001${String(Math.floor(i / 10)).padStart(3, '0')}${String(i % 10).padStart(3, '0')}`, open, yellow: 0, red: 0 }));

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('grid status over frames', () => {
  it('does nothing once its map is removed (the sync is disposed a render later)', () => {
    const { map, writes } = fakeMap(0);
    const sync = createGridStatusSync(map);
    sync.push(statuses(100));
    (map as unknown as { _removed: boolean })._removed = true;
    expect(() => sync.flushNow()).not.toThrow();
    expect(writes).toEqual([]);
  });

  it('stops a frame at its time budget and writes the rest in the next frames, all of them', () => {
    const { map, writes, now } = fakeMap(1 / 64);
    const sync = createGridStatusSync(map, 2500, undefined, 12, now);
    sync.push(statuses(10_000));
    const frames: number[] = [];
    for (let f = 0; f < 100 && (f === 0 || sync.pending() > 0); f++) {
      const before = writes.length;
      sync.flushNow();
      frames.push(writes.length - before);
    }
    // 10,000 grids and the 1,000 communities they fall in.
    expect(writes).toHaveLength(11_000);
    expect(new Set(writes.filter((w) => w.source === GRID_SOURCE).map((w) => w.id)).size).toBe(10_000);
    expect(writes.filter((w) => w.source === COMMUNITY_SOURCE)).toHaveLength(1_000);
    // 12 ms at 1/64 ms a write is 768 writes; the clock is read every 100, so a frame stops at 800.
    expect(Math.max(...frames)).toBe(800);
    expect(frames.length).toBe(Math.ceil(11_000 / 800));
  });

  it('writes up to its count in a frame while within time, and at least one clock check worth when late', () => {
    const fast = fakeMap(0);
    const sync = createGridStatusSync(fast.map, 2500, undefined, 12, fast.now);
    sync.push(statuses(10_000));
    sync.flushNow();
    expect(fast.writes).toHaveLength(2500);

    const slow = fakeMap(1);
    const late = createGridStatusSync(slow.map, 2500, undefined, 12, slow.now);
    late.push(statuses(500));
    late.flushNow();
    expect(slow.writes).toHaveLength(100);
    while (late.pending() > 0) late.flushNow();
    expect(slow.writes).toHaveLength(550);
  });

  it('writes only grids whose level moved, and quiets grids that dropped out', () => {
    const { map, writes, now } = fakeMap(0);
    const sync = createGridStatusSync(map, 2500, undefined, 12, now);
    const gridWrites = (list: GridStatus[]) => {
      const before = writes.length;
      sync.push(list);
      sync.flushNow();
      return writes.slice(before).filter((w) => w.source === GRID_SOURCE).map((w) => [w.id, { level: w.level }]);
    };
    expect(gridWrites([{ gridCode: 'a', open: 1, yellow: 0, red: 0 }, { gridCode: 'b', open: 2, yellow: 1, red: 0 }])).toEqual([['a', { level: 'open' }], ['b', { level: 'warning' }]]);
    expect(gridWrites([{ gridCode: 'b', open: 2, yellow: 1, red: 0 }, { gridCode: 'c', open: 1, yellow: 0, red: 1 }])).toEqual([['c', { level: 'overdue' }], ['a', { level: 'quiet' }]]);
    // More cases within the same level: nothing for the map to redraw.
    expect(gridWrites([{ gridCode: 'b', open: 5, yellow: 3, red: 0 }, { gridCode: 'c', open: 2, yellow: 1, red: 2 }])).toEqual([]);
  });

  it('writes nothing for grids whose level did not move', () => {
    const { map, writes, now } = fakeMap(0);
    const sync = createGridStatusSync(map, 2500, undefined, 12, now);
    sync.push(statuses(100));
    while (sync.pending() > 0 || writes.length === 0) sync.flushNow();
    const first = writes.length;
    sync.push(statuses(100));
    sync.flushNow();
    expect(writes.length).toBe(first);
    // Two open cases instead of one: still 'open'.
    sync.push(statuses(100, 2));
    sync.flushNow();
    expect(writes.length).toBe(first);
    // One of them overdue in every grid: each grid and each community turns red.
    sync.push(statuses(100, 2).map((s) => ({ ...s, red: 1 })));
    sync.flushNow();
    expect(writes.length - first).toBe(110);
    expect(writes.at(-1)!.level).toBe('overdue');
  });

  it('ends where the newest list says, when it comes while an older one is half diffed and half written', () => {
    const { map, writes, now } = fakeMap(1);
    const sync = createGridStatusSync(map, 2500, undefined, 12, now);
    const older = statuses(3000).map((s, i) => ({ ...s, red: i % 2 }));
    sync.push(older);
    sync.flushNow();
    expect(sync.pending()).toBeGreaterThan(0);
    // The newer list names only the first 1,000 grids, none of them overdue.
    const newer = statuses(1000);
    sync.push(newer);
    for (let f = 0; f < 10_000 && sync.pending() > 0; f++) sync.flushNow();
    const last = new Map<string, string>();
    for (const w of writes) last.set(`${w.source}/${w.id}`, w.level);
    for (const s of older) expect(last.get(`${GRID_SOURCE}/${s.gridCode}`) ?? 'quiet', s.gridCode).toBe(newer.some((n) => n.gridCode === s.gridCode) ? 'open' : 'quiet');
    const communities = [...last].filter(([k]) => k.startsWith(`${COMMUNITY_SOURCE}/`));
    expect(communities.filter(([, level]) => level === 'open')).toHaveLength(100);
    expect(communities.filter(([, level]) => level !== 'open' && level !== 'quiet')).toHaveLength(0);
  });

  it('ends where the newest list says whichever frame it comes in: diffing, settling the grids, or the communities', () => {
    const older = statuses(3000).map((s, i) => ({ ...s, red: i % 2 }));
    const settling = statuses(1000);
    // The newest puts the first 100 communities back as the older list had them (overdue): a
    // community must not be taken as still overdue when the settling list had queued it as open.
    const newest = statuses(2000).map((s, i) => ({ ...s, [i < 1000 ? 'red' : 'yellow']: i % 2 }));
    let superseded = 0;
    for (let frames = 1; frames <= 30; frames++) {
      // A clock that moves 4 ms a look: a frame does three steps of a hundred items.
      let clock = 0;
      const writes: { source: string; id: string; level: string }[] = [];
      const map = { setFeatureState: (t: { source: string; id: string }, s: { level: string }) => void writes.push({ source: t.source, id: t.id, level: s.level }) } as unknown as MapLibreMap;
      const sync = createGridStatusSync(map, 2500, undefined, 12, () => (clock += 4));
      sync.push(older);
      while (sync.pending() > 0) sync.flushNow();
      // The settling list quiets 2,000 grids and 200 communities, and is cut short after `frames` frames.
      sync.push(settling);
      for (let f = 0; f < frames && sync.pending() > 0; f++) sync.flushNow();
      if (sync.pending() > 0) superseded++;
      sync.push(newest);
      for (let f = 0; f < 10_000 && sync.pending() > 0; f++) sync.flushNow();
      const last = new Map<string, string>();
      for (const w of writes) last.set(`${w.source}/${w.id}`, w.level);
      const level = (source: string, id: string) => last.get(`${source}/${id}`) ?? 'quiet';
      for (const [i, s] of older.entries()) expect(level(GRID_SOURCE, s.gridCode), `${frames}: ${s.gridCode}`).toBe(i >= 2000 ? 'quiet' : i % 2 === 0 ? 'open' : i < 1000 ? 'overdue' : 'warning');
      for (let c = 0; c < 300; c++) expect(level(COMMUNITY_SOURCE, older[c * 10]!.gridCode.slice(0, 12)), `${frames}: community ${c}`).toBe(c < 100 ? 'overdue' : c < 200 ? 'warning' : 'quiet');
    }
    // Cut short in every phase, not only while its list was diffed (the last frames let it finish).
    expect(superseded).toBeGreaterThanOrEqual(15);
  });
});
