// Who is acting, and the jurisdiction rule every workflow transition applies. An actor carries
// only the scope codes that bound it: a city-level leader carries none and so sees every case.
import { z } from 'zod';
import { divisionCodeSchema } from './model.ts';

export const actorRoles = ['leader', 'intake', 'dispatcher', 'seat', 'grid-worker', 'admin'] as const;
export type ActorRole = (typeof actorRoles)[number];

export const actorRoleLabels = {
  leader: '指挥长',
  intake: '受理员',
  dispatcher: '派遣员',
  seat: '席位联络员',
  'grid-worker': '网格员',
  admin: '系统管理员',
} as const satisfies Record<ActorRole, string>;

export const actorSchema = z.object({
  id: z.string().min(1),
  role: z.enum(actorRoles),
  departmentId: z.string().min(1).optional(),
  seatId: z.string().min(1).optional(),
  countyCode: divisionCodeSchema.optional(),
  townCode: divisionCodeSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** The case fields jurisdiction is decided on. */
export type JurisdictionScope = {
  countyCode: string | null;
  townCode: string | null;
  departmentId: string | null;
  seatId: string | null;
};

/**
 * Why `actor` may not touch a case in `scope`, or null when it may. Area codes bound every role
 * alike; a seat liaison is further bound to its own department and seat, because 属地管理 gives
 * each case exactly one owner.
 */
export function jurisdictionRefusal(actor: Actor, scope: JurisdictionScope): string | null {
  if (actor.countyCode != null && actor.countyCode !== scope.countyCode) return '案件不在您管辖的区县';
  if (actor.townCode != null && actor.townCode !== scope.townCode) return '案件不在您管辖的街道（乡镇）';
  if (actor.role === 'seat') {
    if (actor.departmentId == null || actor.seatId == null) return '席位联络员账号未绑定部门和席位';
    if (scope.departmentId !== actor.departmentId) return '该案件不属于您的部门';
    if (scope.seatId !== actor.seatId) return '该案件未派遣到您的席位';
  }
  return null;
}
