import { actorRoleLabels } from '../../../shared/domain/actor.ts';
import { caseActionLabels } from '../../../shared/domain/case-action.ts';
import { queueLabels } from '../../../shared/queues.ts';

export const zhCN = {
  app: { title: '佳木斯市网格化智慧指挥中心', subtitle: '网格化服务管理 · 指挥调度工作台' },
  link: {
    online: '在线',
    offline: '离线',
    syncing: '同步中',
    pending: '{{count}} 条待同步',
    attention: '需处理 {{count}}',
    freshAt: '数据更新于 {{time}}',
    never: '尚未与指挥中心同步',
  },
  cases: {
    title: '问题件',
    count: '共 {{count}} 件',
    empty: '暂无问题件',
    pending: '待同步',
    noCode: '待编号',
    report: '上报问题',
  },
  state: {
    reported: '上报', voided: '不予立案', filed: '已立案', dispatched: '已派遣', signed: '已签收', handling: '处置中',
    parked: '挂账', resolved: '待核查', verified: '核查通过', closed: '已结案', rated: '已评价',
  },
  priority: { normal: '一般', urgent: '紧急', critical: '特急' },
  report: {
    title: '上报问题件', fieldTitle: '标题', fieldCategory: '分类', fieldPriority: '紧急程度', fieldAddress: '地址',
    fieldDescription: '描述', submit: '上报', cancel: '取消', done: '已受理，编号待指挥中心分配', required: '请填写标题',
    atMapCenter: '位置：地图中心',
  },
  nav: { dispatch: '调度工作台', platforms: '七大平台', bigscreen: '指挥大屏' },
  dispatch: { queues: '工作队列', search: '搜索标题、描述、地址或案件编号' },
  queue: queueLabels,
  action: {
    ...caseActionLabels,
    report: '上报',
    confirm: '确定',
    done: '已{{action}}',
    suggested: '按责任矩阵推荐（属地管理）',
    pickDepartment: '请选择承办部门',
    pickSeat: '请选择承办席位',
    needReason: '请填写原因',
    needResult: '请填写处置结果',
    needRating: '请选择满意度',
    needHours: '请填写延期工作小时数',
    needNote: '请填写意见',
  } as Record<string, string>,
  sla: { left: '剩余 {{hours}} 工作小时', over: '已超期 {{hours}} 工作小时', due: '时限：{{time}}', step: { sign: '签收', handle: '处置', verify: '核查' } },
  detail: {
    pick: '在左侧选择一件问题件',
    timeline: '流转记录',
    noTimeline: '暂无流转记录',
    timelineAt: '获取于 {{time}}',
    counters: '返工 {{rework}} 次 · 延期 {{ext}} 次 · 督办 {{sup}} 次',
  },
  field: {
    code: '案件编号', source: '来源', category: '分类', place: '位置', address: '地址', department: '承办部门', seat: '承办席位',
    reportedAt: '上报时间', deadline: '处置时限', reporter: '上报人', counters: '过程', satisfaction: '满意度', reason: '原因',
    result: '处置结果', hours: '延期（工作小时）', note: '意见',
  },
  source: { 'grid-worker': '网格员上报', hotline: '12345热线', sensor: '物联感知', citizen: '群众自报', open311: 'Open311', leader: '领导交办' },
  role: actorRoleLabels as Record<string, string>,
  attention: { title: '需处理：指挥中心未接受的操作', empty: '没有需要处理的操作' },
  mutation: { 'case.report': '上报问题件', 'case.act': '案件操作' } as Record<string, string>,
  map: { legend: '问题件', attribution: '© OpenStreetMap contributors (ODbL) · Natural Earth · 行政区划: DataV.GeoAtlas/高德 · 区划代码: 国家统计局 2023' },
};
export type Messages = typeof zhCN;
