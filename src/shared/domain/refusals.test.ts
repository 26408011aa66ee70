// Every refusal the domain gives reads back as its code and parameters, so the renderer can say it
// in another language; the refusals the workflow actually gives are among them.
import { describe, expect, it } from 'vitest';
import { actorRoleLabels } from './actor.ts';
import { caseActionLabels } from './case-action.ts';
import { actors, sampleReport, T0, toDispatched, toHandling, walk } from './case-workflow.fixtures.ts';
import { applyAction, reportCase } from './case-workflow.ts';
import { caseStateLabels } from './model.ts';
import { parseRefusal } from './refusal-parse.ts';
import { refusalMeansCaseMovedOn, refusalParams, refusalText, refusalTexts, type RefusalCode } from './refusals.ts';

const samples: Record<string, string | number> = {
  role: actorRoleLabels.seat, action: caseActionLabels.dispatch, state: caseStateLabels.signed,
  hours: 16, mb: 20, count: 10, inner: refusalText('notYourSeat'), offset: 131072, bytes: 131072, gb: 0.5,
  detail: '✖ 请填写退回原因\n  → at action.reason', name: 'case.merge',
};

const reason = (r: { ok: boolean; reason?: string }) => {
  if (r.ok || r.reason === undefined) throw new Error('expected a refusal');
  return r.reason;
};

describe('refusals', () => {
  it('reads every refusal back as its own code', () => {
    for (const code of Object.keys(refusalTexts) as RefusalCode[]) {
      expect(parseRefusal(refusalText(code, samples))?.code, code).toBe(code);
    }
  });

  it('declares what each parameter of a text holds, and only those', () => {
    for (const code of Object.keys(refusalTexts) as RefusalCode[]) {
      const named = [...refusalTexts[code].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(named, code).toEqual(Object.keys(refusalParams[code] ?? {}).sort());
    }
  });

  it('reads states, actions and roles back as their codes, and a nested refusal as a refusal', () => {
    expect(parseRefusal(refusalText('stateForbids', samples))).toEqual({
      code: 'stateForbids', params: { state: { kind: 'state', code: 'signed' }, action: { kind: 'action', code: 'dispatch' } },
    });
    expect(parseRefusal(refusalText('roleForbids', samples))?.params.role).toEqual({ kind: 'role', code: 'seat' });
    expect(parseRefusal(refusalText('grantOverRequest', samples))?.params.hours).toEqual({ kind: 'number', value: 16 });
    expect(parseRefusal(refusalText('uploadQuota', samples))?.params.gb).toEqual({ kind: 'number', value: 0.5 });
    expect(parseRefusal(refusalText('invalidArgs', samples))?.params.detail).toEqual({ kind: 'text', text: samples.detail });
    expect(parseRefusal(refusalText('staleVersion', samples))?.params.inner).toEqual({
      kind: 'refusal', text: '该案件未派遣到您的席位', refusal: { code: 'notYourSeat', params: {} },
    });
    expect(parseRefusal(refusalText('withDetail', { inner: refusalText('zipNoDbf'), detail: '网格.dbf' }))).toMatchObject({
      code: 'withDetail', params: { inner: { refusal: { code: 'zipNoDbf' } }, detail: { kind: 'text', text: '网格.dbf' } },
    });
  });

  it('reads a text it does not know, or a label it does not know, as no refusal', () => {
    expect(parseRefusal('连接超时')).toBeNull();
    expect(parseRefusal('案件当前为「未知」，不能执行「派遣」')).toBeNull();
    expect(parseRefusal(`${refusalText('notInCounty')}。`)).toBeNull();
    // A detail after words the table does not know is no refusal either.
    expect(parseRefusal('连接超时：127.0.0.1')).toBeNull();
  });

  it('covers what the workflow refuses with', () => {
    const { c: dispatched } = walk(toDispatched);
    const { c: handling } = walk(toHandling);
    const given = [
      reason(reportCase(sampleReport, actors.seat, T0)),
      reason(reportCase(sampleReport, actors.gridWorker, 'yesterday')),
      reason(reportCase({ ...sampleReport, categoryCode: '' }, actors.gridWorker, T0)),
      reason(applyAction(dispatched, { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher, T0)),
      reason(applyAction(dispatched, { type: 'sign' }, actors.dispatcher, T0)),
      reason(applyAction(dispatched, { type: 'sign' }, actors.otherDeptSeat, T0)),
      reason(applyAction(dispatched, { type: 'return', reason: ' ' }, actors.seat, T0)),
      reason(applyAction(handling, { type: 'approvePark' }, actors.dispatcher, T0)),
      reason(applyAction(dispatched, { type: 'nonsense' } as never, actors.seat, T0)),
    ];
    expect(given.map((text) => parseRefusal(text)?.code)).toEqual([
      'seatCannotReport', 'invalidTime', 'needCategory', 'stateForbids', 'roleForbids', 'notYourDepartment', 'needReturnReason',
      'noPendingPark', 'unknownAction',
    ]);
  });

  it('tells a case that moved on from an action the operator can mend', () => {
    const { c: dispatched } = walk(toDispatched);
    const moved = (text: string) => refusalMeansCaseMovedOn(parseRefusal(text)!.code);
    // Someone dispatched it first; it is another department's; its parking request was decided meanwhile.
    expect(moved(reason(applyAction(dispatched, { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher, T0)))).toBe(true);
    expect(moved(reason(applyAction(dispatched, { type: 'sign' }, actors.otherDeptSeat, T0)))).toBe(true);
    expect(moved(refusalText('staleVersion', { inner: refusalText('noPendingPark') }))).toBe(true);
    // A missing reason, a seat of another department, too many hours: the fields are to blame.
    expect(moved(reason(applyAction(dispatched, { type: 'return', reason: ' ' }, actors.seat, T0)))).toBe(false);
    expect(moved(refusalText('seatNotInDepartment'))).toBe(false);
    expect(moved(refusalText('grantOverRequest', { hours: 8 }))).toBe(false);
  });
});
