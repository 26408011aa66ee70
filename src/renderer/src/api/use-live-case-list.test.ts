// The live case list across a change of its arguments (a queue switch): what
// the view and the map are handed must be the answer to the arguments asked
// now, never the queue before, and its changes are told only against a list
// of the same arguments. Driven the way the hook drives it, with a fake core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseListItem, EventName } from '../../../shared/contract.ts';
import type { Api } from './client.ts';
import { followCaseList, holdAnswer, shownList, type HeldCaseList } from './use-live-case-list.ts';

const item = (id: string) => ({ id, code: null, title: id, point: [130.3, 46.8], priority: 'normal', state: 'reported', pending: false }) as unknown as CaseListItem;

/** A core whose answers come when the test says, and whose events the test sends. */
function fakeApi() {
  const asked: { args: { queue: string }; answer: (cases: readonly CaseListItem[]) => void }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = {
    query: (_name: string, args: { queue: string }) => new Promise((resolve) => asked.push({ args, answer: resolve })),
    on: (event: EventName, cb: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(cb);
      return () => set.delete(cb);
    },
  } as unknown as Api;
  const emit = (event: EventName, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload));
  return { api, asked, emit };
}

/** The hook's state and effect: one follow per key, each answer held by its key. */
function liveList(api: Api) {
  let held: HeldCaseList | undefined;
  let stop = () => {};
  let key = '';
  return {
    ask(args: { queue: string; filter?: object }) {
      stop();
      key = JSON.stringify(args);
      const asked = key;
      stop = followCaseList(api, 'cases.list', asked, (cases, ids) => (held = holdAnswer(held, asked, cases, ids)));
    },
    shown: (keep?: (answered: { queue: string }) => boolean) => shownList(held, key, keep),
  };
}

// Answers settle on the microtask queue; the reload after an event on the next "frame".
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let frames: (() => void)[] = [];
const nextFrame = () => frames.splice(0).forEach((f) => f());

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});
afterEach(() => vi.unstubAllGlobals());

describe('a live case list whose arguments change', () => {
  it('hands over nothing for a new queue until its own list comes, not the queue before', async () => {
    const { api, asked } = fakeApi();
    const live = liveList(api);
    const intake = [item('a'), item('b')];
    live.ask({ queue: 'intake' });
    asked[0]!.answer(intake);
    await settle();
    expect(live.shown().cases).toBe(intake);

    live.ask({ queue: 'overdue' });
    expect(live.shown()).toEqual({ cases: undefined, changes: null });
    // The queue before answering late (a reload in flight at the switch) is not taken for this one.
    asked[0]!.answer([item('late')]);
    await settle();
    expect(live.shown().cases).toBeUndefined();

    const overdue = [item('c')];
    asked[1]!.answer(overdue);
    await settle();
    expect(live.shown()).toMatchObject({ cases: overdue, changes: null });
  });

  it('tells the changes of a reload against the list of the same arguments only', async () => {
    const { api, asked, emit } = fakeApi();
    const live = liveList(api);
    const first = [item('a')];
    live.ask({ queue: 'all' });
    asked[0]!.answer(first);
    await settle();
    emit('cases.changed', { ids: ['b'] });
    nextFrame();
    const second = [item('b'), item('a')];
    asked[1]!.answer(second);
    await settle();
    expect(live.shown().changes).toEqual({ since: first, ids: new Set(['b']) });

    // Another queue's list is no base: a diff of the overdue list against the whole queue's would
    // leave the map drawing cases that are not overdue.
    const switched = holdAnswer({ key: '{"queue":"all"}', cases: second, changes: null }, '{"queue":"overdue"}', [item('a')], new Set(['a']));
    expect(switched.changes).toBeNull();
  });

  it('keeps the last list while asked anew, where the caller takes it: a filter within the queue, not another queue', async () => {
    const { api, asked } = fakeApi();
    const live = liveList(api);
    const all = [item('a'), item('b')];
    live.ask({ queue: 'all' });
    asked[0]!.answer(all);
    await settle();
    const sameQueue = (answered: { queue: string }) => answered.queue === 'all';
    live.ask({ queue: 'all', filter: { priority: 'critical' } });
    expect(live.shown(sameQueue).cases).toBe(all);
    // It says which list it is: a list held still under the pointer must not take these rows for the filter's.
    expect(live.shown(sameQueue).key).toBe(JSON.stringify({ queue: 'all' }));
    expect(live.shown().cases).toBeUndefined();
    live.ask({ queue: 'overdue' });
    expect(live.shown((answered) => answered.queue === 'overdue').cases).toBeUndefined();
  });
});
