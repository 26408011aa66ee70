// The map's view of the grids: which have open cases, and how close to the
// limit those are; and one grid's card (its people, its open cases, its KPIs).
import type { Case } from '../../shared/domain/case.ts';
import type { GridWorker } from '../../shared/domain/model.ts';
import { computeKpis, isOverdue } from '../../shared/domain/kpi.ts';
import { lightOf } from '../../shared/case-filter.ts';
import type { SlaLightColor } from '../../shared/grid-status.ts';
import { gridStatusOf, type GridStatus } from '../../shared/grid-status.ts';
import type { ServerResources } from './server-resources.ts';

/**
 * The light a case gives its grid and its row on the card: its running step's, except that a case the
 * 已超期 queue and the 超期数 KPI count (a result still missing past the deadline, or submitted after
 * it) is red, though its verification clock may have just started.
 */
export function caseLight(c: Case, now: string): SlaLightColor | null {
  return isOverdue(c, now) ? 'red' : lightOf(c, now);
}

export function gridStatuses(cases: readonly Case[], now: string): GridStatus[] {
  return gridStatusOf(cases.map((c) => ({ gridCode: c.gridCode, state: c.state, light: caseLight(c, now) })));
}

/** `workers`: the grid's workers as this account may see them (phones masked or not). */
export function gridCard(gridCode: string, cases: readonly Case[], resources: ServerResources, now: string, workers: GridWorker[]) {
  const grid = resources.reference('grids').data.find((g) => g.code === gridCode) ?? null;
  const inGrid = cases.filter((c) => c.gridCode === gridCode);
  const kpis = computeKpis(inGrid, [], { groupBy: 'all', now }).all;
  return {
    grid,
    workers,
    openCases: inGrid.filter((c) => !['voided', 'closed', 'rated'].includes(c.state)).map((c) => ({ ...c, pending: false, light: caseLight(c, now) })),
    kpis: kpis ? { accepted: kpis.accepted.value, finishRate: kpis.finishRate.value, satisfactionRate: kpis.satisfactionRate.value, overdue: kpis.overdue.value } : null,
  };
}
