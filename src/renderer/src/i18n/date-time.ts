// Times as the operator reads them: 2026/11/27 08:03:02 in Chinese, 27 Nov 2026, 08:03:02 in
// English; a 24-hour clock in both, as a command center's shifts and deadlines are kept, and on the
// center's clock (China time), whatever zone the PC is set to: deadlines are counted in China's working
// hours and the charts' days are China's, so a deadline must not read 02:00 on a PC set to UTC.
import { useTranslation } from 'react-i18next';

/** The zone every time on screen is read in. */
export const CENTER_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The locale every date in the app is written in: British English (day before month) or Chinese. */
export function dateLocale(language: string): 'en-GB' | 'zh-CN' {
  return language.startsWith('en') ? 'en-GB' : 'zh-CN';
}

function formatFor(language: string): Intl.DateTimeFormat {
  const locale = dateLocale(language);
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric', month: locale === 'en-GB' ? 'short' : 'numeric', day: 'numeric',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone: CENTER_TIME_ZONE,
    });
    formats.set(locale, f);
  }
  return f;
}

/** An instant in `language`, or `empty` when there is none. */
export function dateTimeText(iso: string | null | undefined, language: string, empty = '—'): string {
  if (!iso) return empty;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : formatFor(language).format(ms);
}

/** `dateTimeText` in the language in use; a component using it follows a language switch. */
export function useDateTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  return (iso) => dateTimeText(iso, i18n.language);
}
