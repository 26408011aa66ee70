// Actors, instants and a case-walking helper shared by the workflow tests (test support only).
import type { Actor } from './actor.ts';
import type { CaseAction } from './case-action.ts';
import type { CaseEvent } from './case-event.ts';
import { applyAction, reportCase, type ReportInput } from './case-workflow.ts';
import type { WorkflowCase } from './workflow-case.ts';

export const COUNTY = '230803000000'; // 向阳区
export const OTHER_COUNTY = '230804000000'; // 前进区
export const TOWN = '230803001000';
export const OTHER_TOWN = '230803002000';

export const actors = {
  intake: { id: 'u-intake', role: 'intake', countyCode: COUNTY },
  dispatcher: { id: 'u-dispatcher', role: 'dispatcher', countyCode: COUNTY },
  farDispatcher: { id: 'u-dispatcher-far', role: 'dispatcher', countyCode: OTHER_COUNTY },
  seat: { id: 'u-seat', role: 'seat', departmentId: 'd-cg', seatId: 's-cg-1' },
  sameDeptOtherSeat: { id: 'u-seat-2', role: 'seat', departmentId: 'd-cg', seatId: 's-cg-2' },
  otherDeptSeat: { id: 'u-seat-water', role: 'seat', departmentId: 'd-water', seatId: 's-water-1' },
  unboundSeat: { id: 'u-seat-unbound', role: 'seat' },
  gridWorker: { id: 'u-grid', role: 'grid-worker', countyCode: COUNTY, townCode: TOWN },
  farGridWorker: { id: 'u-grid-far', role: 'grid-worker', countyCode: COUNTY, townCode: OTHER_TOWN },
  leader: { id: 'u-leader', role: 'leader' },
  admin: { id: 'u-admin', role: 'admin' },
} as const satisfies Record<string, Actor>;

/** Thursday 2026-11-26, 09:00 China time. */
export const T0 = '2026-11-26T01:00:00.000Z';
/** `minutes` after T0, in wall-clock time. */
export const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export const sampleReport = {
  id: 'case-1',
  categoryCode: '0102', // 暴露垃圾
  categoryKind: '事件',
  priority: 'normal',
  countyCode: COUNTY,
  townCode: TOWN,
} as const satisfies ReportInput;

export type Step = readonly [CaseAction, Actor];

/** Reports a case at T0 and applies `steps` a minute apart, failing loudly on any refusal. */
export function walk(steps: readonly Step[], report: ReportInput = sampleReport): { c: WorkflowCase; events: CaseEvent[] } {
  const opened = reportCase(report, actors.gridWorker, T0);
  if (!opened.ok) throw new Error(opened.reason);
  let c = opened.next;
  const events = [opened.event];
  steps.forEach(([action, actor], i) => {
    const result = applyAction(c, action, actor, at(i + 1));
    if (!result.ok) throw new Error(`step ${i} ${action.type}: ${result.reason}`);
    c = result.next;
    events.push(result.event);
  });
  return { c, events };
}

export const toDispatched: readonly Step[] = [
  [{ type: 'accept' }, actors.intake],
  [{ type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher],
];
export const toSigned: readonly Step[] = [...toDispatched, [{ type: 'sign' }, actors.seat]];
export const toHandling: readonly Step[] = [...toSigned, [{ type: 'start' }, actors.seat]];
export const toResolved: readonly Step[] = [...toHandling, [{ type: 'submit', result: '已清运' }, actors.seat]];
export const toVerified: readonly Step[] = [...toResolved, [{ type: 'verifyPass' }, actors.gridWorker]];
export const toClosed: readonly Step[] = [...toVerified, [{ type: 'close' }, actors.dispatcher]];
