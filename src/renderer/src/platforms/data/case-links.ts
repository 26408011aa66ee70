// Every figure opens the cases behind it in the dispatch workstation. The link
// is the hash route itself, so it works from the big screen, a panel, or a
// bookmark: #/dispatch?queue=overdue&platform=urban&q=井盖.
//   queue     one of the work queues (待受理 … 已超期)
//   platform  only this platform's cases
//   q         a search text or an exact case code
import type { Platform } from '../../../../shared/domain/model.ts';
import type { QueueId } from '../../../../shared/queues.ts';

export type CaseLink = { queue?: QueueId; platform?: Platform; q?: string };

export function dispatchHref(link: CaseLink): string {
  const params = new URLSearchParams();
  if (link.queue) params.set('queue', link.queue);
  if (link.platform) params.set('platform', link.platform);
  if (link.q) params.set('q', link.q);
  const query = params.toString();
  return `#/dispatch${query ? `?${query}` : ''}`;
}

export const openCases = (link: CaseLink): void => void (location.hash = dispatchHref(link));
