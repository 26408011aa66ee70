// Working time over a calendar: the clock every time limit (时限) runs on. All instants in and out
// are ISO-8601 UTC strings; local dates are taken at a fixed UTC offset, which is exact for China
// (UTC+8, no daylight saving) and keeps the result independent of the machine's time zone.
import chineseDays from 'chinese-days';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** A calendar with no working day in ten years is misconfigured; stop instead of spinning. */
const MAX_IDLE_DAYS = 3660;

/** One working period of a day, in minutes after local midnight, end exclusive. */
export type WorkPeriod = { readonly start: number; readonly end: number };

export type WorkCalendar = {
  readonly utcOffsetMinutes: number;
  /** Sorted, non-overlapping, non-empty. */
  readonly periods: readonly WorkPeriod[];
  /** Whether a local date (YYYY-MM-DD) is a working day. */
  readonly isWorkday: (localDate: string) => boolean;
};

export type WorkCalendarConfig = {
  /** Local 'HH:mm' pairs; defaults to 08:30–12:00 and 13:30–17:30. */
  periods?: readonly (readonly [string, string])[];
  utcOffsetMinutes?: number;
  /** Defaults to the national calendar (statutory holidays and 调休 make-up days). */
  isWorkday?: (localDate: string) => boolean;
  /** Local dates a city adds or removes on top, e.g. a local holiday: { '2026-11-27': false }. */
  overrides?: Readonly<Record<string, boolean>>;
};

const CHINA_UTC_OFFSET_MINUTES = 480;
const defaultPeriods = [
  ['08:30', '12:00'],
  ['13:30', '17:30'],
] as const satisfies readonly (readonly [string, string])[];

function parseClock(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
  if (!(minutes >= 0 && minutes <= 1440)) throw new RangeError(`工作时段时间无效：${text}`);
  return minutes;
}

/** The national working-day rule from chinese-days, which covers the years the package ships. */
export function isChineseWorkday(localDate: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!match) throw new RangeError(`日期格式无效：${localDate}`);
  // chinese-days reads a Date through its local-time getters, so a local noon names the intended
  // day in every process time zone (its own string parsing is UTC-based and slips a day west of UTC).
  return chineseDays.isWorkday(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

export function makeWorkCalendar(config: WorkCalendarConfig = {}): WorkCalendar {
  const periods = (config.periods ?? defaultPeriods).map(([from, to]) => ({ start: parseClock(from), end: parseClock(to) }));
  if (periods.length === 0) throw new RangeError('工作日历至少需要一个工作时段');
  periods.forEach((p, i) => {
    const previous = periods[i - 1];
    if (p.end <= p.start || (previous && p.start < previous.end)) throw new RangeError('工作时段须按时间先后排列且互不重叠');
  });
  const base = config.isWorkday ?? isChineseWorkday;
  const overrides = config.overrides ?? {};
  // Time-limit arithmetic asks about the same few days over and over.
  const cache = new Map<string, boolean>();
  const isWorkday = (localDate: string): boolean => {
    let known = cache.get(localDate);
    if (known === undefined) {
      known = overrides[localDate] ?? base(localDate);
      cache.set(localDate, known);
    }
    return known;
  };
  return { utcOffsetMinutes: config.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES, periods, isWorkday };
}

/** 08:30–12:00 and 13:30–17:30 China time on national working days. */
export const chinaWorkCalendar: WorkCalendar = makeWorkCalendar();

export function parseInstant(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`时间格式无效：${iso}`);
  return ms;
}

const dayIndexOf = (ms: number, calendar: WorkCalendar): number =>
  Math.floor((ms + calendar.utcOffsetMinutes * MINUTE_MS) / DAY_MS);
// Working time walks day by day and asks each day's date: formatting it anew every time was most
// of a KPI computation over a city's cases. A few thousand days ever come up.
const dateKeys = new Map<number, string>();
const dateKeyOf = (dayIndex: number): string => {
  let key = dateKeys.get(dayIndex);
  if (key === undefined) dateKeys.set(dayIndex, (key = new Date(dayIndex * DAY_MS).toISOString().slice(0, 10)));
  return key;
};
const dayStartUtc = (dayIndex: number, calendar: WorkCalendar): number =>
  dayIndex * DAY_MS - calendar.utcOffsetMinutes * MINUTE_MS;

/** The local date (YYYY-MM-DD) of an instant at a fixed UTC offset. */
export function localDateOf(iso: string, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return new Date(parseInstant(iso) + utcOffsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

/** Working minutes in one working day; a limit in working days is that many of these. */
export function workdayMinutes(calendar: WorkCalendar): number {
  return calendar.periods.reduce((sum, p) => sum + p.end - p.start, 0);
}

/**
 * The instant `minutes` working minutes after `startIso`. Started outside working time the clock
 * waits for the next period; a limit that is used up exactly at a period's end is due then, not
 * at the next period's start.
 */
export function addWorkingMinutes(startIso: string, minutes: number, calendar: WorkCalendar = chinaWorkCalendar): string {
  if (!(Number.isFinite(minutes) && minutes >= 0)) throw new RangeError(`工作分钟数无效：${minutes}`);
  const start = parseInstant(startIso);
  let remaining = Math.round(minutes * MINUTE_MS);
  if (remaining === 0) return new Date(start).toISOString();
  let idleDays = 0;
  for (let day = dayIndexOf(start, calendar); ; day++) {
    if (!calendar.isWorkday(dateKeyOf(day))) {
      if (++idleDays > MAX_IDLE_DAYS) throw new RangeError('工作日历中没有工作日');
      continue;
    }
    idleDays = 0;
    const midnight = dayStartUtc(day, calendar);
    for (const period of calendar.periods) {
      const from = Math.max(midnight + period.start * MINUTE_MS, start);
      const to = midnight + period.end * MINUTE_MS;
      if (to <= from) continue;
      if (remaining <= to - from) return new Date(from + remaining).toISOString();
      remaining -= to - from;
    }
  }
}

/** Working minutes from a to b; negative when b precedes a. */
export function workingMinutesBetween(aIso: string, bIso: string, calendar: WorkCalendar = chinaWorkCalendar): number {
  const a = parseInstant(aIso);
  const b = parseInstant(bIso);
  if (b < a) return -workingMinutesBetween(bIso, aIso, calendar);
  let total = 0;
  const lastDay = dayIndexOf(b, calendar);
  for (let day = dayIndexOf(a, calendar); day <= lastDay; day++) {
    if (!calendar.isWorkday(dateKeyOf(day))) continue;
    const midnight = dayStartUtc(day, calendar);
    for (const period of calendar.periods) {
      const overlap = Math.min(b, midnight + period.end * MINUTE_MS) - Math.max(a, midnight + period.start * MINUTE_MS);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}
