// How the demo city works its cases: at each state, who acts next, what they
// do, and how long it takes. Used to write a year of history and, live, by the
// simulator. The odds are the city's habits; the KPIs follow from them.
import { GRID_APP_ACCOUNT, type Actor } from '../../shared/domain/actor.ts';
import type { CaseAction } from '../../shared/domain/case-action.ts';
import type { Case } from '../../shared/domain/case.ts';
import type { Department, Seat } from '../../shared/domain/model.ts';
import { defaultSlaTable, slaLimitMinutes } from '../../shared/domain/sla.ts';
import { categoryKey, type Category } from '../../shared/catalog.ts';
import type { OwnerResolver } from '../../shared/owner-resolver.ts';
import type { Rng } from './prng.ts';

export type Cast = {
  intake: Actor;
  dispatcher: Actor;
  gridWorker: (c: Case) => Actor;
  /** The department and seat that own a case (属地管理), and the liaison who works it. */
  owner: (c: Case) => { departmentId: string; seatId: string; liaison: Actor } | null;
};

export type Step = { action: CaseAction; actor: Actor; afterMinutes: number };

export function createCast(opts: {
  departments: readonly Department[];
  seats: readonly Seat[];
  categories: readonly Category[];
  resolveOwner: OwnerResolver;
}): Cast {
  const byKey = new Map(opts.categories.map((c) => [categoryKey(c.kind, c.minorCode), c]));
  const seatsByDept = Map.groupBy(opts.seats, (s) => s.departmentId);
  const fallback = opts.departments.find((d) => d.id === 'city-center')?.id ?? opts.departments[0]!.id;
  return {
    intake: { id: 'intake', role: 'intake' },
    dispatcher: { id: 'dispatcher', role: 'dispatcher' },
    gridWorker: (c) => ({ id: GRID_APP_ACCOUNT, role: 'grid-worker', ...(c.countyCode ? { countyCode: c.countyCode } : {}), ...(c.townCode ? { townCode: c.townCode } : {}) }),
    owner(c) {
      const cat = byKey.get(categoryKey(c.categoryKind ?? '', c.categoryCode));
      const departmentId =
        opts.resolveOwner({ platform: c.platform, categoryKind: c.categoryKind, majorCode: cat?.majorCode, minorCode: c.categoryCode, countyCode: c.countyCode, townCode: c.townCode }) ?? fallback;
      const seats = seatsByDept.get(departmentId) ?? [];
      // A seat at the case's own county center when the department has one there, else the city's.
      const seat = seats.find((s) => s.centerCode === c.countyCode) ?? seats[0];
      if (!seat) return null;
      return { departmentId, seatId: seat.id, liaison: { id: `seat-${departmentId}`, role: 'seat', departmentId, seatId: seat.id } };
    },
  };
}

const minutes = (rng: Rng, min: number, max: number) => Math.round(rng.between(min, max));

/** Satisfaction of a rated case: mostly content, as the city's published 满意率 (~93 %) says. */
const rating = (rng: Rng) => rng.weightedPick([5, 4, 3, 2, 1], [70, 23, 5, 1.5, 0.5]);

