// What a mutation does to the local view before the server has answered. The
// same decisions the server takes (case-commands.ts), from what the
// workstation knows; replayed over fresh server state until confirmed.
import { ACT_MUTATION, actArgsSchema, actorOf, decideAct, decideReport, REPORT_MUTATION, reportArgsSchema } from './case-commands.ts';
import type { Case } from './domain/case.ts';
import type { SessionUser } from './wire.ts';

export type PendingMutation = { id: string; name: string; args: unknown; at: string };

/** The view after the mutation; a mutation that would be refused leaves it as it was. */
export function applyOptimistic(current: Case | undefined, m: PendingMutation, user: SessionUser): Case | undefined {
  const actor = actorOf(user);
  if (m.name === REPORT_MUTATION) {
    if (current) return current;
    const args = reportArgsSchema.safeParse(m.args);
    if (!args.success) return current;
    // The server places the case on its grid; until then it sits in the operator's own area.
    const where = { countyCode: user.countyCode, townCode: user.townCode, gridCode: null };
    const d = decideReport(args.data, actor, user.displayName, where, m.at);
    return d.ok ? d.next : current;
  }
  if (m.name === ACT_MUTATION) {
    const args = actArgsSchema.safeParse(m.args);
    if (!args.success) return current;
    const d = decideAct(current, args.data, actor, m.at);
    return d.ok ? d.next : current;
  }
  return current;
}
