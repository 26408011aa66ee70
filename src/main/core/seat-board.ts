// The seat board (席位看板): every department seat with its liaison, whether
// they are on duty, the open work at the seat, what is overdue, the average
// handling time and today's 按期结案率 — all from the replica and the shared KPIs.
import type { Case } from '../../shared/domain/case.ts';
import { computeKpis } from '../../shared/domain/kpi.ts';
import type { Department, Seat } from '../../shared/domain/model.ts';
import type { Presence, ReferenceData } from '../../shared/wire.ts';
import { SEAT_WORK_STATES } from '../../shared/queues.ts';

export type SeatBoardRow = {
  seatId: string; seatName: string; departmentId: string; departmentName: string; liaison: string | null; online: boolean;
  queue: number; overdue: number; avgHandleMinutes: number | null; onTimeToday: number | null;
};

const OPEN_WORK = new Set<string>(SEAT_WORK_STATES);
const chinaDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export function seatBoard(
  cases: readonly Case[], seats: readonly Seat[], departments: readonly Department[],
  liaisons: ReferenceData['liaisons'], presence: Presence, now: string,
): SeatBoardRow[] {
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const liaisonOf = new Map(liaisons.map((l) => [l.seatId, l]));
  const onDuty = new Set(presence.map((p) => p.seatId).filter(Boolean));
  const bySeat = Map.groupBy(cases.filter((c) => c.seatId), (c) => c.seatId!);
  const today = chinaDay(now);
  return seats
    .filter((s) => liaisonOf.has(s.id) || bySeat.has(s.id))
    .map((s) => {
      const mine = bySeat.get(s.id) ?? [];
      const open = mine.filter((c) => OPEN_WORK.has(c.state));
      const all = computeKpis(mine, [], { groupBy: 'all', now }).all;
      const closedToday = computeKpis(mine.filter((c) => c.closedAt && chinaDay(c.closedAt) === today), [], { groupBy: 'all', now }).all;
      return {
        seatId: s.id, seatName: s.name, departmentId: s.departmentId, departmentName: deptName.get(s.departmentId) ?? s.departmentId,
        liaison: liaisonOf.get(s.id)?.displayName ?? null, online: onDuty.has(s.id),
        queue: open.length,
        overdue: open.filter((c) => c.deadlineAt !== null && c.deadlineAt < now).length,
        avgHandleMinutes: all?.avgHandleMinutes.value ?? null,
        onTimeToday: closedToday?.onTimeCloseRate.value ?? null,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || b.queue - a.queue || a.seatName.localeCompare(b.seatName, 'zh-CN'));
}