/** The next thing the city does to a case, or null when nothing more happens to it. */
export function nextStep(c: Case, rng: Rng, cast: Cast): Step | null {
  const owner = () => cast.owner(c);
  switch (c.state) {
    case 'reported':
      if (c.source === 'grid-worker' && rng.chance(0.12)) return { action: { type: 'selfResolve', result: '网格员现场劝导处置完毕' }, actor: cast.gridWorker(c), afterMinutes: minutes(rng, 5, 60) };
      if (rng.chance(0.03)) return { action: { type: 'reject', reason: '重复上报，已并案处理' }, actor: cast.intake, afterMinutes: minutes(rng, 5, 40) };
      return { action: { type: 'accept' }, actor: cast.intake, afterMinutes: minutes(rng, 3, 30) };
    case 'filed': {
      const o = owner();
      if (!o) return null;
      return { action: { type: 'dispatch', departmentId: o.departmentId, seatId: o.seatId }, actor: cast.dispatcher, afterMinutes: minutes(rng, 3, 40) };
    }
    case 'dispatched': {
      const o = owner();
      if (!o || o.departmentId !== c.departmentId) return null;
      if (c.returnCount === 0 && rng.chance(0.02)) return { action: { type: 'return', reason: '不属于本部门职责，请重新派遣' }, actor: o.liaison, afterMinutes: minutes(rng, 10, 60) };
      return { action: { type: 'sign' }, actor: o.liaison, afterMinutes: minutes(rng, 5, 55) };
    }
    case 'signed': {
      const o = owner();
      return o ? { action: { type: 'start' }, actor: o.liaison, afterMinutes: minutes(rng, 5, 60) } : null;
    }
    case 'handling': {
      const o = owner();
      if (!o) return null;
      if (c.pendingExtensionHours !== null) {
        return rng.chance(0.85)
          ? { action: { type: 'approveExtension' }, actor: cast.dispatcher, afterMinutes: minutes(rng, 10, 120) }
          : { action: { type: 'denyExtension', reason: '时限充足，请按期办结' }, actor: cast.dispatcher, afterMinutes: minutes(rng, 10, 120) };
      }
      if (c.pendingParkReason !== null) return { action: { type: 'approvePark' }, actor: cast.dispatcher, afterMinutes: minutes(rng, 30, 240) };
      // A few cases wait on things outside the department (funding, court rulings): 挂账.
      if (c.parkedAt === null && c.reworkCount === 0 && rng.chance(0.03)) {
        return { action: { type: 'requestPark', reason: '需纳入年度改造计划，申请挂账' }, actor: o.liaison, afterMinutes: minutes(rng, 60, 480) };
      }
      if (c.extensionCount === 0 && c.reworkCount === 0 && rng.chance(0.04)) {
        return { action: { type: 'requestExtension', hours: rng.pick([8, 16, 24]), reason: '需协调施工单位，申请延期' }, actor: o.liaison, afterMinutes: minutes(rng, 30, 240) };
      }
      const limit = slaLimitMinutes(defaultSlaTable, c, 'handle') ?? 4 * 450;
      // Most work ends well inside the limit; a few run over it, and one in a hundred or so drags
      // on for weeks (a contractor who does not come): the backlog a command center chases, so
      // on any day a few open cases are over their limit and their grids red.
      const share = rng.chance(0.012) ? rng.between(2, 5) : rng.chance(0.03) ? rng.between(1.05, 1.6) : rng.between(0.15, 0.9);
      return { action: { type: 'submit', result: '已按要求处置完毕，现场已复原' }, actor: o.liaison, afterMinutes: Math.max(10, Math.round(limit * share)) };
    }
    case 'parked':
      // Parked work comes back after weeks or months, when its obstacle is gone.
      return { action: { type: 'recoverPark', note: '条件具备，恢复办理' }, actor: cast.dispatcher, afterMinutes: minutes(rng, 40 * 450, 240 * 450) };
    case 'resolved':
      return rng.chance(0.05)
        ? { action: { type: 'verifyFail', reason: '现场核查未整改到位' }, actor: cast.gridWorker(c), afterMinutes: minutes(rng, 30, 300) }
        : { action: { type: 'verifyPass' }, actor: cast.gridWorker(c), afterMinutes: minutes(rng, 30, 300) };
    case 'verified':
      return { action: { type: 'close' }, actor: cast.dispatcher, afterMinutes: minutes(rng, 10, 120) };
    case 'closed':
      return { action: { type: 'rate', satisfaction: rating(rng), note: '电话回访' }, actor: cast.intake, afterMinutes: minutes(rng, 60, 900) };
    default:
      return null;
  }
}
