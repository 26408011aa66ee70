import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.ts';
import type { CaseAction, CaseActionType } from './case-action.ts';
import { verifyChain, type CaseEvent } from './case-event.ts';
import { availableActions } from './case-rules.ts';
import { applyAction, reportCase } from './case-workflow.ts';
import { actors, COUNTY, OTHER_COUNTY, OTHER_TOWN, sampleReport, T0, TOWN } from './case-workflow.fixtures.ts';
import { casePriorities, caseStates, type CaseState } from './model.ts';
import { slaStatus } from './sla.ts';
import { openStates, parkableStates, workflowCaseSchema, type WorkflowCase } from './workflow-case.ts';

const actorPool: readonly Actor[] = [
  ...Object.values(actors),
  { id: 'u-seat-water-2', role: 'seat', departmentId: 'd-water', seatId: 's-water-2' },
  { id: 'u-leader-town', role: 'leader', townCode: TOWN },
];

/** Per action, a valid payload first, then invalid or unusual ones. */
const payloads = {
  accept: [{ type: 'accept' }, { type: 'accept', note: '同意立案' }],
  reject: [{ type: 'reject', reason: '重复上报' }, { type: 'reject', reason: ' ' }],
  dispatch: [
    { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' },
    { type: 'dispatch', departmentId: 'd-water', seatId: 's-water-1' },
    { type: 'dispatch', departmentId: 'd-cg', seatId: '' },
  ],
  sign: [{ type: 'sign' }],
  return: [{ type: 'return', reason: '非本部门职责' }, { type: 'return', reason: '' }],
  start: [{ type: 'start' }],
  submit: [{ type: 'submit', result: '已处置' }, { type: 'submit', result: '' }],
  verifyPass: [{ type: 'verifyPass' }],
  verifyFail: [{ type: 'verifyFail', reason: '未处置到位' }, { type: 'verifyFail', reason: '' }],
  close: [{ type: 'close' }],
  rate: [{ type: 'rate', satisfaction: 4 }, { type: 'rate', satisfaction: 1 }, { type: 'rate', satisfaction: 0 }],
  requestExtension: [{ type: 'requestExtension', hours: 8, reason: '需协调' }, { type: 'requestExtension', hours: 0, reason: 'x' }],
  approveExtension: [{ type: 'approveExtension' }, { type: 'approveExtension', hours: 1 }, { type: 'approveExtension', hours: 999 }],
  denyExtension: [{ type: 'denyExtension', reason: '时限充足' }],
  requestPark: [{ type: 'requestPark', reason: '待拆迁' }],
  approvePark: [{ type: 'approvePark' }],
  denyPark: [{ type: 'denyPark', reason: '可以处置' }],
  recoverPark: [{ type: 'recoverPark' }],
  supervise: [{ type: 'supervise', note: '请加快' }, { type: 'supervise', note: '' }],
  instruct: [{ type: 'instruct', note: '务必办结' }],
  selfResolve: [{ type: 'selfResolve', result: '现场处置' }, { type: 'selfResolve', result: '' }],
} as const satisfies { [K in CaseActionType]: readonly Extract<CaseAction, { type: K }>[] };
const allPayloads: readonly CaseAction[] = Object.values(payloads).flat();

/** State changes the workflow may make; every open state may also stay put (督办, 批示, requests). */
const edges = new Set([
  'reported>filed', 'reported>voided', 'reported>closed',
  'filed>dispatched', 'dispatched>signed', 'dispatched>filed', 'signed>filed', 'signed>handling',
  'handling>resolved', 'resolved>verified', 'resolved>handling', 'verified>closed', 'closed>rated',
  'signed>parked', 'handling>parked', 'parked>signed', 'parked>handling',
  ...openStates.map((s) => `${s}>${s}`),
]);

const stepArb = fc.record({
  guided: fc.integer({ min: 0, max: 9 }),
  pick: fc.nat(),
  actor: fc.nat(),
  payload: fc.nat(),
  minutes: fc.integer({ min: 0, max: 3000 }),
});
type StepSeed = { guided: number; pick: number; actor: number; payload: number; minutes: number };

/** Pure annotations: always available on open cases, so a walk made mostly of them never gets deep. */
const staying: readonly CaseActionType[] = ['supervise', 'instruct'];

/** Mostly a move some actor may make, preferring ones that change state, sometimes anything at all. */
function chooseStep(c: WorkflowCase, seed: StepSeed): [CaseAction, Actor] {
  if (seed.guided < 7) {
    const allMoves = actorPool.flatMap((actor) => availableActions(c, actor).map((type) => [type, actor] as const));
    const moving = allMoves.filter(([type]) => !staying.includes(type));
    const moves = seed.guided < 4 && moving.length > 0 ? moving : allMoves;
    const move = moves[seed.pick % Math.max(1, moves.length)];
    if (move) {
      const options: readonly CaseAction[] = payloads[move[0]];
      // Mostly the valid payload, so the walk advances.
      return [options[seed.payload % 4 === 0 ? seed.payload % options.length : 0]!, move[1]];
    }
  }
  return [allPayloads[seed.pick % allPayloads.length]!, actorPool[seed.actor % actorPool.length]!];
}

const counters = ['reworkCount', 'returnCount', 'extensionCount', 'supervisionCount', 'instructionCount', 'version', 'eventSeq'] as const;

/** Checks one application; returns the case to continue from. */
function checkStep(c: WorkflowCase, action: CaseAction, actor: Actor, now: string, events: CaseEvent[]): WorkflowCase {
  const before = structuredClone(c);
  const allowed = availableActions(c, actor).includes(action.type);
  const result = applyAction(c, action, actor, now);
  if (!result.ok) {
    expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(c).toEqual(before);
    return c;
  }
  const { next, event } = result;
  expect(allowed).toBe(true);
  expect(workflowCaseSchema.safeParse(next).success).toBe(true);
  expect(caseStates).toContain(next.state);
  expect(edges.has(`${c.state}>${next.state}`)).toBe(true);
  for (const key of counters) expect(next[key]).toBeGreaterThanOrEqual(c[key]);
  expect(next.version).toBe(c.version + 1);
  expect(event).toMatchObject({ action: action.type, fromState: c.state, toState: next.state, actorId: actor.id, at: now });
  expect(event.seq).toBe(c.eventSeq + 1);
  expect(event.prevHash).toBe(c.headHash);
  expect(next.headHash).toBe(event.hash);
  events.push(event);
  return next;
}

/** Invariants of every case reachable from a report. */
function checkReachable(c: WorkflowCase, now: string): void {
  const parkable: readonly CaseState[] = parkableStates;
  expect(c.parkedFrom !== null).toBe(c.state === 'parked');
  expect(c.parkedAt !== null).toBe(c.state === 'parked');
  if (c.pendingExtensionHours !== null || c.pendingParkReason !== null) expect(parkable).toContain(c.state);
  expect(c.satisfaction !== null).toBe(c.state === 'rated');
  expect(c.deadlineAt !== null).toBe(c.dispatchedAt !== null);
  expect(c.departmentId !== null).toBe(c.dispatchedAt !== null);
  if (['closed', 'rated'].includes(c.state)) expect(c.closedAt).not.toBeNull();
  // The stored deadline and the SLA clock are two routes to one instant: dispatch, extensions, parking.
  if (c.dispatchedAt !== null && c.state !== 'parked') expect(slaStatus(c, 'handle', now)?.dueAt).toBe(c.deadlineAt);
}

const instantArb = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());

