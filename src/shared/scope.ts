// What an account may see (its replica's scope): a seat liaison its
// department's cases, a street or county center its area, the city center
// everything. The server pulls and broadcasts by it; the workstation drops
// cases that leave it.
import type { ActorRole } from './domain/actor.ts';

/** Null fields mean "no restriction". */
export type Scope = { countyCode: string | null; townCode: string | null; departmentId: string | null };
type ScopedAccount = { role: ActorRole; departmentId: string | null; countyCode: string | null; townCode: string | null };
type Placed = { countyCode: string | null; townCode: string | null; departmentId: string | null };

export function scopeOf(a: ScopedAccount): Scope {
  // A seat without a department sees nothing rather than everything.
  if (a.role === 'seat') return { countyCode: null, townCode: null, departmentId: a.departmentId ?? '-' };
  return { countyCode: a.countyCode, townCode: a.townCode, departmentId: null };
}

export const caseInScope = (c: Placed, s: Scope): boolean =>
  (s.countyCode === null || c.countyCode === s.countyCode) &&
  (s.townCode === null || c.townCode === s.townCode) &&
  (s.departmentId === null || c.departmentId === s.departmentId);
