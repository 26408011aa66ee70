// The cases in hand, for the map: every queue from 待受理 to 待结案. Parked
// (挂账) and closed cases are not the wall's business. The queues are read
// together so the map moves once per refresh, and each refresh says which
// cases the core named as changed since the one before, so the map updates
// just those.
import { useEffect, useRef, useState } from 'react';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { QueueId } from '../../../shared/queues.ts';
import { changesSince, createCaseChangeLog, type CaseListChanges } from '../api/case-changes.ts';
import { useApi } from '../api/context.ts';
import { useThrottledLoad } from '../platforms/data/use-throttled-query.ts';

const OPEN_QUEUES: readonly QueueId[] = ['intake', 'dispatch', 'sign', 'handling', 'verify', 'close'];
const PER_QUEUE = 1000;
const NONE: readonly CaseListItem[] = [];

export type OpenCases = { cases: readonly CaseListItem[]; changes: CaseListChanges | null };

export function useOpenCases(minMs: number): OpenCases {
  const api = useApi();
  const [log] = useState(createCaseChangeLog);
  useEffect(() => api.on('cases.changed', ({ ids }) => log.note(ids)), [api, log]);
  // The loads never overlap and land in order, so each one's base is the one before.
  const previous = useRef<readonly CaseListItem[] | undefined>(undefined);
  const loaded = useThrottledLoad(
    async (api) => {
      const n = log.begin();
      const cases = (await Promise.all(OPEN_QUEUES.map((queue) => api.query('cases.list', { queue, limit: PER_QUEUE })))).flat();
      const changes = changesSince(previous.current, log.answered(n) ?? null);
      previous.current = cases;
      return { cases, changes };
    },
    'open-cases',
    ['cases.changed'],
    minMs,
  );
  return loaded ?? { cases: NONE, changes: null };
}
