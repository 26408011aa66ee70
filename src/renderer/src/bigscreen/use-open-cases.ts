// The cases in hand, for the map: every queue from 待受理 to 待结案. Parked
// (挂账) and closed cases are not the wall's business. The queues are read
// together so the map moves once per refresh.
import type { CaseListItem } from '../../../shared/contract.ts';
import type { QueueId } from '../../../shared/queues.ts';
import { useThrottledLoad } from '../platforms/data/use-throttled-query.ts';

const OPEN_QUEUES: readonly QueueId[] = ['intake', 'dispatch', 'sign', 'handling', 'verify', 'close'];
const PER_QUEUE = 1000;
const NONE: readonly CaseListItem[] = [];

export function useOpenCases(minMs: number): readonly CaseListItem[] {
  const cases = useThrottledLoad(
    async (api) => (await Promise.all(OPEN_QUEUES.map((queue) => api.query('cases.list', { queue, limit: PER_QUEUE })))).flat(),
    'open-cases',
    ['cases.changed'],
    minMs,
  );
  return cases ?? NONE;
}
