// Live views of the core: query once, then follow its events.
import { useEffect, useState } from 'react';
import type { CaseListItem, LinkState } from '../../../shared/contract.ts';
import { useApi } from './context.ts';

export function useLinkState(): LinkState | null {
  const api = useApi();
  const [state, setState] = useState<LinkState | null>(null);
  useEffect(() => {
    const off = api.on('link.changed', setState);
    void api.query('link.state', {}).then(setState);
    return off;
  }, [api]);
  return state;
}

/** The case list, refreshed at most once per animation frame however fast changes arrive. */
export function useCases(limit = 500): CaseListItem[] {
  const api = useApi();
  const [cases, setCases] = useState<CaseListItem[]>([]);
  useEffect(() => {
    let frame = 0;
    let alive = true;
    const load = () => void api.query('cases.list', { limit }).then((c) => alive && setCases(c));
    const off = api.on('cases.changed', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(load);
    });
    load();
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
      off();
    };
  }, [api, limit]);
  return cases;
}
