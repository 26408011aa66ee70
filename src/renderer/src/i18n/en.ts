import type { Messages } from './zh-CN.ts';

export const en: Messages = {
  app: { title: 'Jiamusi Grid Command Center', subtitle: 'Grid-based governance · dispatch workstation' },
  link: {
    online: 'Online',
    offline: 'Offline',
    syncing: 'Syncing',
    pending: '{{count}} pending',
    attention: '{{count}} need attention',
    freshAt: 'Data as of {{time}}',
    never: 'Never synced with the center',
  },
  cases: { title: 'Cases', count: '{{count}} cases', empty: 'No cases', pending: 'Pending', noCode: 'Unnumbered', report: 'Report' },
  state: {
    reported: 'Reported', voided: 'Not filed', filed: 'Filed', dispatched: 'Dispatched', signed: 'Signed', handling: 'Handling',
    parked: 'Parked', resolved: 'Awaiting check', verified: 'Verified', closed: 'Closed', rated: 'Rated',
  },
  priority: { normal: 'Normal', urgent: 'Urgent', critical: 'Critical' },
  report: {
    title: 'Report a case', fieldTitle: 'Title', fieldCategory: 'Category', fieldPriority: 'Priority', fieldAddress: 'Address',
    fieldDescription: 'Description', submit: 'Report', cancel: 'Cancel', done: 'Accepted; the center assigns its code', required: 'Title is required',
    atMapCenter: 'Location: map center',
  },
  map: { legend: 'Cases', attribution: '© OpenStreetMap contributors (ODbL) · Natural Earth · Boundaries: DataV.GeoAtlas/AMap · Codes: NBS 2023' },
};
