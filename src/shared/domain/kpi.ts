// The command center's KPIs as pure functions over cases and wishes: one implementation behind
// the big screen, the workstation reports and the server's metrics, each number drillable to the
// cases it counts.
//
// What counts (design.md §2 "SLA and KPIs"; rates are fractions 0..1, null when nothing to divide):
//   受理数 accepted    every case received and not voided (不予立案), pending intake included.
//                      Its denominator lists every case received, voided ones too.
//   立案数 filed       accepted cases past intake: any state but reported / voided. A grid
//                      worker's on-the-spot closure (自行处置) counts as filed and closed.
//   办结率 finishRate  办结 / 受理; 办结 = the department's work is submitted: resolved (待核查),
//                      verified, closed or rated. A failed verification takes a case out again.
//   结案率 closeRate   结案 / 应结案; 结案 = closed or rated; 应结案 = filed and not parked (挂账
//                      cases are taken out of assessment, which is what parking is for).
//   按期结案率 onTimeCloseRate   按期结案 / 应结案; 按期结案 = closed, and its result was
//                      submitted by the handling deadline (extensions and parking included), or it
//                      had no deadline (自行处置). The department is judged on its own step, not on
//                      how long verification and closing took the center.
//   …lag-free onTimeCloseRateLagFree   按期结案 / (结案 + 超期): open cases not yet due do not
//                      drag the rate down while they are still within their limit.
//   超期数 overdue     open (filed, not parked, not closed) cases whose result is missing at `now`
//                      past the deadline, or was submitted after it. Denominator: 应结案.
//   返工率 reworkRate  cases sent back by verification at least once / cases submitted for
//                      verification at least once (自行处置 excluded).
//   延期率 extensionRate  cases with an approved extension / filed cases other than 自行处置.
//   平均处置时长 avgHandleMinutes  mean WORKING minutes on the work calendar from the current
//                      dispatch to the result submission, parked time excluded; numerator is the
//                      sum, denominator the number of cases with both instants.
//   满意率 satisfactionRate  rated with satisfaction ≥ 4 / rated.
//   微心愿认领率 wishClaimRate  claimed or fulfilled / all wishes; its id lists hold wish ids.
// Cases fall into a period by reportedAt, wishes by createdAt, both in local (China) time.
// 'monthToDate' groups by month like 'month', but keeps only what happened in each month up to
// the same day and time as `now` in its own month: a month so far is compared with the same
// stretch of last month (环比) and of the month a year ago (同比), not with whole months. Each
// earlier month's cases are judged as they stood at that point of their month (caseAsOf), so a
// month's 办结率 so far is set against last month's at the same age, not against cases that have
// since had weeks to finish.
import type { CaseState, Platform, Wish } from './model.ts';
import { chinaWorkCalendar, localDateOf, parseInstant, workingMinutesBetween, type WorkCalendar } from './work-calendar.ts';

/** The case fields KPIs read; a Case merged with its WorkflowCase satisfies it. */
export type KpiCase = {
  id: string;
  state: CaseState;
  platform: Platform;
  departmentId: string | null;
  countyCode: string | null;
  townCode: string | null;
  gridCode: string | null;
  reportedAt: string;
  dispatchedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  deadlineAt: string | null;
  reworkCount: number;
  extensionCount: number;
  satisfaction: number | null;
  /** Catalog kind and minor code, for the grouping by category. */
  categoryKind?: string | null;
  categoryCode?: string;
  pausedMinutes?: number;
  selfResolved?: boolean;
};
export type KpiWish = Pick<Wish, 'id' | 'communityCode' | 'state' | 'createdAt'>;

export const kpiDimensions = ['all', 'department', 'county', 'town', 'grid', 'platform', 'day', 'month', 'monthToDate', 'category'] as const;
export type KpiDimension = (typeof kpiDimensions)[number];
/** The group of cases with no value for the dimension (e.g. not yet dispatched to a department). */
export const KPI_UNASSIGNED = 'unassigned';
export const KPI_ALL = 'all';

export type KpiValue = {
  value: number | null;
  numerator: number;
  denominator: number;
  caseIds: { numerator: string[]; denominator: string[] };
};

export const kpiLabels = {
  accepted: '受理数',
  filed: '立案数',
  finishRate: '办结率',
  closeRate: '结案率',
  onTimeCloseRate: '按期结案率',
  onTimeCloseRateLagFree: '按期结案率（实时）',
  reworkRate: '返工率',
  extensionRate: '延期率',
  overdue: '超期数',
  avgHandleMinutes: '平均处置时长（工作分钟）',
  satisfactionRate: '满意率',
  wishClaimRate: '微心愿认领率',
} as const;
export type KpiKey = keyof typeof kpiLabels;
export type KpiSet = Record<KpiKey, KpiValue>;

export type KpiOptions = {
  groupBy: KpiDimension;
  /** The instant overdue is judged at. */
  now: string;
  calendar?: WorkCalendar;
};

