// 智慧卫教: clinic visits and vaccinations, school attendance, and the cases
// about school safety (校园安全, WJ01).
import type { PanelDecl } from '../framework/declaration.ts';

export const healthEducationPanel: PanelDecl = {
  platform: 'health-education',
  cases: { platform: 'health-education' },
  figures: [
    { from: 'metric', key: 'clinic_visits', window: 'today' },
    { from: 'metric', key: 'vaccinations', window: 'today' },
    { from: 'metric', key: 'school_attendance', window: 'latest' },
    {
      from: 'cases', labelKey: 'schoolSafety',
      filter: { platform: 'health-education', kind: '智慧卫教', majors: ['WJ01'] },
      link: { platform: 'health-education', q: '校园' },
    },
  ],
  charts: [
    { id: 'he-clinic', titleKey: 'heClinic', kind: 'line', source: { from: 'metric-trend', key: 'clinic_visits', window: 'hours48' } },
    { id: 'he-vaccinations', titleKey: 'heVaccinations', kind: 'bar', source: { from: 'metric-trend', key: 'vaccinations', window: 'days30' }, deskOnly: true },
    { id: 'he-cases', titleKey: 'heCases', kind: 'hbar', source: { from: 'case-categories', filter: { platform: 'health-education' }, top: 5 }, link: { platform: 'health-education' } },
  ],
};
