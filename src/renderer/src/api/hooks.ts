// Live views of the core: query once, then follow its events.
import { useEffect, useState } from 'react';
import type { LinkState } from '../../../shared/contract.ts';
import { useApi } from './context.ts';

export function useLinkState(): LinkState | null {
  const api = useApi();
  const [state, setState] = useState<LinkState | null>(null);
  useEffect(() => {
    const off = api.on('link.changed', setState);
    // Unanswered (the core out of reach), the badge waits for the next link.changed.
    void api.query('link.state', {}).then(setState, () => undefined);
    return off;
  }, [api]);
  return state;
}
