// 智慧农业: soil moisture and temperature of the monitored fields, the crops'
// areas, field alerts and the batches of produce made traceable.
import type { PanelDecl } from '../framework/declaration.ts';

export const agriculturePanel: PanelDecl = {
  platform: 'agriculture',
  cases: { platform: 'agriculture' },
  figures: [
    { from: 'metric', key: 'crop_area', window: 'latest' },
    { from: 'metric', key: 'field_alerts', window: 'today' },
    { from: 'metric', key: 'trace_batches', window: 'month' },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'agriculture' } },
  ],
  charts: [
    { id: 'agri-moisture', titleKey: 'agriMoisture', kind: 'hbar', source: { from: 'metric-by-dim', keys: ['soil_moisture'], window: 'latest' } },
    { id: 'agri-temperature', titleKey: 'agriSoilTemperature', kind: 'hbar', source: { from: 'metric-by-dim', keys: ['soil_temperature'], window: 'latest' } },
    { id: 'agri-crops', titleKey: 'agriCrops', kind: 'pie', source: { from: 'metric-by-dim', keys: ['crop_area'], window: 'latest' }, deskOnly: true },
    { id: 'agri-temp', titleKey: 'agriTemperature', kind: 'line', source: { from: 'metric-trend', key: 'soil_temperature', window: 'days30', split: true }, deskOnly: true },
  ],
};
