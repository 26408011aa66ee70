// Deep links into the dispatch workstation: #/dispatch?queue=overdue&platform=urban&q=井盖
// (&categories=事件:0101,事件:0102 narrows to a chart bar's categories)
// (the platform panels and the big screen link here; see platforms/data/case-links.ts).
// Unknown values are ignored, so a stale bookmark still opens the workstation.
import { useEffect, useRef } from 'react';
import { platforms, type Platform } from '../../../shared/domain/model.ts';
import { queueIds, type QueueId } from '../../../shared/queues.ts';
import { caseListFilterSchema, type CaseListFilter as ListFilter } from '../../../shared/case-filter.ts';

export type DispatchLink = { queue?: QueueId; platform?: Platform; q?: string; categories?: string };

export function parseDispatchLink(hash: string): DispatchLink {
  const [route, query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  if (route !== 'dispatch' && route !== '') return {};
  const params = new URLSearchParams(query);
  const queue = params.get('queue');
  const platform = params.get('platform');
  const q = params.get('q')?.trim().slice(0, 100);
  const categories = params.get('categories');
  return {
    ...(queue && (queueIds as string[]).includes(queue) ? { queue: queue as QueueId } : {}),
    ...(platform && (platforms as readonly string[]).includes(platform) ? { platform: platform as Platform } : {}),
    ...(q ? { q } : {}),
    ...(categories && caseListFilterSchema.shape.categories.safeParse(categories).success ? { categories } : {}),
  };
}

/** The list filter a link sets: its platform and its categories, nothing else. */
export const linkFilter = (link: DispatchLink): ListFilter => ({
  ...(link.platform ? { platform: link.platform } : {}),
  ...(link.categories ? { categories: link.categories } : {}),
});

/** Calls `apply` whenever the address changes to another dispatch link (the first one is read at mount by the caller). */
export function useDispatchLink(apply: (link: DispatchLink) => void): void {
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  useEffect(() => {
    const onHash = () => applyRef.current(parseDispatchLink(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
}
