// The wire protocol between a workstation core and the command-center server
// (socket.io). The server is authoritative; the core replicates its scope.
import { z } from 'zod';
import { actorRoles } from './domain/actor.ts';
import { caseSchema } from './domain/case.ts';
import type { CaseEvent } from './domain/case-event.ts';
import type { Department, Division, Grid, GridWorker, Seat } from './domain/model.ts';
import type { Category } from './catalog.ts';
import type { ResponsibilityRule } from './owner-resolver.ts';

export const MAX_PUSH_BATCH = 200;
export const MAX_PULL_PAGE = 1000;
/** The largest socket message the server reads (socket.io's maxHttpBufferSize): a longer one closes the connection. */
export const MAX_MESSAGE_BYTES = 1_000_000;
/** A push carries at most this much, well inside MAX_MESSAGE_BYTES with the envelope around it. */
export const MAX_PUSH_BYTES = 512 * 1024;

const utf8 = new TextEncoder();

/**
 * The longest run from the front of `queued` that fits in one push: MAX_PUSH_BATCH mutations and
 * `maxBytes` of JSON, and always the first, whatever its size. Two hundred reports with long
 * descriptions came to 1.3 MB: the server dropped the connection at each try and none arrived.
 */
export function fitPushBatch<T>(queued: readonly T[], maxBytes = MAX_PUSH_BYTES): T[] {
  let bytes = 0;
  let n = 0;
  for (const m of queued.slice(0, MAX_PUSH_BATCH)) {
    bytes += utf8.encode(JSON.stringify(m)).length + 1;
    if (n > 0 && bytes > maxBytes) break;
    n++;
  }
  return queued.slice(0, n);
}

export const mutationSchema = z.object({
  id: z.uuid(),
  clientId: z.string().min(1).max(64),
  seq: z.number().int().positive(),
  name: z.string().min(1).max(64),
  args: z.unknown(),
  at: z.iso.datetime(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({ mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_BATCH) });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type MutationResult = { id: string; status: 'applied' } | { id: string; status: 'rejected'; reason: string };
export type PushResponse = { ok: true; results: MutationResult[] } | { ok: false; error: string };

export const pullRequestSchema = z.object({
  after: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(MAX_PULL_PAGE).default(MAX_PULL_PAGE),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const changeSchema = z.object({
  version: z.number().int().positive(),
  entity: z.literal('case'),
  id: z.string(),
  data: caseSchema,
  /** The scope the case left with this change, so the old scope's clients hear of it. */
  from: z.object({ countyCode: z.string().nullable(), townCode: z.string().nullable(), departmentId: z.string().nullable() }).optional(),
});
export type Change = z.infer<typeof changeSchema>;

export type PullResponse =
  | { ok: true; changes: Change[]; latest: number; hasMore: boolean }
  | { ok: false; error: string };

/** Live push: a batch of changes; `after` is the version just before the first one, so a gap shows. */
export const changeBatchSchema = z.object({ after: z.number().int().nonnegative(), changes: z.array(changeSchema) });
export type ChangeBatch = z.infer<typeof changeBatchSchema>;

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
/** The signed-in account: its role and the scope its actions are checked against. */
export const sessionUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(actorRoles),
  departmentId: z.string().nullable(),
  seatId: z.string().nullable(),
  countyCode: z.string().nullable(),
  townCode: z.string().nullable(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export type LoginResponse = { ok: true; token: string; serverId: string; user: SessionUser } | { ok: false; error: string };

/** What a workstation needs to name, place and route things: fetched after login, kept in the cache. */
export type ReferenceData = {
  divisions: Division[];
  grids: Grid[];
  workers: GridWorker[];
  departments: Department[];
  seats: Seat[];
  catalog: Category[];
  responsibility: ResponsibilityRule[];
  /** Who sits at each seat (席位联络员), for the seat board. */
  liaisons: { seatId: string; username: string; displayName: string }[];
  /** Every account's name: the case timeline and the printed sheet say who acted, not a login name. */
  staff: { username: string; displayName: string }[];
};

/** Accounts connected right now, for the seat board's on-duty marks and the big screen's 在线席位. */
export type Presence = { username: string; role: string; seatId: string | null; since: string }[];

export const caseEventsRequestSchema = z.object({ caseId: z.uuid() });
export type CaseEventsResponse = { ok: true; events: CaseEvent[] } | { ok: false; error: string };

export const WIRE_EVENTS = { push: 'push', pull: 'pull', changes: 'changes', caseEvents: 'case.events', metrics: 'metrics.ingest', reference: 'reference.version' } as const;

/**
 * The reference data's version, sent to each socket as it connects and to all when it changes (a
 * grid import): a workstation whose copy is of another version fetches it again, at once, rather than
 * on its next periodic refresh, with open cases already moved into grids it does not know.
 */
export const referenceVersionSchema = z.object({ version: z.string().min(1) });
