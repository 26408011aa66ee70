// Mutation handlers: the server's side of every command a workstation can
// queue. Each handler validates its args, then decides inside the store's
// transaction; a rejection carries a reason the operator can act on.
import { z } from 'zod';
import { reportCaseInputSchema } from '../shared/contract.ts';
const reportArgsSchema = reportCaseInputSchema.extend({ id: z.uuid() });
const handlers = {
    'case.report': (raw, m, ctx) => {
        const parsed = reportArgsSchema.safeParse(raw);
        if (!parsed.success)
            return { error: `参数无效: ${z.prettifyError(parsed.error)}` };
        const args = parsed.data;
        return {
            caseId: args.id,
            decide: (current, allocateCode) => {
                if (current)
                    return { ok: false, reason: '案件已存在' };
                const at = ctx.now().toISOString();
                const where = ctx.locate(args.point);
                return {
                    ok: true,
                    next: {
                        id: args.id,
                        code: allocateCode(),
                        title: args.title,
                        description: args.description,
                        source: ctx.account.role === 'grid-worker' ? 'grid-worker' : ctx.account.role === 'leader' ? 'leader' : 'hotline',
                        platform: args.platform,
                        categoryCode: args.categoryCode,
                        priority: args.priority,
                        gridCode: where.gridCode,
                        countyCode: where.countyCode,
                        townCode: where.townCode,
                        point: args.point,
                        address: args.address,
                        reporter: ctx.account.displayName,
                        state: 'reported',
                        departmentId: null,
                        seatId: null,
                        reportedAt: m.at <= at ? m.at : at,
                        updatedAt: at,
                        deadlineAt: null,
                        satisfaction: null,
                        version: 0,
                    },
                };
            },
        };
    },
};
/** Turn a mutation into a plan, or a reason it cannot be applied at all. */
export function planMutation(m, ctx) {
    const handler = Object.hasOwn(handlers, m.name) ? handlers[m.name] : undefined;
    if (!handler)
        return { error: `未知的操作: ${m.name}` };
    return handler(m.args, m, ctx);
}