/** 办结: the department's result is in. Shared with the dispatch list a KPI opens (queues.ts). */
export const FINISHED_STATES: readonly CaseState[] = ['resolved', 'verified', 'closed', 'rated'];
const closedStates: readonly CaseState[] = ['closed', 'rated'];

export const isAccepted = (c: KpiCase): boolean => c.state !== 'voided';
export const isFiled = (c: KpiCase): boolean => c.state !== 'voided' && c.state !== 'reported';
export const isFinished = (c: KpiCase): boolean => FINISHED_STATES.includes(c.state);
export const isClosed = (c: KpiCase): boolean => closedStates.includes(c.state);
export const isDueForClosing = (c: KpiCase): boolean => isFiled(c) && c.state !== 'parked';
const handledInTime = (c: KpiCase): boolean =>
  c.deadlineAt === null || (c.resolvedAt !== null && parseInstant(c.resolvedAt) <= parseInstant(c.deadlineAt));
export const isClosedOnTime = (c: KpiCase): boolean => isClosed(c) && handledInTime(c);
export function isOverdue(c: KpiCase, now: string): boolean {
  if (!isDueForClosing(c) || isClosed(c) || c.deadlineAt === null) return false;
  return parseInstant(c.resolvedAt ?? now) > parseInstant(c.deadlineAt);
}

const UTC8 = 480;
const countyOf = (divisionCode: string): string => `${divisionCode.slice(0, 6)}000000`;
const townOf = (divisionCode: string): string => `${divisionCode.slice(0, 9)}000`;

/** Local time as 'YYYY-MM-DDTHH:MM:SS.sssZ', comparable as text. */
const localIso = (iso: string, offset: number): string => new Date(parseInstant(iso) + offset * 60_000).toISOString();

/** The month of a local instant, or null where it lies past `nowLocal`'s point in its own month. */
function monthSoFar(iso: string, offset: number, nowLocal: string): string | null {
  const local = localIso(iso, offset);
  return local.slice(8) <= nowLocal.slice(8) ? local.slice(0, 7) : null;
}

/**
 * A case as it stood at instant `at`, from its own timestamps: a result submitted, a closing or a
 * dispatch after `at` had not happened yet (the case was still in hand, and unrated). States without
 * a timestamp (voided, parked) are kept as they are.
 */
export function caseAsOf(c: KpiCase, at: number): KpiCase {
  const later = (iso: string | null) => iso !== null && parseInstant(iso) > at;
  const resolvedLater = later(c.resolvedAt);
  const closedLater = later(c.closedAt);
  const dispatchedLater = later(c.dispatchedAt);
  if (!resolvedLater && !closedLater && !dispatchedLater) return c;
  const dispatchedAt = dispatchedLater ? null : c.dispatchedAt;
  let state = c.state;
  if (resolvedLater && isFinished(c)) state = dispatchedAt === null ? 'filed' : 'handling';
  else if (closedLater && isClosed(c)) state = 'resolved';
  return {
    ...c,
    state,
    dispatchedAt,
    resolvedAt: resolvedLater ? null : c.resolvedAt,
    closedAt: closedLater || resolvedLater ? null : c.closedAt,
    satisfaction: closedLater || resolvedLater ? null : c.satisfaction,
  };
}

/** The instant a month so far ends at: the same day and time of month as `nowLocal`, or the month's end where it is shorter. */
function monthSoFarEnd(month: string, offset: number, nowLocal: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = Number(nowLocal.slice(8, 10));
  const timeOfDay = parseInstant(nowLocal) - parseInstant(`${nowLocal.slice(0, 10)}T00:00:00.000Z`);
  const monthEnd = Date.UTC(y, m, 1) - 1;
  return Math.min(Date.UTC(y, m - 1, day) + timeOfDay, monthEnd) - offset * 60_000;
}

function caseGroup(c: KpiCase, dimension: KpiDimension, offset: number, nowLocal: string): string | null {
  switch (dimension) {
    case 'all':
      return KPI_ALL;
    case 'department':
      return c.departmentId ?? KPI_UNASSIGNED;
    case 'county':
      return c.countyCode ?? KPI_UNASSIGNED;
    case 'town':
      return c.townCode ?? KPI_UNASSIGNED;
    case 'grid':
      return c.gridCode ?? KPI_UNASSIGNED;
    case 'platform':
      return c.platform;
    case 'day':
      return localDateOf(c.reportedAt, offset);
    case 'month':
      return localDateOf(c.reportedAt, offset).slice(0, 7);
    case 'monthToDate':
      return monthSoFar(c.reportedAt, offset, nowLocal);
    case 'category':
      // Kind and minor code together: CJ/T 部件 and 事件 reuse minor codes.
      return `${c.categoryKind ?? ''}:${c.categoryCode ?? ''}`;
  }
}

