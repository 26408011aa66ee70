// A case list kept live like useLiveQuery (the same reload per frame), that
// also says which cases the core named as changed since the list before (see
// case-changes.ts): the map then updates just those.
import { useEffect, useState } from 'react';
import type { CaseListItem, QueryInput } from '../../../shared/contract.ts';
import { changesSince, createCaseChangeLog, type CaseListChanges } from './case-changes.ts';
import { useApi } from './context.ts';
import { reloadOnEvents } from './use-live-query.ts';

type CaseListQuery = 'cases.list' | 'cases.search';
export type LiveCaseList = { cases: readonly CaseListItem[] | undefined; changes: CaseListChanges | null };

const NOTHING: LiveCaseList = { cases: undefined, changes: null };

export function useLiveCaseList<K extends CaseListQuery>(name: K, args: QueryInput<K>, enabled = true): LiveCaseList {
  const api = useApi();
  const [state, setState] = useState<LiveCaseList>(NOTHING);
  const key = JSON.stringify(args);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    // A new query (other args, or enabled again) starts without a known base: its first answer is compared whole.
    const log = createCaseChangeLog();
    const load = () => {
      const n = log.begin();
      void api.query(name, JSON.parse(key) as QueryInput<K>).then(
        (cases) => {
          const ids = log.answered(n);
          if (!alive || ids === undefined) return;
          setState((before) => ({ cases, changes: changesSince(before.cases, ids) }));
        },
        () => undefined, // offline or refused: keep the last answer; its ids go with the next one
      );
    };
    const stop = reloadOnEvents(api, ['cases.changed'], load, ({ ids }) => log.note(ids));
    return () => {
      alive = false;
      stop();
    };
  }, [api, name, key, enabled]);
  return state;
}
