// Which cases changed between two loads of a case list, from the ids the
// core's `cases.changed` events name. A view that reloads its list on those
// events can then tell the map "only these differ from the list before",
// and the map touches just them instead of comparing the whole list.
import type { CaseListItem } from '../../../shared/contract.ts';

/** The ids that are the only differences between `since` (the list handed over before) and the next list. */
export type CaseListChanges = { readonly since: readonly CaseListItem[]; readonly ids: ReadonlySet<string> };

export type CaseChangeLog = {
  /** A `cases.changed` event; no ids means everything may have changed (the replica was reset). */
  note(ids: readonly string[]): void;
  /** A load starts: it will see at least everything noted so far. */
  begin(): number;
  /**
   * That load's answer arrived: the ids noted for it and for every earlier load not answered
   * (still in flight, or failed); null when unknown (the first load, a reset), undefined when a
   * later load has already answered (this answer is older than what is shown: drop it).
   */
  answered(load: number): ReadonlySet<string> | null | undefined;
};

export function createCaseChangeLog(): CaseChangeLog {
  // Named since the last load began; null: unknown (nothing loaded yet, or a reset).
  let named: Set<string> | null = null;
  let started = 0;
  let lastAnswered = 0;
  const perLoad = new Map<number, Set<string> | null>();
  return {
    note(ids) {
      if (ids.length === 0) named = null;
      else if (named) for (const id of ids) named.add(id);
    },
    begin() {
      perLoad.set(++started, named);
      named = new Set();
      return started;
    },
    answered(load) {
      if (load <= lastAnswered) return undefined;
      let ids: Set<string> | null = new Set();
      for (let n = lastAnswered + 1; n <= load; n++) {
        const part = perLoad.get(n);
        perLoad.delete(n);
        if (!part) ids = null;
        else if (ids) for (const id of part) ids.add(id);
      }
      lastAnswered = load;
      return ids;
    },
  };
}

/** The changes to hand the map with `next`, given the list shown before and what the log said. */
export const changesSince = (since: readonly CaseListItem[] | undefined, ids: ReadonlySet<string> | null): CaseListChanges | null =>
  since && ids ? { since, ids } : null;
