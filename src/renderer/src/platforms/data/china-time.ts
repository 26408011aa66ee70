// Days and months as the center counts them: China local time (UTC+8, no
// daylight saving), whatever zone the wall's PC is set to. The server buckets
// days and the KPI functions group months the same way. Day and month
// numbers are plain integers: panels compare thousands of points per refresh,
// and building a Date and a string for each was most of their time.
export const CHINA_OFFSET = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in China time. */
export const chinaDay = (ms: number): number => Math.floor((ms + CHINA_OFFSET) / DAY_MS);

/** Year × 12 + month index (0–11) in China time. */
export function chinaMonthIndex(ms: number): number {
  const d = new Date(ms + CHINA_OFFSET);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first instant of a month (Year × 12 + month index) in China time. */
export const chinaMonthStart = (index: number): number => Date.UTC(Math.floor(index / 12), index % 12, 1) - CHINA_OFFSET;

/** Day of the month (1–31) in China time. */
export const chinaDayOfMonth = (ms: number): number => new Date(ms + CHINA_OFFSET).getUTCDate();

/** 'YYYY-MM-DDTHH:mm:ss.sssZ' read as China time (the Z is not true of it): slices give its date and clock. */
export const chinaIso = (ms: number): string => new Date(ms + CHINA_OFFSET).toISOString();

/** 'YYYY-MM-DD' in China time. */
export const chinaDate = (ms: number): string => chinaIso(ms).slice(0, 10);
/** 'YYYY-MM' in China time. */
export const chinaMonth = (ms: number): string => chinaDate(ms).slice(0, 7);

/** The month `delta` months from 'YYYY-MM'. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** This month, the one before (环比) and the same month a year ago (同比). */
export const comparedMonths = (now: number) => {
  const current = chinaMonth(now);
  return { current, previous: shiftMonth(current, -1), lastYear: shiftMonth(current, -12) };
};
