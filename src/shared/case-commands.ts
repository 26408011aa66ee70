// What the two case mutations do, decided once for the server (with full
// authority) and the workstation (optimistically, before the server answers).
import { z } from 'zod';
import { actOnCaseInputSchema, reportCaseInputSchema } from './contract.ts';
import type { Actor } from './domain/actor.ts';
import { MAX_ATTACHMENTS } from './domain/attachment.ts';
import type { Case } from './domain/case.ts';
import type { CaseEvent } from './domain/case-event.ts';
import { applyAction, reportCase, type WorkflowContext } from './domain/case-workflow.ts';
import type { CaseSource } from './domain/model.ts';
import type { SessionUser } from './wire.ts';
import { refusalText } from './domain/refusals.ts';

export const REPORT_MUTATION = 'case.report';
export const ACT_MUTATION = 'case.act';

export const reportArgsSchema = reportCaseInputSchema.extend({ id: z.uuid() });
export type ReportArgs = z.output<typeof reportArgsSchema>;
export const actArgsSchema = actOnCaseInputSchema.extend({
  /** The case version the operator saw; a newer one on the server means someone else acted first. */
  baseVersion: z.number().int().nonnegative().optional(),
});
export type ActArgs = z.output<typeof actArgsSchema>;

/** Where a point lies, as far as the deciding side knows. */
export type Placement = { countyCode: string | null; townCode: string | null; gridCode: string | null };
export const unplaced: Placement = { countyCode: null, townCode: null, gridCode: null };

export type CaseDecision = { ok: true; next: Case; events: CaseEvent[] } | { ok: false; reason: string };

export const actorOf = (u: Pick<SessionUser, 'username' | 'role' | 'departmentId' | 'seatId' | 'countyCode' | 'townCode'>): Actor => ({
  id: u.username,
  role: u.role,
  ...(u.departmentId ? { departmentId: u.departmentId } : {}),
  ...(u.seatId ? { seatId: u.seatId } : {}),
  ...(u.countyCode ? { countyCode: u.countyCode } : {}),
  ...(u.townCode ? { townCode: u.townCode } : {}),
});

const defaultSource: Record<Actor['role'], CaseSource> = {
  'grid-worker': 'grid-worker', intake: 'hotline', dispatcher: 'hotline', leader: 'leader', admin: 'sensor', seat: 'grid-worker',
};

export function decideReport(args: ReportArgs, actor: Actor, reporter: string, where: Placement, now: string, recordedAt?: string): CaseDecision {
  if (args.source && args.source !== defaultSource[actor.role] && actor.role !== 'intake' && actor.role !== 'admin') {
    return { ok: false, reason: refusalText('onlyIntakeSources') };
  }
  const opened = reportCase(
    { id: args.id, categoryCode: args.categoryCode, categoryKind: args.categoryKind, priority: args.priority, countyCode: where.countyCode, townCode: where.townCode },
    actor,
    now,
    recordedAt,
  );
  if (!opened.ok) return opened;
  return {
    ok: true,
    events: [opened.event],
    next: {
      ...opened.next,
      id: args.id,
      code: null,
      title: args.title,
      description: args.description,
      source: args.source ?? defaultSource[actor.role],
      platform: args.platform,
      gridCode: where.gridCode,
      point: args.point,
      address: args.address,
      reporter,
      ...(args.attachments?.length ? { attachments: args.attachments } : {}),
    },
  };
}

export function decideAct(current: Case | undefined, args: ActArgs, actor: Actor, now: string, context?: WorkflowContext): CaseDecision {
  if (!current) return { ok: false, reason: refusalText('caseNotFound') };
  const result = applyAction(current, args.action, actor, now, context);
  if (!result.ok) {
    const stale = args.baseVersion !== undefined && args.baseVersion < current.version;
    return { ok: false, reason: stale ? refusalText('staleVersion', { inner: result.reason }) : result.reason };
  }
  const added = args.action.type === 'submit' ? (args.action.attachments ?? []) : [];
  const attachments = [...(current.attachments ?? []), ...added];
  if (attachments.length > MAX_ATTACHMENTS) return { ok: false, reason: refusalText('tooManyAttachments', { count: MAX_ATTACHMENTS }) };
  return { ok: true, next: { ...current, ...result.next, ...(added.length ? { attachments } : {}) }, events: [result.event] };
}
