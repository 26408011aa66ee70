// What a mutation does to the local view before the server has answered. The
// server re-decides with full authority; this only has to be a good guess,
// and it is replayed over fresh server state until the server confirms.
import { z } from 'zod';
import { reportCaseInputSchema } from './contract.ts';
import type { Case } from './domain/model.ts';

export type PendingMutation = { id: string; name: string; args: unknown; at: string; reporter: string };

const reportArgsSchema = reportCaseInputSchema.extend({ id: z.uuid() });

export function applyOptimistic(current: Case | undefined, m: PendingMutation): Case | undefined {
  switch (m.name) {
    case 'case.report': {
      if (current) return current;
      const args = reportArgsSchema.parse(m.args);
      return {
        id: args.id, code: null, title: args.title, description: args.description, source: 'grid-worker',
        platform: args.platform, categoryCode: args.categoryCode, priority: args.priority, gridCode: null,
        countyCode: null, townCode: null, point: args.point, address: args.address, reporter: m.reporter,
        state: 'reported', departmentId: null, seatId: null, reportedAt: m.at, updatedAt: m.at, deadlineAt: null,
        satisfaction: null, version: 0,
      };
    }
    default:
      return current;
  }
}
