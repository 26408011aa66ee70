// A case list kept live like useLiveQuery (the same reload per frame), that
// also says which cases the core named as changed since the list before (see
// case-changes.ts): the map then updates just those.
import { useEffect, useState } from 'react';
import type { CaseListItem, QueryInput } from '../../../shared/contract.ts';
import { changesSince, createCaseChangeLog, type CaseListChanges } from './case-changes.ts';
import type { Api } from './client.ts';
import { useApi } from './context.ts';
import { reloadOnEvents, showsHeld, type KeepPrevious } from './use-live-query.ts';

type CaseListQuery = 'cases.list' | 'cases.search';
export type LiveCaseList = {
  cases: readonly CaseListItem[] | undefined; changes: CaseListChanges | null;
  /** The arguments (as keyed) the cases answer: while a new filter is asked, those of the list still shown. */
  key?: string;
};
/** An answer, with the arguments (as keyed) it answers. */
export type HeldCaseList = { key: string; cases: readonly CaseListItem[]; changes: CaseListChanges | null };

const NOTHING: LiveCaseList = { cases: undefined, changes: null };

/**
 * Loads the list for `key` now and again after `cases.changed`, handing each answer with the ids
 * named since the answer before it (null: unknown). Returns the stop; nothing is handed after it.
 */
export function followCaseList<K extends CaseListQuery>(api: Api, name: K, key: string, hand: (cases: readonly CaseListItem[], ids: ReadonlySet<string> | null) => void): () => void {
  let alive = true;
  // A new query (other args, or enabled again) starts without a known base: its first answer is compared whole.
  const log = createCaseChangeLog();
  const load = () => {
    const n = log.begin();
    void api.query(name, JSON.parse(key) as QueryInput<K>).then(
      (cases) => {
        const ids = log.answered(n);
        if (alive && ids !== undefined) hand(cases, ids);
      },
      () => undefined, // offline or refused: keep the last answer; its ids go with the next one
    );
  };
  const stop = reloadOnEvents(api, ['cases.changed'], load, ({ ids }) => log.note(ids));
  return () => {
    alive = false;
    stop();
  };
}

/**
 * An answer to `key` replacing `before`. Its changes are told only against a list of the same
 * arguments: another queue's list is no base to diff against (the map would keep points of a queue
 * no longer shown).
 */
export const holdAnswer = (before: HeldCaseList | undefined, key: string, cases: readonly CaseListItem[], ids: ReadonlySet<string> | null): HeldCaseList =>
  ({ key, cases, changes: changesSince(before?.key === key ? before.cases : undefined, ids) });

/** What is handed over while `key` is asked: its own answer, else nothing (or the last one, where `keepPrevious` takes it). */
export const shownList = <A>(held: HeldCaseList | undefined, key: string, keepPrevious: KeepPrevious<A> = false): LiveCaseList =>
  held && showsHeld(held.key, key, keepPrevious) ? held : NOTHING;

/**
 * `cases` is undefined until the list for these arguments comes (after a queue switch, the queue
 * before is never handed over as this one's); `keepPrevious` as for useLiveQuery.
 */
export function useLiveCaseList<K extends CaseListQuery>(name: K, args: QueryInput<K>, enabled = true, keepPrevious: KeepPrevious<QueryInput<K>> = false): LiveCaseList {
  const api = useApi();
  const [held, setHeld] = useState<HeldCaseList>();
  const key = JSON.stringify(args);
  useEffect(() => {
    if (!enabled) return;
    return followCaseList(api, name, key, (cases, ids) => setHeld((before) => holdAnswer(before, key, cases, ids)));
  }, [api, name, key, enabled]);
  return shownList(held, key, keepPrevious);
}