/** A wish's group, or null where the dimension does not apply to wishes (department, grid). */
function wishGroup(w: KpiWish, dimension: KpiDimension, offset: number, nowLocal: string): string | null {
  switch (dimension) {
    case 'all':
      return KPI_ALL;
    case 'county':
      return countyOf(w.communityCode);
    case 'town':
      return townOf(w.communityCode);
    case 'platform':
      // 微心愿 is a 党建引领 service, shown on the 智慧网格 panel.
      return 'grid' satisfies Platform;
    case 'day':
      return localDateOf(w.createdAt, offset);
    case 'month':
      return localDateOf(w.createdAt, offset).slice(0, 7);
    case 'monthToDate':
      return monthSoFar(w.createdAt, offset, nowLocal);
    case 'department':
    case 'grid':
    case 'category':
      return null;
  }
}

function measure<T extends { id: string }>(
  items: readonly T[],
  inDenominator: (item: T) => boolean,
  inNumerator: (item: T) => boolean,
  valueOf: (numerator: number, denominator: number) => number | null,
): KpiValue {
  const denominator = items.filter(inDenominator);
  const numerator = denominator.filter(inNumerator);
  return {
    value: valueOf(numerator.length, denominator.length),
    numerator: numerator.length,
    denominator: denominator.length,
    caseIds: { numerator: numerator.map((i) => i.id), denominator: denominator.map((i) => i.id) },
  };
}
const rate = (n: number, d: number): number | null => (d === 0 ? null : n / d);
const count = (n: number): number => n;
const always = (): boolean => true;

function kpiSet(cases: readonly KpiCase[], wishes: readonly KpiWish[], now: string, calendar: WorkCalendar): KpiSet {
  const overdue = (c: KpiCase): boolean => isOverdue(c, now);
  const viaDepartment = (c: KpiCase): boolean => c.selfResolved !== true;
  const timed = cases.flatMap((c) =>
    c.dispatchedAt !== null && c.resolvedAt !== null
      ? [{ id: c.id, minutes: Math.max(0, workingMinutesBetween(c.dispatchedAt, c.resolvedAt, calendar) - (c.pausedMinutes ?? 0)) }]
      : [],
  );
  const totalMinutes = timed.reduce((sum, t) => sum + t.minutes, 0);
  return {
    accepted: measure(cases, always, isAccepted, count),
    filed: measure(cases, always, isFiled, count),
    finishRate: measure(cases, isAccepted, isFinished, rate),
    closeRate: measure(cases, isDueForClosing, isClosed, rate),
    onTimeCloseRate: measure(cases, isDueForClosing, isClosedOnTime, rate),
    onTimeCloseRateLagFree: measure(cases, (c) => isClosed(c) || overdue(c), isClosedOnTime, rate),
    reworkRate: measure(cases, (c) => viaDepartment(c) && (c.reworkCount > 0 || isFinished(c)), (c) => c.reworkCount > 0, rate),
    extensionRate: measure(cases, (c) => isFiled(c) && viaDepartment(c), (c) => c.extensionCount > 0, rate),
    overdue: measure(cases, isDueForClosing, overdue, count),
    avgHandleMinutes: {
      value: timed.length === 0 ? null : totalMinutes / timed.length,
      numerator: totalMinutes,
      denominator: timed.length,
      caseIds: { numerator: timed.map((c) => c.id), denominator: timed.map((c) => c.id) },
    },
    satisfactionRate: measure(cases, (c) => c.satisfaction !== null, (c) => (c.satisfaction ?? 0) >= 4, rate),
    wishClaimRate: measure(wishes, always, (w) => w.state === 'claimed' || w.state === 'fulfilled', rate),
  };
}

/** Every KPI for each group of the chosen dimension, groups keyed in sorted order. */
export function computeKpis(
  cases: readonly KpiCase[],
  wishes: readonly KpiWish[],
  options: KpiOptions,
): Record<string, KpiSet> {
  const calendar = options.calendar ?? chinaWorkCalendar;
  const offset = options.calendar?.utcOffsetMinutes ?? UTC8;
  const groups = new Map<string, { cases: KpiCase[]; wishes: KpiWish[] }>();
  const groupFor = (key: string) => {
    let group = groups.get(key);
    if (!group) {
      group = { cases: [], wishes: [] };
      groups.set(key, group);
    }
    return group;
  };
  const nowLocal = localIso(options.now, offset);
  for (const c of cases) {
    const key = caseGroup(c, options.groupBy, offset, nowLocal);
    if (key !== null) groupFor(key).cases.push(c);
  }
  for (const w of wishes) {
    const key = wishGroup(w, options.groupBy, offset, nowLocal);
    if (key !== null) groupFor(key).wishes.push(w);
  }
  const result: Record<string, KpiSet> = {};
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const now = parseInstant(options.now);
  for (const [key, group] of sorted) {
    // A month so far before this one is judged at the same point of its month (this month's end is now).
    const end = options.groupBy === 'monthToDate' ? monthSoFarEnd(key, offset, nowLocal) : now;
    result[key] = end < now
      ? kpiSet(group.cases.map((c) => caseAsOf(c, end)), group.wishes, new Date(end).toISOString(), calendar)
      : kpiSet(group.cases, group.wishes, options.now, calendar);
  }
  return result;
}
