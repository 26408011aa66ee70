import { describe, expect, it } from 'vitest';
import { actors, sampleReport, toClosed, walk } from './case-workflow.fixtures.ts';
import { computeKpis, KPI_UNASSIGNED, type KpiCase, type KpiWish } from './kpi.ts';

const COUNTY = '230803000000';
const T1 = '230803001000';
const T2 = '230803002000';
const G1 = '230803001001001';
const G2 = '230803002001001';
// China time: Thursday 2026-11-26 09:00 = 01:00Z; the deadline below is 15:30 that day.
const THU_0900 = '2026-11-26T01:00:00.000Z';
const THU_1000 = '2026-11-26T02:00:00.000Z';
const THU_1100 = '2026-11-26T03:00:00.000Z';
const THU_DEADLINE = '2026-11-26T07:30:00.000Z';
const FRI_0900 = '2026-11-27T01:00:00.000Z';
const NOW = '2026-11-30T02:00:00.000Z'; // Monday 10:00

const kc = (id: string, fields: Partial<KpiCase>): KpiCase => ({
  id,
  state: 'handling',
  platform: 'urban',
  departmentId: 'd-cg',
  countyCode: COUNTY,
  townCode: T1,
  gridCode: G1,
  reportedAt: '2026-11-26T00:30:00.000Z',
  dispatchedAt: THU_0900,
  resolvedAt: null,
  closedAt: null,
  deadlineAt: THU_DEADLINE,
  reworkCount: 0,
  extensionCount: 0,
  satisfaction: null,
  ...fields,
});
const unassigned = { departmentId: null, dispatchedAt: null, deadlineAt: null } as const;

const cases: KpiCase[] = [
  kc('c1', { ...unassigned, state: 'voided', reportedAt: '2026-10-31T15:00:00.000Z' }), // Oct 31, 23:00 China time
  kc('c2', { ...unassigned, state: 'reported' }),
  kc('c3', { state: 'rated', resolvedAt: THU_1100, closedAt: FRI_0900, satisfaction: 5 }), // on time, 120 working min
  kc('c4', { state: 'rated', resolvedAt: FRI_0900, closedAt: FRI_0900, satisfaction: 3, reworkCount: 1, extensionCount: 1 }), // late, 450 min
  kc('c5', { state: 'handling' }), // overdue since Thursday
  kc('c6', { state: 'handling', departmentId: 'd-water', dispatchedAt: '2026-11-30T01:00:00.000Z', deadlineAt: '2026-11-30T07:30:00.000Z' }),
  kc('c7', { state: 'parked' }), // past its deadline, but parked
  kc('c8', { ...unassigned, state: 'closed', selfResolved: true, resolvedAt: THU_1000, closedAt: THU_1000, platform: 'grid', townCode: T2, gridCode: G2 }),
  kc('c9', { state: 'resolved', resolvedAt: THU_1000 }), // submitted in time, awaiting verification; 60 min
  kc('c10', { ...unassigned, state: 'filed', gridCode: null, reportedAt: '2026-10-31T16:30:00.000Z' }), // Nov 1, 00:30 China time
];
const wishes: KpiWish[] = [
  { id: 'w1', communityCode: '230803001001', state: 'open', createdAt: THU_0900 },
  { id: 'w2', communityCode: '230803001001', state: 'claimed', createdAt: THU_0900 },
  { id: 'w3', communityCode: '230803002001', state: 'fulfilled', createdAt: THU_0900 },
  { id: 'w4', communityCode: '230803002001', state: 'open', createdAt: THU_0900 },
];

