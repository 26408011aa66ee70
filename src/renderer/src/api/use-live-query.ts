// A query kept live: fetched once, then again (at most once per animation
// frame) whenever one of the named events arrives.
import { useEffect, useState } from 'react';
import type { EventName, QueryInput, QueryName, QueryOutput } from '../../../shared/contract.ts';
import { useApi } from './context.ts';

export function useLiveQuery<K extends QueryName>(name: K, args: QueryInput<K>, refreshOn: readonly EventName[], enabled = true): QueryOutput<K> | undefined {
  const api = useApi();
  const [data, setData] = useState<QueryOutput<K>>();
  const key = JSON.stringify(args);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let frame = 0;
    const load = () => void api.query(name, JSON.parse(key) as QueryInput<K>).then((d) => alive && setData(d), () => undefined);
    const offs = refreshOn.map((e) =>
      api.on(e, () => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(load);
      }),
    );
    load();
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
      offs.forEach((off) => off());
    };
    // refreshOn is a constant list at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, name, key, enabled]);
  return data;
}
