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
  map: { legend: '问题件', attribution: '© OpenStreetMap contributors (ODbL) · Natural Earth · 行政区划: DataV.GeoAtlas/高德 · 区划代码: 国家统计局 2023' },
};
export type Messages = typeof zhCN;
