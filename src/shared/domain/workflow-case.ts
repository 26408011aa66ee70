// The part of a case the workflow reads and writes. Kept apart from `Case` (what a user sees and
// edits) so the state machine, its clocks and its counters can grow without touching the form.
import { z } from 'zod';
import { casePriorities, caseStates, divisionCodeSchema, type CaseState } from './model.ts';

const instant = z.iso.datetime();
const count = z.number().int().nonnegative();

/** The states a case may be parked (挂账) from, and returns to when recovered. */
export const parkableStates = ['signed', 'handling'] as const satisfies readonly CaseState[];
/** Terminal or done: nothing but rating (for closed) happens after these. */
export const finishedStates = ['voided', 'closed', 'rated'] as const satisfies readonly CaseState[];
/** Every state a case can still be worked, supervised or instructed in. */
const finished: readonly CaseState[] = finishedStates;
export const openStates = caseStates.filter(
  (s): s is Exclude<CaseState, (typeof finishedStates)[number]> => !finished.includes(s),
);

export const workflowCaseSchema = z.object({
  id: z.string().min(1),
  state: z.enum(caseStates),
  categoryCode: z.string().min(1),
  /** Catalog kind (部件 / 事件 / 社会治理 …); CJ/T minor codes alone are ambiguous across kinds. */
  categoryKind: z.string().min(1).nullable(),
  priority: z.enum(casePriorities),
  countyCode: divisionCodeSchema.nullable(),
  townCode: divisionCodeSchema.nullable(),
  departmentId: z.string().min(1).nullable(),
  seatId: z.string().min(1).nullable(),
  reportedAt: instant,
  filedAt: instant.nullable(),
  /** The current dispatch; cleared when the seat returns the case. */
  dispatchedAt: instant.nullable(),
  signedAt: instant.nullable(),
  /** The latest result submission; cleared when verification sends the case back. */
  resolvedAt: instant.nullable(),
  verifiedAt: instant.nullable(),
  closedAt: instant.nullable(),
  ratedAt: instant.nullable(),
  /** Handling deadline, in working time from dispatch, moved by extensions and parking. */
  deadlineAt: instant.nullable(),
  updatedAt: instant,
  reworkCount: count,
  returnCount: count,
  /** Approved extensions, over the case's whole life. */
  extensionCount: count,
  /** Working minutes granted by extensions in the current dispatch. */
  extendedMinutes: z.number().nonnegative(),
  pendingExtensionHours: z.number().int().positive().nullable(),
  pendingExtensionReason: z.string().nullable(),
  pendingParkReason: z.string().nullable(),
  parkedFrom: z.enum(parkableStates).nullable(),
  parkedAt: instant.nullable(),
  /** Working minutes spent parked in the current dispatch; the handling clock excludes them. */
  pausedMinutes: z.number().nonnegative(),
  supervisionCount: count,
  instructionCount: count,
  satisfaction: z.number().int().min(1).max(5).nullable(),
  /** Closed on the spot by the grid worker who found it, without dispatch. */
  selfResolved: z.boolean(),
  version: count,
  /** Seq and hash of the case's last event, so the next one can be chained without reading the log. */
  eventSeq: count,
  headHash: z.string().nullable(),
});
export type WorkflowCase = z.infer<typeof workflowCaseSchema>;
