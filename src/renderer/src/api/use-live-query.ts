// A query kept live: fetched once, then again (at most once per animation
// frame) whenever one of the named events arrives.
import { useEffect, useState } from 'react';
import type { EventName, EventPayload, QueryInput, QueryName, QueryOutput } from '../../../shared/contract.ts';
import type { Api } from './client.ts';
import { useApi } from './context.ts';

/**
 * Calls `load` now, and again on the next animation frame after any of `events`
 * (a burst of events in one frame loads once). `onEvent` sees every event as it
 * comes, before the load it schedules. Returns the unsubscribe.
 */
export function reloadOnEvents<E extends EventName>(api: Api, events: readonly E[], load: () => void, onEvent?: (payload: EventPayload<E>) => void): () => void {
  let frame = 0;
  const offs = events.map((e) =>
    api.on(e, (payload) => {
      onEvent?.(payload);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(load);
    }),
  );
  load();
  return () => {
    cancelAnimationFrame(frame);
    offs.forEach((off) => off());
  };
}

/**
 * While new arguments are asked, the last answer may stand in for theirs: always (`true`), never
 * (`false`), or when it answered arguments the function accepts (a list narrowed within the same
 * queue, but not another queue's list).
 */
export type KeepPrevious<A> = boolean | ((answered: A) => boolean);

/** Whether an answer to the arguments keyed `heldKey` is shown while those keyed `key` are asked. */
export function showsHeld<A>(heldKey: string, key: string, keepPrevious: KeepPrevious<A>): boolean {
  if (heldKey === key) return true;
  return typeof keepPrevious === 'function' ? keepPrevious(JSON.parse(heldKey) as A) : keepPrevious;
}

/** An answer kept live, and whether it answers the arguments asked now (else it is a held one). */
export type LiveAnswer<T> = { data: T | undefined; current: boolean };

/**
 * `everyMs`: also reload on a timer, for answers that age with the clock and not only with the
 * data (an SLA light turns yellow, then red, with no case changing). `keepPrevious`: while new
 * arguments are asked, show the last answer (a list being narrowed) rather than nothing; left out,
 * only the answer to these arguments is shown (another case's actions never show under this one).
 */
export function useLiveQuery<K extends QueryName>(name: K, args: QueryInput<K>, refreshOn: readonly EventName[], enabled = true, everyMs = 0, keepPrevious: KeepPrevious<QueryInput<K>> = false): QueryOutput<K> | undefined {
  return useLiveAnswer(name, args, refreshOn, enabled, everyMs, keepPrevious).data;
}

/** useLiveQuery, saying also whether a shown answer is the one to these arguments or a held one. */
export function useLiveAnswer<K extends QueryName>(name: K, args: QueryInput<K>, refreshOn: readonly EventName[], enabled = true, everyMs = 0, keepPrevious: KeepPrevious<QueryInput<K>> = false): LiveAnswer<QueryOutput<K>> {
  const api = useApi();
  // The answer with the arguments it answers.
  const [held, setHeld] = useState<{ key: string; data: QueryOutput<K> }>();
  const key = JSON.stringify(args);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    // An answer older than one already shown is dropped (two loads can answer out of order).
    let asked = 0;
    let shown = 0;
    const load = () => {
      const seq = ++asked;
      void api.query(name, JSON.parse(key) as QueryInput<K>).then((data) => {
        if (!alive || seq < shown) return;
        shown = seq;
        setHeld({ key, data });
      }, () => undefined);
    };
    const stop = reloadOnEvents(api, refreshOn, load);
    const timer = everyMs > 0 ? setInterval(load, everyMs) : undefined;
    return () => {
      alive = false;
      stop();
      clearInterval(timer);
    };
    // refreshOn is a constant list at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, name, key, enabled, everyMs]);
  const shown = held && showsHeld(held.key, key, keepPrevious);
  return { data: shown ? held.data : undefined, current: held?.key === key };
}
