// Live data refreshed at most once per `minMs` however often its events fire.
// Panels read expensive queries (KPIs over every cached case, a year of
// series) that change every few seconds in a busy city; a wall needs them
// fresh to the quarter-minute, not to the event. `select` keeps only what the
// screen shows (a count instead of 8,000 grid polygons), so the big payload is
// garbage as soon as it arrives.
import { useEffect, useRef, useState } from 'react';
import type { EventName, QueryInput, QueryName, QueryOutput } from '../../../../shared/contract.ts';
import type { Api } from '../../api/client.ts';
import { useApi } from '../../api/context.ts';

/**
 * `load` runs at mount and then after events, never more often than every
 * `minMs` (trailing edge: an event in the quiet period still gets its refresh
 * at its end) and never twice at once. `key` names what load reads: a new key
 * starts over. A null answer (data not fetched yet) is not throttled: the
 * event that says it arrived is answered at once.
 */
export function useThrottledLoad<T>(load: (api: Api) => Promise<T>, key: string, refreshOn: readonly EventName[], minMs: number, enabled = true): T | undefined {
  const api = useApi();
  const [data, setData] = useState<T>();
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const events = refreshOn.join(',');

  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastStart = -Infinity;
    let inFlight = false;
    let again = false;
    let ready = false;
    const run = () => {
      timer = undefined;
      if (inFlight) return void (again = true);
      inFlight = true;
      lastStart = performance.now();
      loadRef.current(api)
        .then((out) => {
          ready = out !== null;
          if (alive) setData(() => out);
        }, () => undefined) // offline or refused: keep the last answer
        .finally(() => {
          inFlight = false;
          if (alive && again) {
            again = false;
            schedule();
          }
        });
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(run, ready ? Math.max(0, lastStart + minMs - performance.now()) : 0);
    };
    const offs = events ? events.split(',').map((e) => api.on(e as EventName, schedule)) : [];
    run();
    return () => {
      alive = false;
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [api, key, events, minMs, enabled]);
  return enabled ? data : undefined;
}

type Options<K extends QueryName, T> = { minMs: number; select?: (out: QueryOutput<K>) => T; enabled?: boolean };

export function useThrottledQuery<K extends QueryName, T = QueryOutput<K>>(
  name: K,
  args: QueryInput<K>,
  refreshOn: readonly EventName[],
  { minMs, select, enabled = true }: Options<K, T>,
): T | undefined {
  const key = `${name} ${JSON.stringify(args)}`;
  return useThrottledLoad(
    async (api) => {
      const out = await api.query(name, args);
      return select ? select(out) : (out as unknown as T);
    },
    key,
    refreshOn,
    minMs,
    enabled,
  );
}
