// All seven platforms at a glance, from the KPI grouping by platform; the row
// of the panel now rotating in is lit.
import { useTranslation } from 'react-i18next';
import { platforms } from '../../../shared/domain/model.ts';
import { dispatchHref } from '../platforms/data/case-links.ts';
import { kpiCell } from '../platforms/data/kpi-view.ts';
import { usePanelData } from '../platforms/data/panel-data.tsx';
import { formatAmount, formatRate, numberStyle } from '../platforms/framework/format.ts';

export function PlatformTable({ active }: { active: string }) {
  const { t } = useTranslation();
  const { kpis } = usePanelData();
  return (
    <section className="bs-box bs-platforms" aria-label={t('bigscreen.platforms')}>
      <h2 className="bs-box-title">{t('bigscreen.platforms')}</h2>
      <table className="bs-table" data-testid="bs-platform-table">
        <thead>
          <tr>
            <th>{t('bigscreen.col.platform')}</th>
            <th>{t('bigscreen.col.accepted')}</th>
            <th>{t('bigscreen.col.finishRate')}</th>
            <th>{t('bigscreen.col.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((p) => {
            const accepted = kpiCell(kpis.platform, p, 'accepted')?.value ?? null;
            const rate = formatRate(kpiCell(kpis.platform, p, 'finishRate')?.value ?? null);
            const overdue = kpiCell(kpis.platform, p, 'overdue')?.value ?? null;
            return (
              <tr key={p} className={p === active ? 'bs-row-active' : undefined} data-platform={p}>
                <td><a href={dispatchHref({ platform: p })} title={t(`platforms.name.${p}`)}>{t(`bigscreen.platformShort.${p}`)}</a></td>
                <td>{formatAmount(accepted, '', numberStyle(t)).text}</td>
                <td>{rate.text}{rate.text === '—' ? '' : '%'}</td>
                <td className={overdue ? 'bs-alert' : undefined}><a href={dispatchHref({ queue: 'overdue', platform: p })}>{formatAmount(overdue, '', numberStyle(t)).text}</a></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
