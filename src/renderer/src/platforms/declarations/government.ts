// 智慧政务: what the service halls handle, how much is done on the spot (即办),
// and how long people wait.
import type { PanelDecl } from '../framework/declaration.ts';

export const governmentPanel: PanelDecl = {
  platform: 'government',
  cases: { platform: 'government' },
  figures: [
    { from: 'metric', key: 'items_handled', window: 'today' },
    { from: 'metric', key: 'instant_rate', window: 'latest' },
    { from: 'metric', key: 'wait_minutes', window: 'latest' },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'government' } },
  ],
  charts: [
    { id: 'gov-halls', titleKey: 'govItemsByHall', kind: 'hbar', source: { from: 'metric-by-dim', keys: ['items_handled'], window: 'month' } },
    { id: 'gov-wait', titleKey: 'govWait', kind: 'hbar', source: { from: 'metric-by-dim', keys: ['wait_minutes'], window: 'latest' } },
    { id: 'gov-wait-trend', titleKey: 'govWaitTrend', kind: 'line', source: { from: 'metric-trend', key: 'wait_minutes', window: 'hours48', split: true }, deskOnly: true },
    { id: 'gov-instant', titleKey: 'govInstant', kind: 'line', source: { from: 'metric-trend', key: 'instant_rate', window: 'days30' }, deskOnly: true },
  ],
};
