// The city's headline figures, the same on the big screen and above the
// platform panels: the case KPIs from the shared KPI functions (each with this
// month, 环比 and 同比, and opening its queue) and the size of the grid system.
import type { TFunction } from 'i18next';
import type { PanelData } from '../data/panel-data.tsx';
import { kpiFigure, workersFigure, type Figure } from '../framework/figures.ts';
import { formatAmount, formatCount, numberStyle } from '../framework/format.ts';
import type { PanelDataPath } from '../framework/panel-reads.ts';

/** Where cityFigures reads the panel data (see panel-reads.ts); a test holds it to that. */
export const cityFigureReads: readonly PanelDataPath[] = ['kpis.all', 'kpis.monthToDate', 'now', 'gridCount', 'workers', 'seatsOnline'];

export function cityFigures(data: PanelData, t: TFunction): Figure[] {
  const { all, monthToDate } = data.kpis;
  const k = (kpi: Parameters<typeof kpiFigure>[0], opts: Parameters<typeof kpiFigure>[5]) => kpiFigure(kpi, all, 'all', data, t, { monthToDate, ...opts });
  return [
    k('accepted', { link: { queue: 'accepted' } }),
    // Each opens the cases it counts (queues.ts): 办结, the numerator of 办结率, the cases whose result is in;
    // 办结率, the accepted cases with no result yet, which are what keeps it down.
    k('finishRate', { part: 'numerator', id: 'finished', label: t('platforms.finished'), link: { queue: 'finished' } }),
    k('finishRate', { link: { queue: 'unfinished' } }),
    k('satisfactionRate', { link: { queue: 'rate' } }),
    { id: 'grids', label: t('platforms.grids'), amount: formatAmount(data.gridCount, t('platforms.unit.grids'), numberStyle(t)), raw: data.gridCount, compare: [] },
    // The wall's headline is read from across the room: the 1+6+N split stays in the 智慧网格 panel.
    { ...workersFigure(data, t), note: undefined },
    // Department seats (席位制) with someone connected now, of all seats, as last fetched.
    seatsFigure(data, t),
  ];
}

function seatsFigure(data: PanelData, t: TFunction): Figure {
  const p = data.seatsOnline?.fetchedAt ? data.seatsOnline : null;
  return {
    id: 'seats', label: t('platforms.seatsOnline'), amount: formatAmount(p?.online ?? null, t('platforms.unit.seats'), numberStyle(t)), raw: p?.online ?? null,
    note: p ? t('platforms.seatsOnlineNote', { total: formatCount(p.total, numberStyle(t)) }) : undefined, compare: [],
  };
}
