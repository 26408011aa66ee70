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
export const pushRequestSchema = z.object({ mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_BATCH) });
export const pullRequestSchema = z.object({
    after: z.number().int().nonnegative(),
    limit: z.number().int().min(1).max(MAX_PULL_PAGE).default(MAX_PULL_PAGE),
});
export const changeSchema = z.object({
    version: z.number().int().positive(),
    entity: z.literal('case'),
    id: z.string(),
    data: caseSchema,
});
/** Live push: a batch of changes; `after` is the version just before the first one, so a gap shows. */
export const changeBatchSchema = z.object({ after: z.number().int().nonnegative(), changes: z.array(changeSchema) });
export const loginRequestSchema = z.object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(256),
});
export const WIRE_EVENTS = { push: 'push', pull: 'pull', changes: 'changes' };
