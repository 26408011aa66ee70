// The wire protocol between a workstation core and the command-center server
// (socket.io). The server is authoritative; the core replicates its scope.
import { z } from 'zod';
import { caseSchema } from './domain/model.ts';

export const MAX_PUSH_BATCH = 200;
export const MAX_PULL_PAGE = 1000;

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
export type LoginResponse =
  | { ok: true; token: string; serverId: string; user: { username: string; displayName: string; role: string } }
  | { ok: false; error: string };

export const WIRE_EVENTS = { push: 'push', pull: 'pull', changes: 'changes' } as const;
