// The live ticker along the bottom: overdue cases first, then the newest
// reports, scrolling right to left. The track is drawn twice so the loop has
// no seam; its speed follows its length so every item stays readable.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tickTime } from './tick-time.ts';
import type { TickerItem } from './use-ticker.ts';

export function CaseTicker({ items }: { items: readonly TickerItem[] | undefined }) {
  const { t, i18n } = useTranslation();
  // An overdue case from August says so, not just its time of day.
  const today = useToday();
  const time = (iso: string) => tickTime(iso, today, i18n.language);
  if (!items) return <div className="bs-ticker bs-ticker-empty" data-testid="bs-ticker" data-count="" />;
  if (items.length === 0) return <div className="bs-ticker bs-ticker-empty" data-testid="bs-ticker">{t('bigscreen.ticker.empty')}</div>;
  const track = items.map((it) => (
    <span key={`${it.kind}-${it.id}`} className={`bs-tick bs-tick-${it.kind}`}>
      <span className="bs-tick-kind">{t(`bigscreen.ticker.${it.kind}`)}</span>
      <span className="bs-tick-time">{time(it.at)}</span>
      {it.code && <span className="bs-tick-code">{it.code}</span>}
      <span className="bs-tick-title">{it.title}</span>
      <span className="bs-tick-address">{it.address}</span>
    </span>
  ));
  const chars = items.reduce((n, it) => n + it.title.length + it.address.length + 24, 0);
  return (
    <div className="bs-ticker" data-testid="bs-ticker" data-count={items.length}>
      <div className="bs-ticker-track" style={{ animationDuration: `${Math.max(20, Math.round(chars / 6))}s` }}>
        <div className="bs-ticker-run">{track}</div>
        <div className="bs-ticker-run" aria-hidden="true">{track}</div>
      </div>
    </div>
  );
}

/** A time in the wall's current day, set again just after each midnight: the wall runs for days, and yesterday's cases then show their date. */
function useToday(): number {
  const [today, setToday] = useState(() => Date.now());
  useEffect(() => {
    const midnight = new Date(today);
    midnight.setHours(24, 0, 1, 0);
    const timer = setTimeout(() => setToday(Date.now()), midnight.getTime() - Date.now());
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
