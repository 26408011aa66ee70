// 智慧工业: output and energy of the industrial parks side by side, the trend,
// and the anomalies their systems report.
import type { PanelDecl } from '../framework/declaration.ts';

export const industryPanel: PanelDecl = {
  platform: 'industry',
  cases: { platform: 'industry' },
  figures: [
    { from: 'metric', key: 'output', window: 'month' },
    { from: 'metric', key: 'energy', window: 'month' },
    { from: 'metric', key: 'anomalies', window: 'today' },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'industry' } },
  ],
  charts: [
    { id: 'ind-output', titleKey: 'indOutput', kind: 'hbar', source: { from: 'metric-by-dim', keys: ['output'], window: 'month' } },
    // The comparison that matters between parks: energy per unit of output (吨标煤 per 万元).
    {
      id: 'ind-intensity', titleKey: 'indIntensity', kind: 'hbar',
      source: { from: 'metric-by-dim', keys: ['energy', 'output'], window: 'month', ratio: { unitKey: 'intensity', scale: 1 } },
    },
    { id: 'ind-trend', titleKey: 'indOutputTrend', kind: 'line', source: { from: 'metric-trend', key: 'output', window: 'days30', split: true }, deskOnly: true },
    { id: 'ind-anomalies', titleKey: 'indAnomalies', kind: 'bar', source: { from: 'metric-trend', key: 'anomalies', window: 'days30' }, deskOnly: true },
  ],
};
