// One workflow action with the fields it needs. The core checks it with the
// same workflow as the server and answers at once — online or not.
import { App as AntApp, Form, Input, InputNumber, Modal, Rate, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseAction, CaseActionType } from '../../../shared/domain/case-action.ts';
import { useApi } from '../api/context.ts';
import type { Directory } from './use-directory.ts';
import { dataLanguage, nameIn } from '../i18n/data-language.ts';
import { AttachmentPicker } from '../attachments/AttachmentPicker.tsx';
import { errorText, refusalClosesDialog } from '../i18n/refusal.ts';
import { useSubmitOnce } from '../app/use-submit-once.ts';
import { caseList, fieldsOrFocusError, focusIfLost } from '../app/focus-if-lost.ts';

const REASON: readonly CaseActionType[] = ['reject', 'return', 'verifyFail', 'denyExtension', 'requestPark', 'denyPark'];
const RESULT: readonly CaseActionType[] = ['submit', 'selfResolve'];
const NOTE_REQUIRED: readonly CaseActionType[] = ['supervise', 'instruct'];

/** Actions with nothing to fill in beyond an optional note. */
export const isQuickAction = (type: CaseActionType) =>
  !REASON.includes(type) && !RESULT.includes(type) && !NOTE_REQUIRED.includes(type) && !['dispatch', 'rate', 'requestExtension', 'approveExtension'].includes(type);

type Props = {
  caseId: string; type: CaseActionType | null; directory: Directory | undefined;
  /** The extension asked for: what approving grants unless the dispatcher grants less. */
  requestedHours?: number | null;
  onClose: () => void;
};

/**
 * Where the keyboard starts in an action's dialog: the text or number it asks for, else its OK, so
 * Enter confirms (antd left the focus on the close button, and Enter cancelled).
 */
function focusStart() {
  const dialog = document.querySelector<HTMLElement>('.action-dialog');
  const field = dialog?.querySelector<HTMLElement>('.ant-modal-body textarea, .ant-modal-body .ant-input-number-input');
  (field ?? dialog?.querySelector<HTMLElement>('.ant-modal-footer .ant-btn-primary'))?.focus();
}

export function ActionDialog({ caseId, type, directory, requestedHours = null, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const departmentId = Form.useWatch('departmentId', form) as string | undefined;
  const [storing, setStoring] = useState(false);
  // The responsibility matrix's pick, while the fields still hold it (the hint says so, and no more once they differ).
  const [suggestion, setSuggestion] = useState<{ caseId: string; departmentId: string; seatId: string | null } | null>(null);
  const suggested = suggestion?.caseId === caseId ? suggestion : null;
  const seatId = Form.useWatch('seatId', form) as string | undefined;
  // The dialog gone (and with it, often, the button that opened it), the work goes on from the case list.
  const close = () => {
    onClose();
    focusIfLost(caseList);
  };

  const { submit, busy } = useSubmitOnce(async () => {
    if (!type) return;
    try {
      const values = (await fieldsOrFocusError(form)) as Record<string, unknown> | null;
      if (!values) return;
      const action = { type, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')) } as CaseAction;
      await api.command('cases.act', { caseId, action });
      message.success(t('action.done', { action: t(`action.${type}`) }));
      close();
    } catch (err) {
      message.error(errorText(err, t));
      // Nothing typed here can mend a case that moved on: the detail behind shows where it now stands.
      if (refusalClosesDialog(err)) close();
    }
  });

  useEffect(() => {
    form.resetFields();
    if (type === 'approveExtension' && requestedHours !== null) form.setFieldsValue({ hours: requestedHours });
    if (type === 'dispatch') {
      // A suggestion, never over what the operator has picked meanwhile; without one the fields stay empty.
      void api.query('cases.suggestOwner', { id: caseId }).then(
        (s) => {
          if (!s || form.isFieldsTouched(['departmentId', 'seatId'])) return;
          form.setFieldsValue({ departmentId: s.departmentId, seatId: s.seatId ?? undefined });
          setSuggestion({ caseId, departmentId: s.departmentId, seatId: s.seatId ?? null });
        },
        () => undefined,
      );
    }
  }, [type, caseId, api, form, requestedHours]);

  // Another department's seat would leave the case with no one who can sign it: a new department starts
  // from its own seat when it has just one, else from none.
  const pickDepartment = (id: string) => {
    const own = (directory?.seats ?? []).filter((s) => s.departmentId === id);
    form.setFieldsValue({ seatId: own.length === 1 ? own[0]!.id : undefined });
  };

  if (!type) return null;
  const seats = (directory?.seats ?? []).filter((s) => s.departmentId === departmentId);
  const language = dataLanguage(t);
  return (
    <Modal open title={t(`action.${type}`)} okText={t('action.confirm')} cancelText={t('report.cancel')} onOk={submit} onCancel={close} destroyOnHidden centered className="form-dialog action-dialog"
      confirmLoading={busy} okButtonProps={{ disabled: storing }} afterOpenChange={(opened) => opened && focusStart()}>
      <Form form={form} layout="vertical" data-testid="action-form">
        {type === 'dispatch' && (
          <>
            <Form.Item name="departmentId" label={t('field.department')} rules={[{ required: true, message: t('action.pickDepartment') }]} extra={suggested && suggested.departmentId === departmentId && (suggested.seatId ?? undefined) === seatId ? t('action.suggested') : undefined}>
              <Select showSearch optionFilterProp="label" options={(directory?.departments ?? []).map((d) => ({ value: d.id, label: nameIn(d, language) }))} onChange={pickDepartment} data-testid="dispatch-department" />
            </Form.Item>
            <Form.Item name="seatId" label={t('field.seat')} rules={[{ required: true, message: t('action.pickSeat') }]}>
              <Select options={seats.map((s) => ({ value: s.id, label: nameIn(s, language) }))} data-testid="dispatch-seat" />
            </Form.Item>
          </>
        )}
        {REASON.includes(type) && (
          <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('action.needReason') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="action-reason" />
          </Form.Item>
        )}
        {RESULT.includes(type) && (
          <Form.Item name="result" label={t('field.result')} rules={[{ required: true, whitespace: true, message: t('action.needResult') }]}>
            <Input.TextArea rows={3} maxLength={1000} data-testid="action-result" />
          </Form.Item>
        )}
        {type === 'submit' && (
          <Form.Item name="attachments" label={t('attach.title')}>
            <AttachmentPicker step="submit" onBusy={setStoring} />
          </Form.Item>
        )}
        {type === 'rate' && (
          <Form.Item name="satisfaction" label={t('field.satisfaction')} rules={[{ required: true, message: t('action.needRating') }]}>
            <Rate />
          </Form.Item>
        )}
        {(type === 'requestExtension' || type === 'approveExtension') && (
          <Form.Item name="hours" label={t('field.hours')} rules={type === 'requestExtension' ? [{ required: true, message: t('action.needHours') }] : []}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
        )}
        {type === 'requestExtension' && (
          <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, message: t('action.needReason') }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        )}
        {!REASON.includes(type) && !RESULT.includes(type) && type !== 'requestExtension' && (
          <Form.Item name="note" label={t('field.note')} rules={NOTE_REQUIRED.includes(type) ? [{ required: true, whitespace: true, message: t('action.needNote') }] : []}>
            <Input.TextArea rows={2} maxLength={1000} data-testid="action-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
