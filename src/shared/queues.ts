// The work queues of the dispatch workstation (待受理, 待派遣, 待签收 …): each
// is data — the states it holds, and whether it narrows to overdue or
// supervised cases — so the cache's SQL and any in-memory filter agree.
import type { CaseState } from './domain/model.ts';

export type QueueDef = { states: readonly CaseState[]; overdue?: true; supervised?: true };

const OPEN_WORK: readonly CaseState[] = ['dispatched', 'signed', 'handling'];
const OPEN: readonly CaseState[] = ['reported', 'filed', 'dispatched', 'signed', 'handling', 'parked', 'resolved', 'verified'];

export const queues = {
  all: { states: [] },
  intake: { states: ['reported'] },
  dispatch: { states: ['filed'] },
  sign: { states: ['dispatched'] },
  handling: { states: ['signed', 'handling'] },
  verify: { states: ['resolved'] },
  close: { states: ['verified'] },
  rate: { states: ['closed'] },
  overdue: { states: OPEN_WORK, overdue: true },
  supervised: { states: OPEN, supervised: true },
  parked: { states: ['parked'] },
} as const satisfies Record<string, QueueDef>;

export type QueueId = keyof typeof queues;
export const queueIds = Object.keys(queues) as QueueId[];

export const queueLabels: Record<QueueId, string> = {
  all: '全部', intake: '待受理', dispatch: '待派遣', sign: '待签收', handling: '处置中', verify: '待核查',
  close: '待结案', rate: '待回访', overdue: '已超期', supervised: '督办', parked: '挂账',
};
