// The ticker's items: the newest reports and the overdue cases, a fixed number
// of each, so the ticker never grows however long the wall runs.
import type { CaseListItem } from '../../../shared/contract.ts';
import { useThrottledLoad } from '../platforms/data/use-throttled-query.ts';

export type TickerItem = { id: string; kind: 'new' | 'overdue'; code: string | null; title: string; address: string; at: string };

const EACH = 8;

const item = (kind: TickerItem['kind']) => (c: CaseListItem): TickerItem => ({ id: c.id, kind, code: c.code, title: c.title, address: c.address, at: c.reportedAt });

/** The items; undefined until the first answer (the ticker then claims nothing, not "no cases"). */
export function useTicker(minMs: number): readonly TickerItem[] | undefined {
  return useThrottledLoad(
    async (api) => {
      const [fresh, overdue] = await Promise.all([api.query('cases.list', { queue: 'all', limit: EACH }), api.query('cases.list', { queue: 'overdue', limit: EACH })]);
      return [...overdue.map(item('overdue')), ...fresh.map(item('new'))];
    },
    'ticker',
    ['cases.changed'],
    minMs,
  );
}
