// The work queues of the dispatch workstation (待受理, 待派遣, 待签收 …): each
// is data — the states it holds, and whether it narrows to overdue or
// supervised cases — so the cache's SQL and any in-memory filter agree.
import { FINISHED_STATES } from './domain/kpi.ts';
import { caseStates, type CaseState } from './domain/model.ts';

export type QueueDef = { states: readonly CaseState[]; overdue?: true; supervised?: true; awaitingApproval?: true };

/**
 * 已超期 lists exactly the cases the 超期数 KPI counts (domain/kpi.ts isOverdue): filed, not parked
 * and not closed, whose result is missing past the deadline or was submitted after it. A late result
 * awaiting verification is still overdue there; the queue listed only work in hand before, so the
 * chip said 12 where the seat board and the big screen said 19.
 */
const DUE_OPEN: readonly CaseState[] = ['filed', 'dispatched', 'signed', 'handling', 'resolved', 'verified'];
/** The states a seat holds a case in, at work on it (待签收 and 处置中): the seat board's 在办, the simulator's roll call. */
export const SEAT_WORK_STATES: readonly CaseState[] = ['dispatched', 'signed', 'handling'];
const OPEN: readonly CaseState[] = ['reported', 'filed', 'dispatched', 'signed', 'handling', 'parked', 'resolved', 'verified'];
/** 受理: every case received and not voided, as the 受理数 KPI counts (domain/kpi.ts isAccepted). */
const ACCEPTED: readonly CaseState[] = caseStates.filter((s) => s !== 'voided');
/** What keeps 办结率 down: accepted and no result in yet. */
const UNFINISHED: readonly CaseState[] = ACCEPTED.filter((s) => !FINISHED_STATES.includes(s));

export const queues = {
  all: { states: [] },
  intake: { states: ['reported'] },
  dispatch: { states: ['filed'] },
  sign: { states: ['dispatched'] },
  handling: { states: ['signed', 'handling'] },
  verify: { states: ['resolved'] },
  close: { states: ['verified'] },
  rate: { states: ['closed'] },
  overdue: { states: DUE_OPEN, overdue: true },
  supervised: { states: OPEN, supervised: true },
  parked: { states: ['parked'] },
  /** A seat's request for more time or for parking that the dispatcher has yet to decide. */
  approve: { states: [], awaitingApproval: true },
  // The cases a headline figure counts, opened from it (受理数, 办结, 办结率): no work queue of their own.
  accepted: { states: ACCEPTED },
  finished: { states: FINISHED_STATES },
  unfinished: { states: UNFINISHED },
} as const satisfies Record<string, QueueDef>;

export type QueueId = keyof typeof queues;
export const queueIds = Object.keys(queues) as QueueId[];

/** The lists a figure opens: reached by its link, not shown among the work queues' chips. */
export const figureQueueIds: readonly QueueId[] = ['accepted', 'finished', 'unfinished'];
/** The work queues, as the chips and the command palette offer them. */
export const workQueueIds: readonly QueueId[] = queueIds.filter((id) => !figureQueueIds.includes(id));

/** Queues that never hold a case for a role: a seat sees only what was dispatched to its department, never a case before dispatch. */
const NEVER_FOR: Partial<Record<string, readonly QueueId[]>> = { seat: ['intake', 'dispatch'] };
/** The work queues a role is offered (chips, palette). */
export const workQueuesFor = (role: string | undefined): readonly QueueId[] =>
  workQueueIds.filter((id) => !(role && NEVER_FOR[role]?.includes(id)));
/** The queue a role's list shows for the one asked (a link may name any): one it is not offered is 全部. The figure lists are open to all. */
export const offeredQueue = (id: QueueId, role: string | undefined): QueueId =>
  workQueuesFor(role).includes(id) || figureQueueIds.includes(id) ? id : 'all';
/** The i18n key of a queue's name for a role: a seat's 待审批 holds its own requests, awaiting the dispatcher. */
export const queueLabelKey = (id: QueueId, role: string | undefined): string => (id === 'approve' && role === 'seat' ? 'queueOwn.approve' : `queue.${id}`);

export const queueLabels: Record<QueueId, string> = {
  all: '全部', intake: '待受理', dispatch: '待派遣', sign: '待签收', handling: '处置中', verify: '待核查',
  close: '待结案', rate: '待回访', overdue: '已超期', supervised: '督办', parked: '挂账', approve: '待审批',
  accepted: '受理', finished: '办结', unfinished: '未办结',
};
