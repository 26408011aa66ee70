// The KPIs of everything in this workstation's scope, live, above the seat
// board: what a shift lead watches while dispatching. Each figure shows its
// fraction, so a case closing or being rated moves it visibly.
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiKey } from '../../../shared/domain/kpi.ts';
import { useThrottledQuery } from '../platforms/data/use-throttled-query.ts';
// Grouped as the platforms and the wall write counts (8,634).
import { groupedInteger as grouped } from '../platforms/framework/format.ts';

const SHOWN: readonly KpiKey[] = ['accepted', 'closeRate', 'onTimeCloseRate', 'satisfactionRate', 'reworkRate', 'overdue'];
const isRate = (k: KpiKey) => k.endsWith('Rate');

export function KpiStrip() {
  const { t } = useTranslation();
  const kpis = useThrottledQuery('kpis.compute', { groupBy: 'all' }, ['cases.changed'], { minMs: 2_000, select: (groups) => groups.all });
  return (
    <div className="kpi-strip" data-testid="kpi-strip" aria-label={t('kpiStrip.title')} role="group">
      {SHOWN.map((key) => {
        const v = kpis?.[key];
        const figure = !v || v.value === null ? '—' : isRate(key) ? `${Math.round(v.value * 1000) / 10}%` : grouped(v.value);
        return (
          <Tooltip key={key} title={v && isRate(key) ? `${grouped(v.numerator)} / ${grouped(v.denominator)}` : undefined}>
            <div className="kpi-cell" data-testid={`kpi-${key}`} data-numerator={v?.numerator} data-denominator={v?.denominator}>
              <span className="kpi-label">{t(`platforms.kpi.${key}`)}</span>
              <b className="kpi-value">{figure}</b>
              {v && isRate(key) && <span className="kpi-fraction">{grouped(v.numerator)}/{grouped(v.denominator)}</span>}
            </div>
          </Tooltip>
        );
      })}
    </div>
  );
}
