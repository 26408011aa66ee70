// The commands a user can give a case, as one zod union: the server validates what arrives over
// the wire with it, and the client builds the same objects for its optimistic apply.
import { z } from 'zod';
import { attachmentsSchema } from './attachment.ts';

const note = z.string().trim().max(1000, '说明不超过1000字').optional();
const required = (message: string) => z.string(message).trim().min(1, message).max(1000, '说明不超过1000字');
const hours = (message: string) =>
  z.number(message).int(message).min(1, message).max(1000, '单次延期不超过1000个工作小时');

export const caseActionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('accept'), note }),
    z.object({ type: z.literal('reject'), reason: required('请填写不予立案原因') }),
    z.object({
      type: z.literal('dispatch'),
      departmentId: z.string('请选择承办部门').trim().min(1, '请选择承办部门'),
      seatId: z.string('请选择承办席位').trim().min(1, '请选择承办席位'),
      note,
    }),
    z.object({ type: z.literal('sign'), note }),
    z.object({ type: z.literal('return'), reason: required('请填写退回原因') }),
    z.object({ type: z.literal('start'), note }),
    z.object({ type: z.literal('submit'), result: required('请填写处置结果'), attachments: attachmentsSchema.optional() }),
    z.object({ type: z.literal('verifyPass'), note }),
    z.object({ type: z.literal('verifyFail'), reason: required('请填写返工原因') }),
    z.object({ type: z.literal('close'), note }),
    z.object({
      type: z.literal('rate'),
      satisfaction: z.number('满意度须为1到5的整数').int('满意度须为1到5的整数').min(1, '满意度须为1到5的整数').max(5, '满意度须为1到5的整数'),
      note,
    }),
    z.object({ type: z.literal('requestExtension'), hours: hours('延期时长须为正整数工作小时'), reason: required('请填写延期原因') }),
    /** `hours` grants less than was asked; left out, the request is granted in full. */
    z.object({ type: z.literal('approveExtension'), hours: hours('批准时长须为正整数工作小时').optional(), note }),
    z.object({ type: z.literal('denyExtension'), reason: required('请填写不予延期原因') }),
    z.object({ type: z.literal('requestPark'), reason: required('请填写挂账原因') }),
    z.object({ type: z.literal('approvePark'), note }),
    z.object({ type: z.literal('denyPark'), reason: required('请填写不予挂账原因') }),
    z.object({ type: z.literal('recoverPark'), note }),
    z.object({ type: z.literal('supervise'), note: required('请填写督办意见') }),
    z.object({ type: z.literal('instruct'), note: required('请填写批示内容') }),
    z.object({ type: z.literal('selfResolve'), result: required('请填写现场处置情况') }),
  ],
  { error: '未知的案件操作' },
);
export type CaseAction = z.infer<typeof caseActionSchema>;
export type CaseActionType = CaseAction['type'];

export const caseActionLabels = {
  accept: '立案',
  reject: '不予立案',
  dispatch: '派遣',
  sign: '签收',
  return: '退回',
  start: '开始处置',
  submit: '办结申请',
  verifyPass: '核查通过',
  verifyFail: '核查不通过（返工）',
  close: '结案',
  rate: '评价',
  requestExtension: '申请延期',
  approveExtension: '批准延期',
  denyExtension: '不予延期',
  requestPark: '申请挂账',
  approvePark: '批准挂账',
  denyPark: '不予挂账',
  recoverPark: '恢复挂账案件',
  supervise: '督办',
  instruct: '领导批示',
  selfResolve: '自行处置',
} as const satisfies Record<CaseActionType, string>;

export const caseActionTypes: readonly CaseActionType[] = caseActionSchema.options.map((option) => option.shape.type.value);
