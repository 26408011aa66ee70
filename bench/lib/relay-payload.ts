// The raw server's stand-in for a 'changes' batch: a case built once by the real
// workflow (so every field the server sends is there), then stamped per message
// with the pushed case's id, text and place. The raw server must not do the
// server's work, only send as many bytes.
import { actorOf, decideReport, reportArgsSchema } from '../../src/shared/case-commands.ts';
import type { Case } from '../../src/shared/domain/case.ts';
import type { ChangeBatch, Mutation } from '../../src/shared/wire.ts';

const template: Case = (() => {
  const args = reportArgsSchema.parse({ id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', title: 't', categoryKind: '部件', categoryCode: '0101', platform: 'urban', point: [130.36, 46.8] });
  const actor = actorOf({ username: 'dispatcher', role: 'dispatcher', departmentId: 'D230800000000', seatId: 'S230800000000-dispatch-1', countyCode: null, townCode: null });
  // A placement as deep as the locator gives inside the urban districts.
  const where = { countyCode: '230803000000', townCode: '230803001000', gridCode: '230803001001001' };
  const decided = decideReport(args, actor, '市指挥中心派遣员 王建国', where, new Date().toISOString());
  if (!decided.ok) throw new Error(decided.reason);
  return { ...decided.next, code: 'JQ-20260101-0001' };
})();

type ReportLike = { id: string; title: string; description?: string; point: [number, number]; address?: string };

export function relayBatch(m: Mutation, version: number): ChangeBatch {
  const a = m.args as ReportLike;
  const data: Case = { ...template, id: a.id, title: a.title, description: a.description ?? '', point: a.point, address: a.address ?? '', version };
  return { after: version - 1, changes: [{ version, entity: 'case', id: a.id, data }] };
}