/** Any case the schema admits, consistent or not, as a store might hold after a bug or a migration. */
const anyCaseArb: fc.Arbitrary<WorkflowCase> = fc
  .record({
    state: fc.constantFrom(...caseStates),
    categoryCode: fc.constantFrom('0102', '0101', 'SG0107', 'GB06010'),
    categoryKind: fc.constantFrom(null, '事件', '部件'),
    priority: fc.constantFrom(...casePriorities),
    countyCode: fc.constantFrom(null, COUNTY, OTHER_COUNTY),
    townCode: fc.constantFrom(null, TOWN, OTHER_TOWN),
    departmentId: fc.constantFrom(null, 'd-cg', 'd-water'),
    seatId: fc.constantFrom(null, 's-cg-1', 's-cg-2', 's-water-1'),
    reportedAt: instantArb,
    filedAt: fc.option(instantArb),
    dispatchedAt: fc.option(instantArb),
    signedAt: fc.option(instantArb),
    resolvedAt: fc.option(instantArb),
    verifiedAt: fc.option(instantArb),
    closedAt: fc.option(instantArb),
    ratedAt: fc.option(instantArb),
    deadlineAt: fc.option(instantArb),
    updatedAt: instantArb,
    reworkCount: fc.nat(5),
    returnCount: fc.nat(5),
    extensionCount: fc.nat(5),
    extendedMinutes: fc.nat(3000),
    pendingExtensionHours: fc.option(fc.integer({ min: 1, max: 100 })),
    pendingExtensionReason: fc.option(fc.constant('原因')),
    pendingParkReason: fc.option(fc.constant('待拆迁')),
    parkedFrom: fc.constantFrom(null, ...parkableStates),
    parkedAt: fc.option(instantArb),
    pausedMinutes: fc.nat(3000),
    supervisionCount: fc.nat(5),
    instructionCount: fc.nat(5),
    satisfaction: fc.option(fc.integer({ min: 1, max: 5 })),
    selfResolved: fc.boolean(),
    version: fc.nat(50),
    head: fc.option(fc.record({ eventSeq: fc.integer({ min: 1, max: 50 }), headHash: fc.stringMatching(/^[0-9a-f]{64}$/) })),
  })
  .map(({ head, ...fields }) => ({ id: 'case-any', ...fields, eventSeq: head?.eventSeq ?? 0, headHash: head?.headHash ?? null }));

