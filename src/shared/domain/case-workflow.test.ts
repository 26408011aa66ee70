import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import type { CaseAction } from './case-action.ts';
import { verifyChain } from './case-event.ts';
import { availableActions } from './case-rules.ts';
import { applyAction, reportCase } from './case-workflow.ts';
import {
  actors,
  at,
  OTHER_TOWN,
  sampleReport,
  T0,
  toClosed,
  toDispatched,
  toHandling,
  toResolved,
  toSigned,
  toVerified,
  walk,
  type Step,
} from './case-workflow.fixtures.ts';
import { addWorkingMinutes } from './work-calendar.ts';
import type { WorkflowCase } from './workflow-case.ts';

const NOW = at(600); // 19:00 China time; working-time math below accounts for it

function accept(c: WorkflowCase, action: CaseAction, actor: Actor, now = NOW) {
  const result = applyAction(c, action, actor, now);
  if (!result.ok) throw new Error(`expected ${action.type} to be accepted: ${result.reason}`);
  expect(result.event.fromState).toBe(c.state);
  expect(result.event.toState).toBe(result.next.state);
  expect(result.event.action).toBe(action.type);
  expect(result.event.actorId).toBe(actor.id);
  expect(result.next.version).toBe(c.version + 1);
  expect(result.next.headHash).toBe(result.event.hash);
  return result;
}

function refuse(c: WorkflowCase, action: CaseAction, actor: Actor, reason: string | RegExp): void {
  const before = structuredClone(c);
  const result = applyAction(c, action, actor, NOW);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(reason);
  expect(c).toEqual(before);
}

const stateAfter = (steps: readonly Step[]): WorkflowCase => walk(steps).c;

describe('reportCase', () => {
  it('opens a reported case with the first event of its chain', () => {
    const result = reportCase(sampleReport, actors.gridWorker, T0);
    if (!result.ok) throw new Error(result.reason);
    expect(result.next).toMatchObject({ state: 'reported', version: 0, eventSeq: 1, reportedAt: T0, reworkCount: 0 });
    expect(result.event).toMatchObject({ seq: 1, prevHash: null, fromState: null, toState: 'reported', action: 'report' });
  });

  it('refuses seat liaisons, reporters outside their area and malformed input', () => {
    expect(reportCase(sampleReport, actors.seat, T0)).toMatchObject({ ok: false, reason: '席位联络员不能直接上报案件' });
    expect(reportCase(sampleReport, actors.farGridWorker, T0)).toMatchObject({ ok: false, reason: /街道/ });
    expect(reportCase({ ...sampleReport, townCode: '123' }, actors.leader, T0)).toMatchObject({ ok: false });
    expect(reportCase(sampleReport, actors.gridWorker, 'yesterday')).toMatchObject({ ok: false, reason: '操作时间无效' });
  });
});

describe('accept / reject (立案 / 不予立案)', () => {
  const reported = stateAfter([]);

  it('intake and dispatcher file a reported case', () => {
    for (const actor of [actors.intake, actors.dispatcher]) {
      const { next } = accept(reported, { type: 'accept' }, actor);
      expect(next.state).toBe('filed');
      expect(next.filedAt).toBe(NOW);
    }
  });

  it('refuses other roles, other areas and other states', () => {
    refuse(reported, { type: 'accept' }, actors.seat, '席位联络员无权执行「立案」');
    refuse(reported, { type: 'accept' }, actors.leader, '指挥长无权执行「立案」');
    refuse(reported, { type: 'accept' }, actors.admin, /无权/);
    refuse(reported, { type: 'accept' }, actors.farDispatcher, '案件不在您管辖的区县');
    refuse(stateAfter(toDispatched.slice(0, 1)), { type: 'accept' }, actors.intake, '案件当前为「已立案」，不能执行「立案」');
  });

  it('rejects with a reason into voided, after which nothing applies', () => {
    refuse(reported, { type: 'reject', reason: '   ' }, actors.intake, '请填写不予立案原因');
    const { next, event } = accept(reported, { type: 'reject', reason: '重复上报' }, actors.intake);
    expect(next.state).toBe('voided');
    expect(event.note).toBe('重复上报');
    for (const actor of Object.values(actors)) expect(availableActions(next, actor)).toEqual([]);
  });
});

