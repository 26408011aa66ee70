// The case workflow: one pure state machine that the server applies authoritatively and the
// client applies optimistically, so both reach the same case, the same event and the same refusal.
import { z } from 'zod';
import { actorSchema, jurisdictionRefusal, type Actor, type ActorRole } from './actor.ts';
import { caseActionSchema, type CaseAction } from './case-action.ts';
import { chainEvent, chainHeadOf, type CaseEvent, type CaseEventDraft } from './case-event.ts';
import { actionRefusal } from './case-rules.ts';
import { casePriorities, divisionCodeSchema } from './model.ts';
import { defaultSlaTable, slaLimitMinutes, type SlaTable } from './sla.ts';
import { addWorkingMinutes, chinaWorkCalendar, workingMinutesBetween, type WorkCalendar } from './work-calendar.ts';
import type { WorkflowCase } from './workflow-case.ts';
import { refusalText } from './refusals.ts';

/**
 * The calendar and time-limit table deadlines are computed on. Server and clients must use the
 * same ones, or an optimistic apply and the authoritative one disagree on deadlineAt.
 */
export type WorkflowContext = {
  calendar?: WorkCalendar;
  slaTable?: SlaTable;
  /**
   * When the workstation recorded the action (the mutation's own time). The event is the center's, at the
   * center's time; an action queued offline also keeps when it was done (recordedDetail).
   */
  recordedAt?: string;
  /** The department a seat belongs to (undefined: no such seat). Where it is known, a dispatch must name a seat of its department: a case sent to a department at another's seat is one no liaison can sign. */
  seatDepartment?: (seatId: string) => string | undefined;
};

export type WorkflowResult =
  | { ok: true; next: WorkflowCase; event: CaseEvent }
  | { ok: false; reason: string /* Chinese, user-facing: a text of refusals.ts */ };

const instantSchema = z.iso.datetime();

export const reportInputSchema = z.object({
  id: z.string().min(1),
  categoryCode: z.string().min(1, refusalText('needCategory')),
  categoryKind: z.string().min(1).nullable().default(null),
  priority: z.enum(casePriorities).default('normal'),
  countyCode: divisionCodeSchema.nullable(),
  townCode: divisionCodeSchema.nullable(),
});
export type ReportInput = z.input<typeof reportInputSchema>;

/** Roles that may open a case: admin stands for system accounts (sensors, Open311 intake). */
const reporterRoles: readonly ActorRole[] = ['grid-worker', 'intake', 'dispatcher', 'leader', 'admin'];
/** Whether an account of this role may report a case (a seat liaison handles what is dispatched to it, and reports nothing). */
export const mayReport = (role: string): boolean => (reporterRoles as readonly string[]).includes(role);

const firstIssue = (error: z.ZodError): string => error.issues[0]?.message ?? refusalText('invalidInput');

function checkCall(actor: Actor, now: string): string | null {
  if (!actorSchema.safeParse(actor).success) return refusalText('invalidActor');
  if (!instantSchema.safeParse(now).success) return refusalText('invalidTime');
  return null;
}

/** A workstation's time this much before the center's means the action waited offline in its outbox. */
export const OFFLINE_GAP_MS = 60_000;
/** Older than this, a workstation's time is not believed: a PC clock set wrong, not an outage. */
const RECORDED_AT_MAX_AGE_MS = 30 * 86_400_000;

/**
 * The event's note of when an action queued offline was done: only where it is a minute or more before
 * the center's time, and within the last 30 days. Deadlines and KPIs keep the center's time; this is what
 * the timeline tells, so an outage does not lose when the work was done.
 */
export function recordedDetail(recordedAt: string | undefined, now: string): { recordedAt: string } | null {
  if (!recordedAt || !instantSchema.safeParse(recordedAt).success) return null;
  const ahead = Date.parse(now) - Date.parse(recordedAt);
  return ahead >= OFFLINE_GAP_MS && ahead <= RECORDED_AT_MAX_AGE_MS ? { recordedAt: new Date(Date.parse(recordedAt)).toISOString() } : null;
}

