// The header's right side: the clock, and the link state with the age of the
// data, so a wall that lost its link says how old its numbers are instead of
// looking live. Only this component re-renders every second.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useLinkState } from '../api/hooks.ts';
import { usePanelData } from '../platforms/data/panel-data.tsx';
import { CENTER_TIME_ZONE, dateLocale } from '../i18n/date-time.ts';
import { chinaIso } from '../platforms/data/china-time.ts';

export function ageText(fromIso: string | null, now: number, t: TFunction): string {
  if (!fromIso) return t('bigscreen.never');
  const s = Math.max(0, Math.round((now - Date.parse(fromIso)) / 1000));
  if (s < 60) return t('bigscreen.age.seconds', { n: s });
  if (s < 3600) return t('bigscreen.age.minutes', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('bigscreen.age.hours', { n: Math.floor(s / 3600) });
  return t('bigscreen.age.days', { n: Math.floor(s / 86_400) });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateText(d: Date, language: string): string {
  const locale = dateLocale(language);
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: CENTER_TIME_ZONE })));
  return f.format(d);
}

export function ClockBar({ tickMs }: { tickMs: number }) {
  const { t, i18n } = useTranslation();
  const link = useLinkState();
  const metricsAt = usePanelData().series.recentAt;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  const d = new Date(now);
  const status = link?.status ?? 'offline';
  return (
    <div className="bs-clockbar">
      <div className="bs-link" data-testid="bs-link" data-status={status}>
        <span className={`bs-link-dot bs-link-${status}`} />
        <span className="bs-link-state">{t(`link.${status}`)}</span>
        {link && link.pending > 0 && <span className="bs-link-pending">{t('link.pending', { count: link.pending })}</span>}
        <span className="bs-link-age">
          {status !== 'online' && <span data-testid="bs-cases-age">{t('bigscreen.casesAt', { age: ageText(link?.lastSyncAt ?? null, now, t) })}</span>}
          <span data-testid="bs-metrics-age">{t('bigscreen.metricsAt', { age: ageText(metricsAt, now, t) })}</span>
        </span>
      </div>
      <div className="bs-clock" data-testid="bs-clock">
        <span className="bs-clock-time">{chinaIso(now).slice(11, 19)}</span>
        <span className="bs-clock-date">{dateText(d, i18n.language)}</span>
      </div>
    </div>
  );
}
