// 智慧网格: the grids and their workers, the social-governance cases they
// report, and the party-building services (微心愿, 民生实事).
import type { PanelDecl } from '../framework/declaration.ts';

export const gridPanel: PanelDecl = {
  platform: 'grid',
  cases: { platform: 'grid' },
  figures: [
    { from: 'grids' },
    { from: 'workers' },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'grid' } },
    { from: 'kpi', kpi: 'satisfactionRate', link: { queue: 'rate', platform: 'grid' } },
    { from: 'wishes' },
    { from: 'metric', key: 'livelihood_done', window: 'month' },
  ],
  charts: [
    { id: 'grid-cases', titleKey: 'gridCasesByKind', kind: 'hbar', source: { from: 'case-categories', filter: { platform: 'grid' }, top: 5 }, link: { platform: 'grid' } },
    { id: 'grid-worker-kinds', titleKey: 'gridWorkerKinds', kind: 'hbar', source: { from: 'worker-kinds' }, deskOnly: true },
    // Who is out on the grids now, over two days.
    { id: 'grid-workers', titleKey: 'gridWorkersOnline', kind: 'line', source: { from: 'metric-trend', key: 'workers_online', window: 'hours48' } },
  ],
};
