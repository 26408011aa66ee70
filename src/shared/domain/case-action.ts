// The commands a user can give a case, as one zod union: the server validates what arrives over
// the wire with it, and the client builds the same objects for its optimistic apply.
import { z } from 'zod';
import { attachmentsSchema } from './attachment.ts';
import { refusalText, type RefusalCode } from './refusals.ts';

const note = z.string().trim().max(1000, refusalText('noteTooLong')).optional();
const required = (code: RefusalCode) => {
  const message = refusalText(code);
  return z.string(message).trim().min(1, message).max(1000, refusalText('noteTooLong'));
};
const hours = (code: RefusalCode) => {
  const message = refusalText(code);
  return z.number(message).int(message).min(1, message).max(1000, refusalText('hoursTooMany'));
};
const satisfaction = refusalText('satisfactionRange');

export const caseActionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('accept'), note }),
    z.object({ type: z.literal('reject'), reason: required('needRejectReason') }),
    z.object({
      type: z.literal('dispatch'),
      departmentId: z.string(refusalText('needDepartment')).trim().min(1, refusalText('needDepartment')),
      seatId: z.string(refusalText('needSeat')).trim().min(1, refusalText('needSeat')),
      note,
    }),
    z.object({ type: z.literal('sign'), note }),
    z.object({ type: z.literal('return'), reason: required('needReturnReason') }),
    z.object({ type: z.literal('start'), note }),
    z.object({ type: z.literal('submit'), result: required('needResult'), attachments: attachmentsSchema.optional() }),
    z.object({ type: z.literal('verifyPass'), note }),
    z.object({ type: z.literal('verifyFail'), reason: required('needReworkReason') }),
    z.object({ type: z.literal('close'), note }),
    z.object({
      type: z.literal('rate'),
      satisfaction: z.number(satisfaction).int(satisfaction).min(1, satisfaction).max(5, satisfaction),
      note,
    }),
    z.object({ type: z.literal('requestExtension'), hours: hours('extensionHours'), reason: required('needExtensionReason') }),
    /** `hours` grants less than was asked; left out, the request is granted in full. */
    z.object({ type: z.literal('approveExtension'), hours: hours('grantHours').optional(), note }),
    z.object({ type: z.literal('denyExtension'), reason: required('needDenyExtensionReason') }),
    z.object({ type: z.literal('requestPark'), reason: required('needParkReason') }),
    z.object({ type: z.literal('approvePark'), note }),
    z.object({ type: z.literal('denyPark'), reason: required('needDenyParkReason') }),
    z.object({ type: z.literal('recoverPark'), note }),
    z.object({ type: z.literal('supervise'), note: required('needSupervision') }),
    z.object({ type: z.literal('instruct'), note: required('needInstruction') }),
    z.object({ type: z.literal('selfResolve'), result: required('needSpotResult') }),
  ],
  { error: refusalText('unknownAction') },
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
  submit: '提交办结',
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
