// 智慧城管 (数字城管): the street events by kind, how long each step takes, and
// what the sensors raise.
import type { PanelDecl } from '../framework/declaration.ts';

/** CJ/T 214 事件 majors: 01 市容环境, 03 施工管理, 05 街面秩序. */
const streetEvents = { platform: 'urban', kind: '事件', majors: ['01', '05', '03'] } as const;

export const urbanPanel: PanelDecl = {
  platform: 'urban',
  cases: { platform: 'urban' },
  figures: [
    { from: 'kpi', kpi: 'accepted', link: { queue: 'accepted', platform: 'urban' } },
    { from: 'kpi', kpi: 'finishRate', link: { queue: 'unfinished', platform: 'urban' } },
    { from: 'kpi', kpi: 'overdue', link: { queue: 'overdue', platform: 'urban' } },
    { from: 'metric', key: 'sensor_alerts', window: 'today' },
  ],
  charts: [
    { id: 'urban-events', titleKey: 'urbanEvents', kind: 'hbar', source: { from: 'case-categories', filter: streetEvents }, link: { platform: 'urban' } },
    { id: 'urban-stages', titleKey: 'urbanStages', kind: 'bar', source: { from: 'case-stages', filter: { platform: 'urban' } }, link: { platform: 'urban' } },
    { id: 'urban-sensors', titleKey: 'urbanSensors', kind: 'line', source: { from: 'metric-trend', key: 'sensor_alerts', window: 'hours48', split: true }, deskOnly: true },
  ],
};
