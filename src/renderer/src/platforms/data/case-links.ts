// Every figure opens the cases behind it in the dispatch workstation. The link
// is the hash route itself, so it works from the big screen, a panel, or a
// bookmark: #/dispatch?queue=overdue&platform=urban&q=井盖.
//   queue     one of the work queues (待受理 … 已超期)
//   platform  only this platform's cases
//   q         a search text or an exact case code
//   categories  comma-joined kind:minor keys, the categories a chart's bar counts
import type { Platform } from '../../../../shared/domain/model.ts';
import type { QueueId } from '../../../../shared/queues.ts';

export type CaseLink = { queue?: QueueId; platform?: Platform; q?: string; categories?: readonly string[] };

export function dispatchHref(link: CaseLink): string {
  const params = new URLSearchParams();
  if (link.queue) params.set('queue', link.queue);
  if (link.platform) params.set('platform', link.platform);
  if (link.q) params.set('q', link.q);
  if (link.categories?.length) params.set('categories', link.categories.join(','));
  const query = params.toString();
  return `#/dispatch${query ? `?${query}` : ''}`;
}

export const openCases = (link: CaseLink): void => void (location.hash = dispatchHref(link));

/**
 * What a click on a chart opens: a bar that counts the accepted cases of some categories opens
 * exactly those (受理, in its categories); any other chart opens the chart's own link.
 */
export function barLink(link: CaseLink, data: { shape: string; cases?: string[][] }, index: number | undefined): CaseLink {
  const categories = data.shape === 'category' && index !== undefined ? data.cases?.[index] : undefined;
  return categories?.length ? { ...link, queue: 'accepted', categories } : link;
}
