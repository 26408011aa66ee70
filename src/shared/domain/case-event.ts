// The case timeline (流转记录): one append-only record per accepted action, each carrying the hash
// of the one before, so an edited, dropped or reordered record breaks the chain where it happened.
import { z } from 'zod';
import { actorRoles } from './actor.ts';
import { caseActionTypes } from './case-action.ts';
import { canonicalJson } from './canonical-json.ts';
import { caseStates } from './model.ts';
import { sha256Hex } from './sha256.ts';

/**
 * Every action, the report that opens a case, and `regrid`: the case placed in another grid when the
 * city's grids were imported anew. Not a workflow action (the state stays), but part of the record:
 * the case's grid, and with it the grid team answering for it, changed.
 */
export const caseEventActions = ['report', ...caseActionTypes, 'regrid'] as const;

export const caseEventSchema = z.object({
  caseId: z.string().min(1),
  /** 1 for the report, then one up per event. */
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actorId: z.string().min(1),
  actorRole: z.enum(actorRoles),
  /** The seat the actor worked from, when it has one. */
  seatId: z.string().nullable(),
  action: z.enum(caseEventActions),
  fromState: z.enum(caseStates).nullable(),
  toState: z.enum(caseStates),
  note: z.string().nullable(),
  /** The action's parameters worth keeping (department dispatched to, hours granted, rating). */
  detail: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  /** Null on the first event. */
  prevHash: z.string().nullable(),
  hash: z.string(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventDraft = Omit<CaseEvent, 'seq' | 'prevHash' | 'hash'>;
/** What a chain continues from: the last event's seq and hash. */
export type ChainHead = Pick<CaseEvent, 'seq' | 'hash'>;

/** SHA-256 over the canonical JSON of every field but the hash itself, prevHash included. */
export function hashCaseEvent(event: Omit<CaseEvent, 'hash'>): string {
  const { caseId, seq, at, actorId, actorRole, seatId, action, fromState, toState, note, detail, prevHash } = event;
  // Fields are listed by name so that extra properties on the object cannot change the digest.
  return sha256Hex(canonicalJson({ caseId, seq, at, actorId, actorRole, seatId, action, fromState, toState, note, detail, prevHash }));
}

/** Where a case's next event chains on: its last event as the case records it (none before the report). */
export const chainHeadOf = (c: { eventSeq: number; headHash: string | null }): ChainHead | null =>
  c.headHash === null ? null : { seq: c.eventSeq, hash: c.headHash };

export function chainEvent(prev: ChainHead | null, draft: CaseEventDraft): CaseEvent {
  const unhashed = { ...draft, seq: prev ? prev.seq + 1 : 1, prevHash: prev ? prev.hash : null };
  return { ...unhashed, hash: hashCaseEvent(unhashed) };
}

/**
 * The index of the first event that does not follow from the one before (wrong seq, wrong
 * prevHash, another case, or a hash that no longer matches its content), or -1 when all do.
 * `anchor` is the event just before `events[0]`, for checking a later page of a timeline.
 */
export function verifyChain(events: readonly CaseEvent[], anchor: ChainHead | null = null): number {
  let prev = anchor;
  for (const [i, event] of events.entries()) {
    const expectedSeq = prev ? prev.seq + 1 : 1;
    const expectedPrevHash = prev ? prev.hash : null;
    if (
      event.seq !== expectedSeq ||
      event.prevHash !== expectedPrevHash ||
      event.caseId !== events[0]?.caseId ||
      hashCaseEvent(event) !== event.hash
    ) {
      return i;
    }
    prev = event;
  }
  return -1;
}

/**
 * The event that records a case moved by a grid import from its grid to another (null: none),
 * chained after the case's last event. `detail` names both grids, empty for none.
 */
export function regridEvent(
  c: { id: string; state: CaseEvent['toState']; gridCode: string | null; eventSeq: number; headHash: string | null },
  toGrid: string | null,
  by: { id: string; role: CaseEvent['actorRole'] },
  at: string,
): CaseEvent {
  return chainEvent(chainHeadOf(c), {
    caseId: c.id, at, actorId: by.id, actorRole: by.role, seatId: null, action: 'regrid',
    fromState: c.state, toState: c.state, note: null, detail: { fromGrid: c.gridCode ?? '', toGrid: toGrid ?? '' },
  });
}