/** Opens a case in state reported, with its first event. */
export function reportCase(input: ReportInput, actor: Actor, now: string, recordedAt?: string): WorkflowResult {
  const invalidCall = checkCall(actor, now);
  if (invalidCall !== null) return { ok: false, reason: invalidCall };
  if (!reporterRoles.includes(actor.role)) return { ok: false, reason: refusalText('seatCannotReport') };
  const parsed = reportInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error) };
  const fields = parsed.data;
  const outOfScope = jurisdictionRefusal(actor, { ...fields, departmentId: null, seatId: null });
  if (outOfScope !== null) return { ok: false, reason: outOfScope };

  const event = chainEvent(null, {
    caseId: fields.id,
    at: now,
    actorId: actor.id,
    actorRole: actor.role,
    seatId: actor.seatId ?? null,
    action: 'report',
    fromState: null,
    toState: 'reported',
    note: null,
    detail: recordedDetail(recordedAt, now),
  });
  const next: WorkflowCase = {
    ...fields,
    state: 'reported',
    departmentId: null,
    seatId: null,
    reportedAt: now,
    filedAt: null,
    dispatchedAt: null,
    signedAt: null,
    resolvedAt: null,
    verifiedAt: null,
    closedAt: null,
    ratedAt: null,
    deadlineAt: null,
    updatedAt: now,
    reworkCount: 0,
    returnCount: 0,
    extensionCount: 0,
    extendedMinutes: 0,
    pendingExtensionHours: null,
    pendingExtensionReason: null,
    pendingParkReason: null,
    parkedFrom: null,
    parkedAt: null,
    pausedMinutes: 0,
    supervisionCount: 0,
    instructionCount: 0,
    satisfaction: null,
    selfResolved: false,
    version: 0,
    eventSeq: event.seq,
    headHash: event.hash,
  };
  return { ok: true, next, event };
}

type Transition = { next: WorkflowCase; note: string | null; detail: CaseEventDraft['detail'] };

const withRecorded = (detail: CaseEventDraft['detail'], recorded: { recordedAt: string } | null): CaseEventDraft['detail'] =>
  recorded ? { ...(detail ?? {}), ...recorded } : detail;

const noPending = { pendingExtensionHours: null, pendingExtensionReason: null, pendingParkReason: null } as const;

