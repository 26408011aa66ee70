// The city's headline figures, the same on the big screen and above the
// platform panels: the case KPIs from the shared KPI functions (each with this
// month, 环比 and 同比, and opening its queue) and the size of the grid system.
import type { TFunction } from 'i18next';
import type { PanelData } from '../data/panel-data.tsx';
import { latestValue, seriesOf } from '../data/series-math.ts';
import { kpiFigure, type Figure } from '../framework/figures.ts';
import { formatAmount } from '../framework/format.ts';

export function cityFigures(data: PanelData, t: TFunction): Figure[] {
  const { all, month } = data.kpis;
  const k = (kpi: Parameters<typeof kpiFigure>[0], opts: Parameters<typeof kpiFigure>[5]) => kpiFigure(kpi, all, 'all', data, t, { byMonth: month, ...opts });
  const workers = latestValue(seriesOf(data.series.recent, 'grid', 'workers_online'), 'last');
  return [
    k('accepted', { link: { queue: 'all' } }),
    // 办结 is the numerator of 办结率: results submitted; those still to verify wait in 待核查.
    k('finishRate', { part: 'numerator', id: 'finished', label: t('platforms.finished'), link: { queue: 'verify' } }),
    // The cases that keep 办结率 down are the ones still in hand.
    k('finishRate', { link: { queue: 'handling' } }),
    k('satisfactionRate', { link: { queue: 'rate' } }),
    k('overdue', { link: { queue: 'overdue' }, byMonth: undefined }),
    { id: 'grids', label: t('platforms.grids'), amount: formatAmount(data.gridCount, t('platforms.unit.grids')), raw: data.gridCount, compare: [] },
    // No query counts the grid workers on the roster yet: the number on duty now stands in.
    { id: 'workers', label: t('platforms.metric.workers_online'), amount: formatAmount(workers, t('platforms.unit.people')), raw: workers, compare: [] },
    // Seats taken by departments (席位制); whether each is staffed now is not reported by any query yet.
    { id: 'seats', label: t('platforms.seats'), amount: formatAmount(data.seatCount, t('platforms.unit.seats')), raw: data.seatCount, note: t('platforms.seatsNote'), compare: [] },
  ];
}
