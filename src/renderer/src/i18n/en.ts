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
  nav: { dispatch: 'Dispatch', platforms: 'Platforms', bigscreen: 'Big screen' },
  dispatch: { queues: 'Work queues', search: 'Search title, description, address or case code' },
  queue: {
    all: 'All', intake: 'To accept', dispatch: 'To dispatch', sign: 'To sign', handling: 'Handling', verify: 'To verify',
    close: 'To close', rate: 'To rate', overdue: 'Overdue', supervised: 'Supervised', parked: 'Parked',
  },
  action: {
    accept: 'File', reject: 'Decline', dispatch: 'Dispatch', sign: 'Sign', return: 'Return', start: 'Start', submit: 'Submit result',
    verifyPass: 'Verify: pass', verifyFail: 'Verify: rework', close: 'Close', rate: 'Rate', requestExtension: 'Request extension',
    approveExtension: 'Approve extension', denyExtension: 'Deny extension', requestPark: 'Request parking', approvePark: 'Approve parking',
    denyPark: 'Deny parking', recoverPark: 'Resume', supervise: 'Supervise', instruct: 'Instruct', selfResolve: 'Resolve on the spot',
    report: 'Report', confirm: 'OK', done: '{{action}}: done', suggested: 'Suggested by the responsibility matrix',
    pickDepartment: 'Pick a department', pickSeat: 'Pick a seat', needReason: 'A reason is required', needResult: 'The result is required',
    needRating: 'Pick a rating', needHours: 'Working hours are required', needNote: 'A note is required',
  },
  sla: { left: '{{hours}} working h left', over: '{{hours}} working h over', due: 'Due {{time}}', step: { sign: 'Sign', handle: 'Handle', verify: 'Verify' } },
  detail: {
    pick: 'Pick a case on the left', timeline: 'Timeline', noTimeline: 'No timeline yet', timelineAt: 'Fetched {{time}}',
    counters: 'rework {{rework}} · extensions {{ext}} · supervised {{sup}}',
  },
  field: {
    code: 'Code', source: 'Source', category: 'Category', place: 'Place', address: 'Address', department: 'Department', seat: 'Seat',
    reportedAt: 'Reported', deadline: 'Deadline', reporter: 'Reporter', counters: 'History', satisfaction: 'Satisfaction', reason: 'Reason',
    result: 'Result', hours: 'Extension (working hours)', note: 'Note',
  },
  source: { 'grid-worker': 'Grid worker', hotline: '12345 hotline', sensor: 'Sensor', citizen: 'Citizen', open311: 'Open311', leader: 'Leader' },
  role: { leader: 'Leader', intake: 'Intake', dispatcher: 'Dispatcher', seat: 'Seat liaison', 'grid-worker': 'Grid worker', admin: 'Admin' },
  attention: { title: 'Needs attention: refused by the center', empty: 'Nothing needs attention' },
  mutation: { 'case.report': 'Report a case', 'case.act': 'Case action' },
  map: { legend: 'Cases', attribution: '© OpenStreetMap contributors (ODbL) · Natural Earth · Boundaries: DataV.GeoAtlas/AMap · Codes: NBS 2023' },
};
