// The live ticker along the bottom: overdue cases first, then the newest
// reports, scrolling right to left. The track is drawn twice so the loop has
// no seam; its speed follows its length so every item stays readable.
import { useTranslation } from 'react-i18next';
import type { TickerItem } from './use-ticker.ts';

const HH_MM = new Intl.DateTimeFormat('zh-CN', { hour12: false, hour: '2-digit', minute: '2-digit' });
const time = (iso: string) => HH_MM.format(Date.parse(iso));

export function CaseTicker({ items }: { items: readonly TickerItem[] }) {
  const { t } = useTranslation();
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
