// Live views of the core: query once, then follow its events.
import { useEffect, useState } from 'react';
import type { LinkState } from '../../../shared/contract.ts';
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
