// Why the workstation or the center says no: every refusal an operator can be shown (the workflow's,
// an attachment's, the link's), as a code with its Chinese text. The
// text is what travels (the server's log and its rejected-mutation record, the workstation's
// rejected-work list, an error across the contract all carry one string), so a refusal made on the
// server and one made offline read the same; the renderer reads the code and its parameters back
// out of the text (refusal-parse.ts) to say it in the operator's language.
//
// Parameters are written {{name}}, as i18next writes them, so this table is the Chinese locale's
// `refusal` section as it stands. What each parameter holds is declared in `refusalParams`.

export const refusalTexts = {
  // Jurisdiction (属地管理)
  notInCounty: '案件不在您管辖的区县',
  notInTown: '案件不在您管辖的街道（乡镇）',
  seatUnbound: '席位联络员账号未绑定部门和席位',
  notYourDepartment: '该案件不属于您的部门',
  notYourSeat: '该案件未派遣到您的席位',
  seatNotInDepartment: '所选席位不属于承办部门',
  // Who may do what, from which state
  roleForbids: '{{role}}无权执行「{{action}}」',
  stateForbids: '案件当前为「{{state}}」，不能执行「{{action}}」',
  noPendingExtension: '没有待审批的延期申请',
  noDeadlineToExtend: '案件没有处置时限，无法延期',
  extensionPending: '已有待审批的延期申请',
  noDeadlineNoExtension: '案件没有处置时限，无需延期',
  noPendingPark: '没有待审批的挂账申请',
  parkPending: '已有待审批的挂账申请',
  parkedFromUnknown: '挂账前的状态未知，无法恢复',
  parkOnlyWorked: '只有已签收或处置中的案件可以挂账',
  grantOverRequest: '批准的延期时长不能超过申请的{{hours}}个工作小时',
  // The call itself
  invalidActor: '操作人信息无效',
  invalidTime: '操作时间无效',
  invalidInput: '参数无效',
  seatCannotReport: '席位联络员不能直接上报案件',
  onlyIntakeSources: '只有受理员可以登记其他来源的案件',
  caseNotFound: '案件不存在或不在您的管辖范围',
  caseExists: '案件已存在',
  staleVersion: '案件已被他人更新：{{inner}}',
  // The action's fields
  unknownAction: '未知的案件操作',
  needCategory: '请选择问题类别',
  noteTooLong: '说明不超过1000字',
  hoursTooMany: '单次延期不超过1000个工作小时',
  needRejectReason: '请填写不予立案原因',
  needDepartment: '请选择承办部门',
  needSeat: '请选择承办席位',
  needReturnReason: '请填写退回原因',
  needResult: '请填写处置结果',
  needReworkReason: '请填写返工原因',
  satisfactionRange: '满意度须为1到5的整数',
  extensionHours: '延期时长须为正整数工作小时',
  needExtensionReason: '请填写延期原因',
  grantHours: '批准时长须为正整数工作小时',
  needDenyExtensionReason: '请填写不予延期原因',
  needParkReason: '请填写挂账原因',
  needDenyParkReason: '请填写不予挂账原因',
  needSupervision: '请填写督办意见',
  needInstruction: '请填写批示内容',
  needSpotResult: '请填写现场处置情况',
  // Attachments
  attachmentDigest: '附件摘要须为 SHA-256 十六进制',
  attachmentName: '附件须有文件名',
  attachmentNameLong: '附件文件名不超过200字',
  attachmentTooBig: '单个附件不超过 {{mb}} MB',
  tooManyAttachments: '最多 {{count}} 个附件',
  attachmentMismatch: '附件摘要不符：文件在传输中损坏或已被改动，未保存',
  attachmentSizeConflict: '附件大小与已保存的同摘要文件不符',
  attachmentChunkOrder: '附件分块次序错误：应从第 {{offset}} 字节续传',
  attachmentOverflow: '附件数据超出声明的大小',
  attachmentChunkTooBig: '附件分块不超过 {{bytes}} 字节',
  attachmentCorrupt: '本机保存的附件已损坏（摘要不符）',
  attachmentUnreachable: '附件不在本机，且无法连接指挥中心',
  attachmentNotFound: '附件不存在或不在您的管辖范围',
  attachmentNotUploaded: '附件尚未上传到指挥中心',
  attachmentStoreMissing: '指挥中心未配置附件存储',
  attachmentOverLimit: '附件超过 {{mb}} MB 上限',
  uploadQuota: '今日上传附件已达 {{gb}} GB 上限，明日自动继续上传',
  // The link and the center
  coreLinkLost: '与工作站主进程的连接已断开',
  notLoggedIn: '尚未登录指挥中心',
  sessionExpired: '未登录或会话已过期',
  serverError: '服务器内部错误，请稍后重试',
  requestTooLarge: '请求过大',
  requestNotJson: '请求体不是有效的 JSON',
  requestBadAddress: '请求地址无效',
  gridImportOffline: '无法连接指挥中心，网格导入需要联网',
  gridImportNoAnswer: '指挥中心未及时答复：导入可能仍在进行，请稍后查看网格是否已更新，再决定是否重新导入',
  gridImportForbidden: '该账号无权导入网格边界',
  invalidArgs: '参数无效: {{detail}}',
  // A grid file (zipped Shapefile) that cannot be read
  zipNotZip: '文件不是有效的 zip 压缩包',
  zipNoShp: '压缩包中没有 .shp 文件',
  zipSeveralShp: '压缩包中有多个 .shp 图层，请每次只导入一个',
  zipNoDbf: '缺少与 .shp 同名的 .dbf 属性表（网格编码在其中）',
  zipProjected: '坐标为投影坐标系，请先转换为经纬度（WGS84/CGCS2000）',
  zipUnknownDatum: '坐标系的大地基准不是 WGS84 或 CGCS2000',
  zipBadEncoding: '.cpg 声明的文字编码无法识别',
  zipBadShp: '.shp 文件已损坏或格式不受支持',
  /** Any refusal with what it concerns (a file name, a library's own words) after it. */
  withDetail: '{{inner}}：{{detail}}',
  unknownMutation: '未知的操作: {{name}}',
} as const;

