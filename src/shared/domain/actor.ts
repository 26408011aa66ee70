// Who is acting, and the jurisdiction rule every workflow transition applies. An actor carries
// only the scope codes that bound it: a city-level leader carries none and so sees every case.
import { z } from 'zod';
import { divisionCodeSchema } from './model.ts';
import { refusalText } from './refusals.ts';

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

/**
 * The account the sensor feed acts as, and the name it goes by as a case's reporter: the app's own
 * name for it, which the interface says in its language (not a person's name, kept as written).
 */
export const SYSTEM_ACCOUNT = 'system';
export const SENSOR_PLATFORM = '物联感知平台';
/**
 * The account the demo city's grid workers report and check through (their mobile app, 网格通): the
 * case names the grid's own 网格长 as its reporter, and its timeline names the app that carried the
 * report rather than one grid worker's login for every grid in the city.
 */
export const GRID_APP_ACCOUNT = 'grid-app';

export const actorSchema = z.object({
  id: z.string().min(1),
  role: z.enum(actorRoles),
  departmentId: z.string().min(1).optional(),
  seatId: z.string().min(1).optional(),
  countyCode: divisionCodeSchema.optional(),
  townCode: divisionCodeSchema.optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** Who may replace the city's grid boundaries: the system administrator and the city center's dispatchers. */
export const mayImportGrids = (a: { role: string; countyCode: string | null }): boolean => a.role === 'admin' || (a.role === 'dispatcher' && !a.countyCode);

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
  if (actor.countyCode != null && actor.countyCode !== scope.countyCode) return refusalText('notInCounty');
  if (actor.townCode != null && actor.townCode !== scope.townCode) return refusalText('notInTown');
  if (actor.role === 'seat') {
    if (actor.departmentId == null || actor.seatId == null) return refusalText('seatUnbound');
    if (scope.departmentId !== actor.departmentId) return refusalText('notYourDepartment');
    if (scope.seatId !== actor.seatId) return refusalText('notYourSeat');
  }
  return null;
}
