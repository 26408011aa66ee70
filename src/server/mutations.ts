// Mutation handlers: the server's side of every command a workstation can
// queue. Each validates its args, then decides inside the store's transaction
// with the same functions the workstation used optimistically.
import { z } from 'zod';
import {
  ACT_MUTATION, actArgsSchema, actorOf, decideAct, decideReport, REPORT_MUTATION, reportArgsSchema, type CaseDecision,
} from '../shared/case-commands.ts';
import type { Case } from '../shared/domain/case.ts';
import type { Mutation } from '../shared/wire.ts';
import type { Locate } from './locate.ts';
import type { Account } from './store/store.ts';
import { refusalText } from '../shared/domain/refusals.ts';

export type { Locate };

export type MutationPlan = { caseId: string; decide: (current: Case | undefined) => CaseDecision };
export type HandlerContext = { account: Account; locate: Locate; now: () => Date; seatDepartment?: (seatId: string) => string | undefined };

const invalid = (error: z.ZodError) => ({ error: refusalText('invalidArgs', { detail: z.prettifyError(error) }) });

const handlers: Record<string, (m: Mutation, ctx: HandlerContext) => MutationPlan | { error: string }> = {
  [REPORT_MUTATION]: (m, ctx) => {
    const parsed = reportArgsSchema.safeParse(m.args);
    if (!parsed.success) return invalid(parsed.error);
    const args = parsed.data;
    return {
      caseId: args.id,
      decide: (current) => {
        if (current) return { ok: false, reason: refusalText('caseExists') };
        return decideReport(args, actorOf(ctx.account), ctx.account.displayName, ctx.locate(args.point), ctx.now().toISOString(), m.at);
      },
    };
  },
  [ACT_MUTATION]: (m, ctx) => {
    const parsed = actArgsSchema.safeParse(m.args);
    if (!parsed.success) return invalid(parsed.error);
    const args = parsed.data;
    return { caseId: args.caseId, decide: (current) => decideAct(current, args, actorOf(ctx.account), ctx.now().toISOString(), { seatDepartment: ctx.seatDepartment, recordedAt: m.at }) };
  },
};

/** Turn a mutation into a plan, or a reason it cannot be applied at all. */
export function planMutation(m: Mutation, ctx: HandlerContext): MutationPlan | { error: string } {
  const handler = Object.hasOwn(handlers, m.name) ? handlers[m.name] : undefined;
  if (!handler) return { error: refusalText('unknownMutation', { name: m.name }) };
  return handler(m, ctx);
}
