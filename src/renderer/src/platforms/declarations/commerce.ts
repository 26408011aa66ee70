// 电子商务: online sales of the local specialities, orders and parcels.
import type { PanelDecl } from '../framework/declaration.ts';

export const commercePanel: PanelDecl = {
  platform: 'commerce',
  cases: { platform: 'commerce' },
  figures: [
    { from: 'metric', key: 'online_sales', window: 'month' },
    { from: 'metric', key: 'orders', window: 'today' },
    { from: 'metric', key: 'parcels', window: 'today' },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'commerce' } },
  ],
  charts: [
    { id: 'com-products', titleKey: 'comProducts', kind: 'pie', source: { from: 'metric-by-dim', keys: ['online_sales'], window: 'month' } },
    { id: 'com-orders', titleKey: 'comOrders', kind: 'line', source: { from: 'metric-trend', key: 'orders', window: 'hours48' } },
    { id: 'com-parcels', titleKey: 'comParcels', kind: 'bar', source: { from: 'metric-trend', key: 'parcels', window: 'days30' }, deskOnly: true },
  ],
};
