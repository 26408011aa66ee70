// The case feed into the map source: a view's list reloaded on the core's
// change events must reach maplibre as a diff of just the cases those named,
// never as the whole source again.
import type { GeoJSONSourceDiff, Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseListItem } from '../../../shared/contract.ts';
import { CASE_SOURCE } from './case-layers.ts';
import { createCaseSync } from './live-sync.ts';
import { identity } from './projection.ts';

const item = (id: string, patch: Partial<CaseListItem> = {}) => ({ id, code: null, title: 't', point: [130.3, 46.8], priority: 'normal', state: 'reported', pending: false, ...patch }) as CaseListItem;

/** A map whose case source records what it is sent. */
function fakeMap() {
  const diffs: GeoJSONSourceDiff[] = [];
  const setData = vi.fn();
  const source = { updateData: (d: GeoJSONSourceDiff) => void diffs.push(d), setData };
  const map = { getSource: (id: string) => (id === CASE_SOURCE ? source : undefined) } as unknown as MapLibreMap;
  return { map, diffs, setData };
}
const size = (d: GeoJSONSourceDiff) => (d.add?.length ?? 0) + (d.update?.length ?? 0) + (d.remove?.length ?? 0);

beforeEach(() => {
  // The sync batches per animation frame; the tests flush by hand.
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('a case list reloaded on change events', () => {
  const first = Array.from({ length: 6000 }, (_, i) => item(String(i)));

  it('reaches the source as a diff of the named cases only, never the whole list again', () => {
    const { map, diffs, setData } = fakeMap();
    const sync = createCaseSync(map, identity);
    sync.push(first);
    sync.flushNow();
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.add).toHaveLength(6000);

    // 3 changed: one re-prioritised, one gone from the list, one new. Case 9 differs too but no
    // event named it: proof that the other 5,997 were not compared (a whole-list diff would send it).
    const next = first.filter((c) => c.id !== '7').map((c) => (c.id === '5' ? item('5', { priority: 'critical' }) : c.id === '9' ? item('9', { priority: 'urgent' }) : c));
    next.push(item('new'));
    sync.push(next, { since: first, ids: new Set(['5', '7', 'new']) });
    sync.flushNow();
    expect(setData).not.toHaveBeenCalled();
    expect(diffs).toHaveLength(2);
    const d = diffs[1]!;
    expect(size(d)).toBe(3);
    expect(d.add!.map((f) => f.id)).toEqual(['new']);
    expect(d.update!.map((u) => u.id)).toEqual(['5']);
    expect(d.remove).toEqual(['7']);
  });

  it('merges the names of lists superseded within one frame', () => {
    const { map, diffs } = fakeMap();
    const sync = createCaseSync(map, identity);
    sync.push(first);
    sync.flushNow();
    const a = first.map((c) => (c.id === '1' ? item('1', { state: 'dispatched' }) : c));
    const b = a.map((c) => (c.id === '2' ? item('2', { state: 'dispatched' }) : c));
    sync.push(a, { since: first, ids: new Set(['1']) });
    sync.push(b, { since: a, ids: new Set(['2']) });
    sync.flushNow();
    expect(diffs).toHaveLength(2);
    expect(diffs[1]!.update!.map((u) => u.id).sort()).toEqual(['1', '2']);
  });

  it('compares the whole list when a case came or went unnamed, or the names are about another list', () => {
    const { map, diffs } = fakeMap();
    const sync = createCaseSync(map, identity);
    sync.push(first);
    sync.flushNow();
    // A full list: a new case (named) pushes the last one out (not named).
    const pushedOut = [item('top'), ...first.slice(0, -1)];
    sync.push(pushedOut, { since: first, ids: new Set(['top']) });
    sync.flushNow();
    expect(diffs[1]!.add!.map((f) => f.id)).toEqual(['top']);
    expect(diffs[1]!.remove).toEqual(['5999']);
    // One entered unnamed (the filter's light changed with time), one named left.
    const entered = [...pushedOut.filter((c) => c.id !== 'top'), item('lit')];
    sync.push(entered, { since: pushedOut, ids: new Set(['top']) });
    sync.flushNow();
    expect(diffs[2]).toMatchObject({ add: [expect.objectContaining({ id: 'lit' })], remove: ['top'] });
    // Names relative to a list this map was never handed: everything is compared.
    const other = entered.map((c) => (c.id === '3' ? item('3', { priority: 'critical' }) : c));
    sync.push(other, { since: first, ids: new Set<string>() });
    sync.flushNow();
    expect(diffs[3]!.update!.map((u) => u.id)).toEqual(['3']);
  });
});