const advance = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('workflow properties', () => {
  it('walks from a report stay valid, and their event chain verifies', () => {
    const statesSeen = new Set<string>();
    const actionsSeen = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 5, maxLength: 60, size: 'max' }), (seeds) => {
        const opened = reportCase(sampleReport, actors.gridWorker, T0);
        if (!opened.ok) throw new Error(opened.reason);
        let c = opened.next;
        let now = T0;
        const events = [opened.event];
        for (const seed of seeds) {
          now = advance(now, seed.minutes);
          const [action, actor] = chooseStep(c, seed);
          c = checkStep(c, action, actor, now, events);
          checkReachable(c, now);
          statesSeen.add(c.state);
        }
        for (const event of events) actionsSeen.add(event.action);
        expect(verifyChain(events)).toBe(-1);
        expect(c.eventSeq).toBe(events.length);
      }),
      { numRuns: 300 },
    );
    // The walks must actually exercise the whole machine, or the properties above prove little.
    expect([...statesSeen].sort()).toEqual([...caseStates].sort());
    expect([...actionsSeen].sort()).toEqual(['report', ...Object.keys(payloads)].sort());
  });

  it('from any schema-valid case, actions never throw, refusals change nothing and results stay valid', () => {
    fc.assert(
      fc.property(anyCaseArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), (start, seeds) => {
        expect(workflowCaseSchema.safeParse(start).success).toBe(true);
        let c = start;
        let now = start.updatedAt;
        const events: CaseEvent[] = [];
        for (const seed of seeds) {
          now = advance(now, seed.minutes);
          const [action, actor] = chooseStep(c, seed);
          c = checkStep(c, action, actor, now, events);
        }
        const anchor = start.headHash === null ? null : { seq: start.eventSeq, hash: start.headHash };
        expect(verifyChain(events, anchor)).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('closed cases only move to rated; rated and voided cases never move', () => {
    fc.assert(
      fc.property(
        anyCaseArb,
        fc.constantFrom('closed', 'rated', 'voided'),
        fc.constantFrom(...allPayloads),
        fc.constantFrom(...actorPool),
        (start, state, action, actor) => {
          const result = applyAction({ ...start, state }, action, actor, advance(start.updatedAt, 60));
          if (state === 'closed') expect(!result.ok || result.next.state === 'rated').toBe(true);
          else expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
