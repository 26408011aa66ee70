// The owner a case should be dispatched to, by the responsibility matrix from
// the server (属地管理: category + area → one department) and that
// department's seat at the case's own center when it has one.
import type { Case } from '../../shared/domain/case.ts';
import { createOwnerResolver } from '../../shared/owner-resolver.ts';
import type { ServerResources } from './server-resources.ts';

export function suggestOwner(c: Case, resources: ServerResources): { departmentId: string; seatId: string | null } | null {
  const rules = resources.reference('responsibility').data;
  if (rules.length === 0) return null;
  const category = resources.reference('catalog').data.find((x) => x.kind === c.categoryKind && x.minorCode === c.categoryCode);
  const departmentId = createOwnerResolver(rules)({
    platform: c.platform, categoryKind: c.categoryKind, majorCode: category?.majorCode, minorCode: c.categoryCode, countyCode: c.countyCode, townCode: c.townCode,
  });
  if (!departmentId) return null;
  const seats = resources.reference('seats').data.filter((s) => s.departmentId === departmentId);
  return { departmentId, seatId: (seats.find((s) => s.centerCode === c.countyCode) ?? seats[0])?.id ?? null };
}
