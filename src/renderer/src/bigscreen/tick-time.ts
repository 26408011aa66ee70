// When a ticker item happened, in the wall's language: the time of day for
// today's, the date too for anything older (an overdue case may be months
// old), and the year when it is not this year's; dates are written as in the rest of the app.
import { CENTER_TIME_ZONE, dateLocale } from '../i18n/date-time.ts';
import { chinaDate } from '../platforms/data/china-time.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string, withDate: boolean, withYear: boolean): Intl.DateTimeFormat {
  const locale = dateLocale(language);
  const key = `${locale}|${withDate}|${withYear}`;
  let f = formats.get(key);
  if (!f) {
    const date: Intl.DateTimeFormatOptions = withDate ? { ...(withYear ? { year: 'numeric' } : {}), month: 'short', day: 'numeric' } : {};
    formats.set(key, (f = new Intl.DateTimeFormat(locale, { ...date, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CENTER_TIME_ZONE })));
  }
  return f;
}

/** `at` as the ticker shows it on a wall whose clock reads `now` (both on the center's clock). */
export function tickTime(at: string, now: number, language: string): string {
  const when = Date.parse(at);
  const [day, today] = [chinaDate(when), chinaDate(now)];
  return format(language, day !== today, day.slice(0, 4) !== today.slice(0, 4)).format(when);
}
