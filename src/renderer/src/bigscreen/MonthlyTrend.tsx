// The wall's monthly chart of accepted cases and the finish rate.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../platforms/charts/EChart.tsx';
import { usePanelData } from '../platforms/data/panel-data.tsx';
import { useSameValue } from '../platforms/data/use-same-value.ts';
import type { ChartStyle } from '../platforms/framework/chart-style.ts';
import { monthlyOption } from './monthly-option.ts';

export function MonthlyTrend({ style }: { style: ChartStyle }) {
  const { t } = useTranslation();
  const byMonth = useSameValue(usePanelData().kpis.month);
  const option = useMemo(() => monthlyOption(byMonth, style, t), [byMonth, style, t]);
  return (
    <section className="bs-box bs-trend">
      <h2 className="bs-box-title">{t('bigscreen.trend')}</h2>
      <EChart option={option} className="pf-chart bs-trend-chart" testId="bs-monthly-chart" />
    </section>
  );
}
