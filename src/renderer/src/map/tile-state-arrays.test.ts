// Against maplibre's own feature-state store (its source, same version as the
// bundle): tiles placed between two changes get the same arrays maplibre
// would have built for each, built once; a change gives the next tile fresh ones.
import { describe, expect, it } from 'vitest';
import { shareStateArrays, type FeatureStateStore } from './tile-state-arrays.ts';

type Store = FeatureStateStore & {
  updateState(layer: string, id: string, state: Record<string, unknown>): void;
  removeFeatureState(layer: string, id?: string): void;
  coalesceChanges(tilesInView: unknown, style: unknown): void;
};
// Through a path the type-checker does not follow: maplibre's sources are not written for this project's settings.
const sourcePath = '../../../../node_modules/maplibre-gl/src/source/source_state.ts';
const { SourceFeatureState } = (await import(/* @vite-ignore */ sourcePath)) as { SourceFeatureState: new () => Store };

type Arrays = Record<string, { id: string; state: Record<string, unknown> }[]>;
const tile = () => {
  const got: { states: Arrays; revision: number }[] = [];
  return { got, setFeatureState: (states: Arrays, _style: unknown, revision: number) => void got.push({ states, revision }) };
};
const noTilesInView = { setFeatureState: () => undefined } as never;

function storeWith(changes: [string, string, Record<string, unknown>][]) {
  const store = new SourceFeatureState();
  for (const [layer, id, state] of changes) store.updateState(layer, id, state);
  store.coalesceChanges(noTilesInView, {} as never);
  return store;
}

describe('feature-state arrays shared by the tiles of one revision', () => {
  const changes: [string, string, Record<string, unknown>][] = [
    ['grids', '230803001001001', { level: 'open' }], ['grids', '230803001001002', { level: 'overdue' }], ['communities', '230803001001', { level: 'overdue' }],
  ];

  it('hands each tile what maplibre itself would, building the arrays once per revision', () => {
    const plain = storeWith(changes);
    const shared = storeWith(changes);
    expect(shareStateArrays(shared)).toBe(true);
    const [expected, a, b] = [tile(), tile(), tile()];
    plain.initializeTileState(expected as never, {} as never);
    shared.initializeTileState(a as never, {} as never);
    shared.initializeTileState(b as never, {} as never);
    expect(a.got[0]).toEqual(expected.got[0]);
    expect(b.got[0]!.states).toBe(a.got[0]!.states);

    // A change (and a removal) makes a new revision: the next tile gets the new states.
    shared.updateState('grids', '230803001001001', { level: 'warning' });
    shared.removeFeatureState('grids', '230803001001002');
    shared.coalesceChanges(noTilesInView, {} as never);
    plain.updateState('grids', '230803001001001', { level: 'warning' });
    plain.removeFeatureState('grids', '230803001001002');
    plain.coalesceChanges(noTilesInView, {} as never);
    const [expected2, c] = [tile(), tile()];
    plain.initializeTileState(expected2 as never, {} as never);
    shared.initializeTileState(c as never, {} as never);
    expect(c.got[0]).toEqual(expected2.got[0]);
    expect(c.got[0]!.states).not.toBe(a.got[0]!.states);
    expect(c.got[0]!.states.grids!.find((s) => s.id === '230803001001001')!.state).toEqual({ level: 'warning' });
  });

  it('leaves anything not shaped like the store alone', () => {
    expect(shareStateArrays(undefined)).toBe(false);
    expect(shareStateArrays({ state: {}, revision: 0 })).toBe(false);
  });
});