describe('work recorded offline', () => {
  const filed = stateAfter(toDispatched.slice(0, 1));
  const minutesBefore = (m: number) => new Date(Date.parse(NOW) - m * 60_000).toISOString();

  it('keeps when a queued action was done, at the center’s time all the same', () => {
    const late = applyAction(filed, { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher, NOW, { recordedAt: minutesBefore(12) });
    if (!late.ok) throw new Error(late.reason);
    expect(late.event.at).toBe(NOW);
    expect(late.next.dispatchedAt).toBe(NOW);
    expect(late.event.detail).toEqual({ departmentId: 'd-cg', seatId: 's-cg-1', recordedAt: minutesBefore(12) });
    expect(verifyChain([...walk(toDispatched.slice(0, 1)).events, late.event])).toBe(-1);
  });

  it('says nothing for an action sent at once, a clock ahead, or a time too old to be an outage', () => {
    for (const recordedAt of [minutesBefore(0.5), minutesBefore(-5), minutesBefore(31 * 24 * 60), 'yesterday']) {
      const r = applyAction(filed, { type: 'accept' as const }, actors.dispatcher, NOW, { recordedAt });
      if (r.ok) expect(r.event.detail).toBeNull();
    }
    const report = reportCase(sampleReport, actors.gridWorker, NOW, minutesBefore(3));
    if (!report.ok) throw new Error(report.reason);
    expect(report.event.detail).toEqual({ recordedAt: minutesBefore(3) });
  });
});

describe('dispatch (派遣)', () => {
  const filed = stateAfter(toDispatched.slice(0, 1));

  it('assigns department and seat and sets the handling deadline in working time', () => {
    const now = at(60); // Thu 10:00 China time
    const { next, event } = accept(filed, { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher, now);
    expect(next).toMatchObject({ state: 'dispatched', departmentId: 'd-cg', seatId: 's-cg-1', dispatchedAt: now });
    // 暴露垃圾 (事件 0102): 4 working hours → 10:00 + 2 h to noon, + 2 h after 13:30 = 15:30 China time.
    expect(next.deadlineAt).toBe('2026-11-26T07:30:00.000Z');
    expect(event.detail).toEqual({ departmentId: 'd-cg', seatId: 's-cg-1' });
  });

  it('refuses a missing seat, non-dispatchers and unfiled cases', () => {
    refuse(filed, { type: 'dispatch', departmentId: 'd-cg', seatId: '' }, actors.dispatcher, '请选择承办席位');
    refuse(filed, { type: 'dispatch', departmentId: 'd-cg', seatId: 's' }, actors.intake, '受理员无权执行「派遣」');
    refuse(filed, { type: 'dispatch', departmentId: 'd-cg', seatId: 's' }, actors.farDispatcher, /区县/);
    refuse(stateAfter([]), { type: 'dispatch', departmentId: 'd-cg', seatId: 's' }, actors.dispatcher, /「上报」/);
  });

  it('refuses, where the seats are known, a seat of another department or none at all', () => {
    const seatDepartment = (id: string) => ({ 's-cg-1': 'd-cg', 's-ga-1': 'd-ga' })[id];
    const dispatch = (seatId: string) => applyAction(filed, { type: 'dispatch', departmentId: 'd-cg', seatId }, actors.dispatcher, NOW, { seatDepartment });
    expect(dispatch('s-cg-1').ok).toBe(true);
    expect(dispatch('s-ga-1')).toEqual({ ok: false, reason: '所选席位不属于承办部门' });
    expect(dispatch('s-nowhere')).toEqual({ ok: false, reason: '所选席位不属于承办部门' });
  });
});

describe('seat actions: sign / return / start / submit', () => {
  const dispatched = stateAfter(toDispatched);

  it('only the seat the case was dispatched to signs it', () => {
    expect(accept(dispatched, { type: 'sign' }, actors.seat).next).toMatchObject({ state: 'signed', signedAt: NOW });
    refuse(dispatched, { type: 'sign' }, actors.sameDeptOtherSeat, '该案件未派遣到您的席位');
    refuse(dispatched, { type: 'sign' }, actors.otherDeptSeat, '该案件不属于您的部门');
    refuse(dispatched, { type: 'sign' }, actors.unboundSeat, '席位联络员账号未绑定部门和席位');
    refuse(dispatched, { type: 'sign' }, actors.dispatcher, '派遣员无权执行「签收」');
    refuse(stateAfter(toSigned), { type: 'sign' }, actors.seat, '案件当前为「已签收」，不能执行「签收」');
  });

  it('returns a case (before or after signing) to filed for re-dispatch, with a reason', () => {
    for (const c of [dispatched, stateAfter(toSigned)]) {
      refuse(c, { type: 'return', reason: '' }, actors.seat, '请填写退回原因');
      const { next, event } = accept(c, { type: 'return', reason: '非本部门职责' }, actors.seat);
      expect(next).toMatchObject({ state: 'filed', departmentId: null, seatId: null, dispatchedAt: null, deadlineAt: null, returnCount: 1 });
      expect(event.detail).toEqual({ departmentId: 'd-cg' });
      const again = accept(next, { type: 'dispatch', departmentId: 'd-water', seatId: 's-water-1' }, actors.dispatcher);
      expect(again.next.departmentId).toBe('d-water');
      accept(again.next, { type: 'sign' }, actors.otherDeptSeat);
    }
    refuse(stateAfter(toHandling), { type: 'return', reason: '非本部门职责' }, actors.seat, /「处置中」/);
  });

  it('starts handling once signed and submits a result into 待核查', () => {
    refuse(dispatched, { type: 'start' }, actors.seat, /「已派遣」/);
    const handling = accept(stateAfter(toSigned), { type: 'start' }, actors.seat).next;
    expect(handling.state).toBe('handling');
    refuse(handling, { type: 'submit', result: ' ' }, actors.seat, '请填写处置结果');
    refuse(handling, { type: 'submit', result: '已清运' }, actors.otherDeptSeat, /部门/);
    const { next, event } = accept(handling, { type: 'submit', result: '已清运' }, actors.seat);
    expect(next).toMatchObject({ state: 'resolved', resolvedAt: NOW });
    expect(event.note).toBe('已清运');
  });
});

describe('verify / close / rate', () => {
  const resolved = stateAfter(toResolved);

  it('dispatcher or a grid worker of the area verifies; others may not', () => {
    expect(accept(resolved, { type: 'verifyPass' }, actors.dispatcher).next.state).toBe('verified');
    expect(accept(resolved, { type: 'verifyPass' }, actors.gridWorker).next).toMatchObject({ state: 'verified', verifiedAt: NOW });
    refuse(resolved, { type: 'verifyPass' }, actors.farGridWorker, '案件不在您管辖的街道（乡镇）');
    refuse(resolved, { type: 'verifyPass' }, actors.seat, /无权/);
    refuse(stateAfter(toHandling), { type: 'verifyPass' }, actors.dispatcher, /「处置中」/);
  });

  it('a failed verification sends the case back to handling and counts rework', () => {
    refuse(resolved, { type: 'verifyFail', reason: '' }, actors.gridWorker, '请填写返工原因');
    const { next } = accept(resolved, { type: 'verifyFail', reason: '仍有垃圾' }, actors.gridWorker);
    expect(next).toMatchObject({ state: 'handling', reworkCount: 1, resolvedAt: null });
    const resubmitted = accept(next, { type: 'submit', result: '二次清运' }, actors.seat).next;
    expect(accept(resubmitted, { type: 'verifyFail', reason: '仍有' }, actors.dispatcher).next.reworkCount).toBe(2);
  });

  it('the dispatcher closes a verified case', () => {
    const verified = stateAfter(toVerified);
    expect(accept(verified, { type: 'close' }, actors.dispatcher).next).toMatchObject({ state: 'closed', closedAt: NOW });
    refuse(verified, { type: 'close' }, actors.leader, /无权/);
    refuse(resolved, { type: 'close' }, actors.dispatcher, /「待核查」/);
  });

  it('intake or dispatcher rates a closed case 1–5 (回访); rated is final', () => {
    const closed = stateAfter(toClosed);
    for (const satisfaction of [0, 6, 3.5]) refuse(closed, { type: 'rate', satisfaction }, actors.intake, '满意度须为1到5的整数');
    refuse(closed, { type: 'rate', satisfaction: 5 }, actors.seat, /无权/);
    expect(accept(closed, { type: 'rate', satisfaction: 4 }, actors.dispatcher).next.state).toBe('rated');
    const { next, event } = accept(closed, { type: 'rate', satisfaction: 5 }, actors.intake);
    expect(next).toMatchObject({ state: 'rated', satisfaction: 5, ratedAt: NOW });
    expect(event.detail).toEqual({ satisfaction: 5 });
    refuse(next, { type: 'rate', satisfaction: 1 }, actors.intake, /「已评价」/);
    for (const actor of Object.values(actors)) expect(availableActions(next, actor)).toEqual([]);
  });
});

describe('extensions (延期)', () => {
  const handling = stateAfter(toHandling);
  const request = { type: 'requestExtension', hours: 8, reason: '需协调产权单位' } as const;

  it('the seat requests; only one request may be pending', () => {
    refuse(handling, { ...request, hours: 0 }, actors.seat, '延期时长须为正整数工作小时');
    refuse(handling, { ...request, reason: '' }, actors.seat, '请填写延期原因');
    refuse(handling, request, actors.dispatcher, /无权/);
    const { next, event } = accept(handling, request, actors.seat);
    expect(next).toMatchObject({ state: 'handling', pendingExtensionHours: 8, pendingExtensionReason: '需协调产权单位' });
    expect(event.detail).toEqual({ hours: 8 });
    refuse(next, request, actors.seat, '已有待审批的延期申请');
  });

  it('approval moves the deadline by the granted working hours; never more than asked', () => {
    const pending = accept(handling, request, actors.seat).next;
    refuse(pending, { type: 'approveExtension', hours: 9 }, actors.dispatcher, '批准的延期时长不能超过申请的8个工作小时');
    refuse(pending, { type: 'approveExtension' }, actors.seat, /无权/);
    const full = accept(pending, { type: 'approveExtension' }, actors.dispatcher).next;
    expect(full.deadlineAt).toBe(addWorkingMinutes(pending.deadlineAt!, 8 * 60));
    expect(full).toMatchObject({ pendingExtensionHours: null, extensionCount: 1, extendedMinutes: 480 });
    const partial = accept(pending, { type: 'approveExtension', hours: 2 }, actors.dispatcher);
    expect(partial.next.deadlineAt).toBe(addWorkingMinutes(pending.deadlineAt!, 120));
    expect(partial.event.detail).toEqual({ hours: 2 });
  });

  it('denial needs a reason and leaves the deadline; nothing to decide without a request', () => {
    const pending = accept(handling, request, actors.seat).next;
    refuse(pending, { type: 'denyExtension', reason: '' }, actors.dispatcher, '请填写不予延期原因');
    const { next } = accept(pending, { type: 'denyExtension', reason: '时限充足' }, actors.dispatcher);
    expect(next).toMatchObject({ pendingExtensionHours: null, deadlineAt: pending.deadlineAt, extensionCount: 0 });
    refuse(handling, { type: 'approveExtension' }, actors.dispatcher, '没有待审批的延期申请');
    refuse(handling, { type: 'denyExtension', reason: 'x' }, actors.dispatcher, '没有待审批的延期申请');
  });

  it('a submission drops a pending request', () => {
    const pending = accept(handling, request, actors.seat).next;
    expect(accept(pending, { type: 'submit', result: '完成' }, actors.seat).next.pendingExtensionHours).toBeNull();
  });
});

describe('parking (挂账)', () => {
  const signed = stateAfter(toSigned);
  const handling = stateAfter(toHandling);

  it('the seat requests, the dispatcher approves into parked, remembering where from', () => {
    refuse(handling, { type: 'requestPark', reason: '' }, actors.seat, '请填写挂账原因');
    refuse(handling, { type: 'approvePark' }, actors.dispatcher, '没有待审批的挂账申请');
    for (const c of [signed, handling]) {
      const pending = accept(c, { type: 'requestPark', reason: '待拆迁' }, actors.seat).next;
      refuse(pending, { type: 'requestPark', reason: '待拆迁' }, actors.seat, '已有待审批的挂账申请');
      refuse(pending, { type: 'approvePark' }, actors.seat, /无权/);
      const { next, event } = accept(pending, { type: 'approvePark' }, actors.dispatcher);
      expect(next).toMatchObject({ state: 'parked', parkedFrom: c.state, parkedAt: NOW, pendingParkReason: null });
      expect(event.note).toBe('待拆迁');
    }
  });

  it('denial clears the request', () => {
    const pending = accept(handling, { type: 'requestPark', reason: '待拆迁' }, actors.seat).next;
    const { next } = accept(pending, { type: 'denyPark', reason: '可以处置' }, actors.dispatcher);
    expect(next).toMatchObject({ state: 'handling', pendingParkReason: null });
  });

  it('recovery returns to the earlier state and keeps parked working time off the clock', () => {
    const pending = accept(handling, { type: 'requestPark', reason: '待拆迁' }, actors.seat, at(60)).next;
    const parked = accept(pending, { type: 'approvePark' }, actors.dispatcher, at(60)).next; // Thu 10:00
    refuse(parked, { type: 'submit', result: 'x' }, actors.seat, /「挂账」/);
    refuse(parked, { type: 'recoverPark' }, actors.seat, /无权/);
    const { next, event } = accept(parked, { type: 'recoverPark' }, actors.dispatcher, '2026-11-27T02:00:00.000Z'); // Fri 10:00
    expect(next).toMatchObject({ state: 'handling', parkedFrom: null, parkedAt: null, pausedMinutes: 450 });
    expect(next.deadlineAt).toBe(addWorkingMinutes(parked.deadlineAt!, 450));
    expect(event.detail).toEqual({ pausedMinutes: 450 });
  });
});

describe('supervise (督办) and instruct (领导批示)', () => {
  const handling = stateAfter(toHandling);

  it('are recorded without changing state', () => {
    for (const actor of [actors.dispatcher, actors.leader]) {
      const { next, event } = accept(handling, { type: 'supervise', note: '请加快处置' }, actor);
      expect(next).toMatchObject({ state: 'handling', supervisionCount: 1 });
      expect(event).toMatchObject({ fromState: 'handling', toState: 'handling', note: '请加快处置' });
    }
    const { next } = accept(handling, { type: 'instruct', note: '务必今日办结' }, actors.leader);
    expect(next).toMatchObject({ state: 'handling', instructionCount: 1 });
  });

  it('instruct is for leaders only; both need a note and an open case', () => {
    refuse(handling, { type: 'instruct', note: '务必今日办结' }, actors.dispatcher, '派遣员无权执行「领导批示」');
    refuse(handling, { type: 'supervise', note: '快' }, actors.seat, /无权/);
    refuse(handling, { type: 'supervise', note: '' }, actors.leader, '请填写督办意见');
    refuse(handling, { type: 'instruct', note: '' }, actors.leader, '请填写批示内容');
    refuse(stateAfter(toClosed), { type: 'supervise', note: '快' }, actors.leader, /「已结案」/);
    expect(accept(stateAfter([]), { type: 'instruct', note: '关注' }, actors.leader).next.state).toBe('reported');
  });
});

describe('selfResolve (自行处置)', () => {
  const reported = stateAfter([]);

  it('a grid worker closes a reported case on the spot', () => {
    const { next, event } = accept(reported, { type: 'selfResolve', result: '已现场劝离' }, actors.gridWorker);
    expect(next).toMatchObject({ state: 'closed', selfResolved: true, closedAt: NOW, resolvedAt: NOW, departmentId: null });
    expect(event.note).toBe('已现场劝离');
    expect(accept(next, { type: 'rate', satisfaction: 5 }, actors.intake).next.state).toBe('rated');
  });

  it('only grid workers of the area, only from reported, only with a result', () => {
    refuse(reported, { type: 'selfResolve', result: '' }, actors.gridWorker, '请填写现场处置情况');
    refuse(reported, { type: 'selfResolve', result: 'x' }, actors.intake, /无权/);
    refuse(reported, { type: 'selfResolve', result: 'x' }, actors.farGridWorker, /街道/);
    refuse(stateAfter(toDispatched.slice(0, 1)), { type: 'selfResolve', result: 'x' }, actors.gridWorker, /「已立案」/);
  });
});

describe('applyAction guards', () => {
  const reported = stateAfter([]);

  it('refuses malformed calls without touching the case', () => {
    // Deliberately wrong shapes, as they could arrive over the wire.
    const unknownAction: unknown = { type: 'teleport' };
    const badActor: unknown = { id: '', role: 'intake' };
    refuse(reported, unknownAction as CaseAction, actors.intake, '未知的案件操作');
    refuse(reported, { type: 'accept' }, badActor as Actor, '操作人信息无效');
    expect(applyAction(reported, { type: 'accept' }, actors.intake, 'not a time')).toEqual({ ok: false, reason: '操作时间无效' });
  });

  it('leaders are bounded by the area codes they carry', () => {
    const districtLeader = { id: 'u-leader-2', role: 'leader', townCode: OTHER_TOWN } as const satisfies Actor;
    refuse(reported, { type: 'instruct', note: '关注' }, districtLeader, /街道/);
  });

  it('offers exactly the allowed actions as buttons', () => {
    expect(availableActions(reported, actors.intake)).toEqual(['accept', 'reject']);
    expect(availableActions(reported, actors.gridWorker)).toEqual(['selfResolve']);
    expect(availableActions(stateAfter(toHandling), actors.seat)).toEqual(['submit', 'requestExtension', 'requestPark']);
    expect(availableActions(stateAfter(toSigned), actors.seat)).toEqual(['return', 'start', 'requestExtension', 'requestPark']);
    expect(availableActions(stateAfter(toHandling), actors.sameDeptOtherSeat)).toEqual([]);
    expect(availableActions(stateAfter(toResolved), actors.admin)).toEqual([]);
  });

  it('a whole life produces one verifiable chain of events', () => {
    const { c, events } = walk([...toClosed, [{ type: 'rate', satisfaction: 5 }, actors.intake]]);
    expect(c.state).toBe('rated');
    expect(events.map((e) => e.toState)).toEqual([
      'reported', 'filed', 'dispatched', 'signed', 'handling', 'resolved', 'verified', 'closed', 'rated',
    ]);
    expect(verifyChain(events)).toBe(-1);
    expect(c.eventSeq).toBe(events.length);
  });
});