describe('computeKpis over everything', () => {
  const all = computeKpis(cases, wishes, { groupBy: 'all', now: NOW }).all!;

  it('counts 受理 (not voided) and 立案 (past intake), listing the cases behind them', () => {
    expect(all.accepted).toEqual({
      value: 9,
      numerator: 9,
      denominator: 10,
      caseIds: { numerator: ['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'], denominator: cases.map((c) => c.id) },
    });
    expect(all.filed).toMatchObject({ value: 8, denominator: 10 });
    expect(all.filed.caseIds.numerator).toEqual(['c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10']);
  });

  it('办结率 = submitted, verified or closed / 受理', () => {
    expect(all.finishRate).toMatchObject({ numerator: 4, denominator: 9, value: 4 / 9 });
    expect(all.finishRate.caseIds.numerator).toEqual(['c3', 'c4', 'c8', 'c9']);
  });

  it('结案率 and 按期结案率 are over 应结案 (filed, not parked)', () => {
    expect(all.closeRate).toMatchObject({ numerator: 3, denominator: 7, value: 3 / 7 });
    expect(all.closeRate.caseIds.denominator).toEqual(['c3', 'c4', 'c5', 'c6', 'c8', 'c9', 'c10']);
    expect(all.onTimeCloseRate).toMatchObject({ numerator: 2, denominator: 7, value: 2 / 7 });
    expect(all.onTimeCloseRate.caseIds.numerator).toEqual(['c3', 'c8']);
  });

  it('the lag-free variant divides by closed plus open-and-overdue', () => {
    expect(all.onTimeCloseRateLagFree).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(all.onTimeCloseRateLagFree.caseIds.denominator).toEqual(['c3', 'c4', 'c5', 'c8']);
  });

  it('超期 counts open cases past their deadline, not parked or on-time submissions', () => {
    expect(all.overdue).toMatchObject({ value: 1, numerator: 1, denominator: 7 });
    expect(all.overdue.caseIds.numerator).toEqual(['c5']);
  });

  it('返工率 and 延期率 leave out on-the-spot closures', () => {
    expect(all.reworkRate).toMatchObject({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(all.reworkRate.caseIds.denominator).toEqual(['c3', 'c4', 'c9']);
    expect(all.extensionRate).toMatchObject({ numerator: 1, denominator: 7, value: 1 / 7 });
  });

  it('平均处置时长 is in working minutes from dispatch to submission', () => {
    expect(all.avgHandleMinutes).toEqual({
      value: 210,
      numerator: 630,
      denominator: 3,
      caseIds: { numerator: ['c3', 'c4', 'c9'], denominator: ['c3', 'c4', 'c9'] },
    });
  });

  it('满意率 = rated 4 or 5 / rated; 微心愿认领率 = claimed or fulfilled / all', () => {
    expect(all.satisfactionRate).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(all.wishClaimRate).toEqual({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      caseIds: { numerator: ['w2', 'w3'], denominator: ['w1', 'w2', 'w3', 'w4'] },
    });
  });

  it('excludes parked time from handling time', () => {
    const paused = computeKpis([kc('p', { state: 'resolved', resolvedAt: FRI_0900, pausedMinutes: 400 })], [], {
      groupBy: 'all',
      now: NOW,
    });
    expect(paused.all!.avgHandleMinutes.value).toBe(50);
  });
});

describe('computeKpis grouped', () => {
  const by = (groupBy: Parameters<typeof computeKpis>[2]['groupBy']) => computeKpis(cases, wishes, { groupBy, now: NOW });

  it('by department, with undispatched cases apart and wishes left out', () => {
    const groups = by('department');
    expect(Object.keys(groups)).toEqual(['d-cg', 'd-water', KPI_UNASSIGNED]);
    expect(groups['d-cg']!.closeRate).toMatchObject({ numerator: 2, denominator: 4 });
    expect(groups['d-water']!.onTimeCloseRateLagFree).toMatchObject({ value: null, denominator: 0 });
    expect(groups['d-cg']!.wishClaimRate).toMatchObject({ value: null, denominator: 0 });
  });

  it('by street and county, wishes placed by their community code', () => {
    const towns = by('town');
    expect(Object.keys(towns)).toEqual([T1, T2]);
    expect(towns[T2]!.closeRate.caseIds.numerator).toEqual(['c8']);
    expect(towns[T2]!.wishClaimRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(towns[T1]!.wishClaimRate.caseIds.denominator).toEqual(['w1', 'w2']);
    const counties = by('county');
    expect(Object.keys(counties)).toEqual([COUNTY]);
    expect(counties[COUNTY]!.wishClaimRate.denominator).toBe(4);
  });

  it('by grid and platform', () => {
    expect(Object.keys(by('grid'))).toEqual([G1, G2, KPI_UNASSIGNED]);
    const platforms = by('platform');
    expect(Object.keys(platforms)).toEqual(['grid', 'urban']);
    expect(platforms.grid!.accepted.numerator).toBe(1);
    expect(platforms.grid!.wishClaimRate.denominator).toBe(4);
  });

  it('by day and month in China time', () => {
    expect(Object.keys(by('day'))).toEqual(['2026-10-31', '2026-11-01', '2026-11-26']);
    const months = by('month');
    expect(Object.keys(months)).toEqual(['2026-10', '2026-11']);
    expect(months['2026-10']!.accepted).toMatchObject({ value: 0, denominator: 1 });
    expect(months['2026-11']!.accepted.value).toBe(9);
  });

  it('month to date keeps each month only up to the same day and time as now', () => {
    // Now is 30 Nov 10:00 China time: 31 Oct 23:00 (c1) lies past the 30th's 10:00 in October,
    // 1 Nov 00:30 (c10) and the 26th's cases lie before it in November.
    const months = by('monthToDate');
    expect(Object.keys(months)).toEqual(['2026-11']);
    expect(months['2026-11']!.accepted.value).toBe(9);
    const early = computeKpis(cases, wishes, { groupBy: 'monthToDate', now: '2026-11-01T02:00:00.000Z' }); // 1 Nov 10:00
    expect(Object.keys(early)).toEqual(['2026-11']);
    expect(early['2026-11']!.accepted.denominator).toBe(1);
    expect(early['2026-11']!.accepted.caseIds.denominator).toEqual(['c10']);
    expect(early['2026-11']!.wishClaimRate.denominator).toBe(0);
    const late = computeKpis(cases, wishes, { groupBy: 'monthToDate', now: '2026-12-31T15:30:00.000Z' }); // 31 Dec 23:30
    expect(late['2026-10']!.accepted.denominator).toBe(1);
    expect(late['2026-11']!.accepted.denominator).toBe(9);
    expect(late['2026-11']!.wishClaimRate.denominator).toBe(4);
  });

  it('judges an earlier month so far as its cases stood at the same point of that month', () => {
    // Now is 20 Nov 12:00 China time. October so far ends on 20 Oct 12:00: o2 was still in hand
    // then (resolved on the 25th), o3 resolved but not yet closed or rated.
    const at = (date: string) => new Date(Date.parse(`${date}+08:00`)).toISOString();
    const month: KpiCase[] = [
      kc('o1', { state: 'rated', reportedAt: at('2026-10-03T09:00'), dispatchedAt: at('2026-10-03T10:00'), resolvedAt: at('2026-10-10T10:00'), closedAt: at('2026-10-12T10:00'), satisfaction: 5, deadlineAt: null }),
      kc('o2', { state: 'closed', reportedAt: at('2026-10-15T09:00'), dispatchedAt: at('2026-10-15T10:00'), resolvedAt: at('2026-10-25T10:00'), closedAt: at('2026-10-26T10:00'), deadlineAt: null }),
      kc('o3', { state: 'rated', reportedAt: at('2026-10-18T09:00'), dispatchedAt: at('2026-10-18T10:00'), resolvedAt: at('2026-10-19T10:00'), closedAt: at('2026-10-28T10:00'), satisfaction: 5, deadlineAt: null }),
      kc('o4', { state: 'closed', reportedAt: at('2026-10-20T11:00'), dispatchedAt: at('2026-10-20T13:00'), resolvedAt: at('2026-10-21T10:00'), closedAt: at('2026-10-22T10:00'), deadlineAt: null }),
      kc('y1', { state: 'closed', reportedAt: at('2025-11-05T09:00'), dispatchedAt: at('2025-11-05T10:00'), resolvedAt: at('2025-12-01T10:00'), closedAt: at('2025-12-02T10:00'), deadlineAt: null }),
      kc('n1', { state: 'closed', reportedAt: at('2026-11-02T09:00'), dispatchedAt: at('2026-11-02T10:00'), resolvedAt: at('2026-11-05T10:00'), closedAt: at('2026-11-06T10:00'), deadlineAt: null }),
      kc('n2', { state: 'handling', reportedAt: at('2026-11-10T09:00'), dispatchedAt: at('2026-11-10T10:00'), deadlineAt: null }),
    ];
    const months = computeKpis(month, [], { groupBy: 'monthToDate', now: at('2026-11-20T12:00') });
    expect(Object.keys(months)).toEqual(['2025-11', '2026-10', '2026-11']);
    // Not 4/4 (all of them finished by now): o2 was in hand and o4 not yet dispatched on 20 Oct 12:00.
    expect(months['2026-10']!.finishRate).toMatchObject({ numerator: 2, denominator: 4 });
    expect(months['2026-10']!.finishRate.caseIds.numerator).toEqual(['o1', 'o3']);
    expect(months['2026-10']!.closeRate).toMatchObject({ numerator: 1, denominator: 4 });
    expect(months['2026-10']!.satisfactionRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(months['2026-10']!.avgHandleMinutes.denominator).toBe(2);
    expect(months['2025-11']!.finishRate).toMatchObject({ numerator: 0, denominator: 1 });
    // This month is judged now, as it stands.
    expect(months['2026-11']!.finishRate).toMatchObject({ numerator: 1, denominator: 2 });
    // The whole months are unchanged: every October case has finished since.
    expect(computeKpis(month, [], { groupBy: 'month', now: at('2026-11-20T12:00') })['2026-10']!.finishRate).toMatchObject({ numerator: 4, denominator: 4 });
  });

  it('returns no groups for no data', () => {
    expect(computeKpis([], [], { groupBy: 'all', now: NOW })).toEqual({});
  });
});

describe('computeKpis on workflow output', () => {
  it('takes a WorkflowCase merged with the Case fields it lacks', () => {
    const rated = walk([...toClosed, [{ type: 'rate', satisfaction: 4 }, actors.intake]]).c;
    const reworked = walk([...toClosed.slice(0, 5), [{ type: 'verifyFail', reason: '未清运干净' }, actors.gridWorker]], {
      ...sampleReport,
      id: 'case-2',
    }).c;
    const asKpi = (c: typeof rated) => ({ ...c, platform: 'urban', gridCode: null }) satisfies KpiCase;
    const { all } = computeKpis([asKpi(rated), asKpi(reworked)], [], { groupBy: 'all', now: NOW });
    expect(all!.closeRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(all!.onTimeCloseRate.caseIds.numerator).toEqual(['case-1']);
    expect(all!.reworkRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(all!.satisfactionRate.value).toBe(1);
    expect(all!.overdue.caseIds.numerator).toEqual(['case-2']); // 4 working hours from Thursday, judged on Monday
  });
});