export type RefusalCode = keyof typeof refusalTexts;

/**
 * What a parameter holds: a case state, an action or a role by its Chinese label (said again by its
 * code in another language), a number, another refusal's text, or text shown as it is (a name, a
 * validator's detail).
 */
export type RefusalParamKind = 'state' | 'action' | 'role' | 'number' | 'refusal' | 'text';

export const refusalParams: { readonly [C in RefusalCode]?: Readonly<Record<string, RefusalParamKind>> } = {
  roleForbids: { role: 'role', action: 'action' },
  stateForbids: { state: 'state', action: 'action' },
  grantOverRequest: { hours: 'number' },
  staleVersion: { inner: 'refusal' },
  attachmentTooBig: { mb: 'number' },
  tooManyAttachments: { count: 'number' },
  attachmentChunkOrder: { offset: 'number' },
  attachmentChunkTooBig: { bytes: 'number' },
  attachmentOverLimit: { mb: 'number' },
  uploadQuota: { gb: 'number' },
  invalidArgs: { detail: 'text' },
  withDetail: { inner: 'refusal', detail: 'text' },
  unknownMutation: { name: 'text' },
};

/**
 * Refusals that say the case is no longer where the action applies (someone else moved it, it left
 * the operator's hands, the request it answers is gone): no edit of the action's fields helps, so the
 * dialog that made it closes and the case shows where it now stands. Any other refusal is one the
 * operator fixes in the fields, or a link failure worth trying again.
 */
const caseMovedOnCodes: ReadonlySet<RefusalCode> = new Set<RefusalCode>([
  'notInCounty', 'notInTown', 'notYourDepartment', 'notYourSeat', 'roleForbids', 'stateForbids',
  'noPendingExtension', 'noDeadlineToExtend', 'extensionPending', 'noDeadlineNoExtension', 'noPendingPark',
  'parkPending', 'parkedFromUnknown', 'parkOnlyWorked', 'caseNotFound', 'staleVersion',
]);

export const refusalMeansCaseMovedOn = (code: RefusalCode): boolean => caseMovedOnCodes.has(code);

/** The Chinese text of a refusal, its parameters filled in. */
export function refusalText(code: RefusalCode, params: Readonly<Record<string, string | number>> = {}): string {
  return refusalTexts[code].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`refusal ${code}: parameter ${name} missing`);
    return String(value);
  });
}