/** The effect of an action already known to be allowed; a string is a refusal its parameters earned. */
function transition(
  c: WorkflowCase,
  action: CaseAction,
  now: string,
  calendar: WorkCalendar,
  slaTable: SlaTable,
): Transition | string {
  const base: WorkflowCase = { ...c, version: c.version + 1, updatedAt: now };
  const plain = (next: WorkflowCase, note: string | null = null): Transition => ({ next, note, detail: null });
  switch (action.type) {
    case 'accept':
      return plain({ ...base, state: 'filed', filedAt: now }, action.note ?? null);
    case 'reject':
      return plain({ ...base, state: 'voided' }, action.reason);
    case 'dispatch': {
      const limit = slaLimitMinutes(slaTable, c, 'handle', calendar);
      const next: WorkflowCase = {
        ...base,
        ...noPending,
        state: 'dispatched',
        departmentId: action.departmentId,
        seatId: action.seatId,
        dispatchedAt: now,
        signedAt: null,
        resolvedAt: null,
        verifiedAt: null,
        deadlineAt: limit === null ? null : addWorkingMinutes(now, limit, calendar),
        extendedMinutes: 0,
        pausedMinutes: 0,
        parkedAt: null,
      };
      return { next, note: action.note ?? null, detail: { departmentId: action.departmentId, seatId: action.seatId } };
    }
    case 'sign':
      return plain({ ...base, state: 'signed', signedAt: now }, action.note ?? null);
    case 'return': {
      // Back to the center for re-dispatch: the next owner starts a fresh clock.
      const next: WorkflowCase = {
        ...base,
        ...noPending,
        state: 'filed',
        departmentId: null,
        seatId: null,
        dispatchedAt: null,
        signedAt: null,
        deadlineAt: null,
        extendedMinutes: 0,
        pausedMinutes: 0,
        returnCount: c.returnCount + 1,
      };
      return { next, note: action.reason, detail: c.departmentId === null ? null : { departmentId: c.departmentId } };
    }
    case 'start':
      return plain({ ...base, state: 'handling' }, action.note ?? null);
    case 'submit':
      return plain({ ...base, ...noPending, state: 'resolved', resolvedAt: now }, action.result);
    case 'verifyPass':
      return plain({ ...base, state: 'verified', verifiedAt: now }, action.note ?? null);
    case 'verifyFail':
      return plain(
        { ...base, state: 'handling', resolvedAt: null, verifiedAt: null, reworkCount: c.reworkCount + 1 },
        action.reason,
      );
    case 'close':
      return plain({ ...base, state: 'closed', closedAt: now }, action.note ?? null);
    case 'rate':
      return {
        next: { ...base, state: 'rated', satisfaction: action.satisfaction, ratedAt: now },
        note: action.note ?? null,
        detail: { satisfaction: action.satisfaction },
      };
    case 'requestExtension':
      return {
        next: { ...base, pendingExtensionHours: action.hours, pendingExtensionReason: action.reason },
        note: action.reason,
        detail: { hours: action.hours },
      };
    case 'approveExtension': {
      const requested = c.pendingExtensionHours ?? 0;
      const granted = action.hours ?? requested;
      if (granted > requested) return refusalText('grantOverRequest', { hours: requested });
      const next: WorkflowCase = {
        ...base,
        pendingExtensionHours: null,
        pendingExtensionReason: null,
        deadlineAt: c.deadlineAt === null ? null : addWorkingMinutes(c.deadlineAt, granted * 60, calendar),
        extendedMinutes: c.extendedMinutes + granted * 60,
        extensionCount: c.extensionCount + 1,
      };
      return { next, note: action.note ?? null, detail: { hours: granted } };
    }
    case 'denyExtension':
      return plain({ ...base, pendingExtensionHours: null, pendingExtensionReason: null }, action.reason);
    case 'requestPark':
      return plain({ ...base, pendingParkReason: action.reason }, action.reason);
    case 'approvePark': {
      if (c.state !== 'signed' && c.state !== 'handling') return refusalText('parkOnlyWorked');
      return plain(
        { ...base, ...noPending, state: 'parked', parkedFrom: c.state, parkedAt: now },
        action.note ?? c.pendingParkReason,
      );
    }
    case 'denyPark':
      return plain({ ...base, pendingParkReason: null }, action.reason);
    case 'recoverPark': {
      if (c.parkedFrom === null) return refusalText('parkedFromUnknown');
      // Parked time is not the department's: it is added back to the deadline and kept off the clock.
      const parkedMinutes = c.parkedAt === null ? 0 : Math.max(0, workingMinutesBetween(c.parkedAt, now, calendar));
      const next: WorkflowCase = {
        ...base,
        state: c.parkedFrom,
        parkedFrom: null,
        parkedAt: null,
        pausedMinutes: c.pausedMinutes + parkedMinutes,
        deadlineAt: c.deadlineAt === null ? null : addWorkingMinutes(c.deadlineAt, parkedMinutes, calendar),
      };
      return { next, note: action.note ?? null, detail: { pausedMinutes: parkedMinutes } };
    }
    case 'supervise':
      return plain({ ...base, supervisionCount: c.supervisionCount + 1 }, action.note);
    case 'instruct':
      return plain({ ...base, instructionCount: c.instructionCount + 1 }, action.note);
    case 'selfResolve':
      return plain(
        { ...base, state: 'closed', filedAt: now, resolvedAt: now, closedAt: now, selfResolved: true },
        action.result,
      );
  }
}

/**
 * Applies one action. Accepted: the next case (version up by one) and the event that records it,
 * chained onto the case's last event. Refused: a Chinese reason, and the input is left untouched.
 */
export function applyAction(
  caseState: WorkflowCase,
  action: CaseAction,
  actor: Actor,
  now: string,
  context: WorkflowContext = {},
): WorkflowResult {
  const invalidCall = checkCall(actor, now);
  if (invalidCall !== null) return { ok: false, reason: invalidCall };
  const parsed = caseActionSchema.safeParse(action);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error) };
  const refusal = actionRefusal(caseState, parsed.data.type, actor);
  if (refusal !== null) return { ok: false, reason: refusal };
  if (parsed.data.type === 'dispatch' && context.seatDepartment && context.seatDepartment(parsed.data.seatId) !== parsed.data.departmentId) {
    return { ok: false, reason: refusalText('seatNotInDepartment') };
  }

  const outcome = transition(
    caseState,
    parsed.data,
    now,
    context.calendar ?? chinaWorkCalendar,
    context.slaTable ?? defaultSlaTable,
  );
  if (typeof outcome === 'string') return { ok: false, reason: outcome };

  const event = chainEvent(chainHeadOf(caseState), {
    caseId: caseState.id,
    at: now,
    actorId: actor.id,
    actorRole: actor.role,
    seatId: actor.seatId ?? null,
    action: parsed.data.type,
    fromState: caseState.state,
    toState: outcome.next.state,
    note: outcome.note,
    detail: withRecorded(outcome.detail, recordedDetail(context.recordedAt, now)),
  });
  return { ok: true, next: { ...outcome.next, eventSeq: event.seq, headHash: event.hash }, event };
}
