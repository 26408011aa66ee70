// Report a case from the workstation. The command is answered as soon as it
// is durable in the local outbox, online or not.
import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { casePriorities, type CasePriority } from '../../../shared/domain/model.ts';
import { useApi } from '../api/context.ts';

type Values = { title: string; categoryCode: string; priority: CasePriority; address?: string; description?: string };

const CATEGORIES = [
  { value: '0101', label: '上水井盖' },
  { value: '0501', label: '街面秩序' },
  { value: 'SG0101', label: '矛盾纠纷' },
];

export function ReportCaseDialog({ open, onClose, point }: { open: boolean; onClose: () => void; point: () => [number, number] }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    await api.command('cases.report', { ...v, point: point(), platform: 'grid' });
    message.success(t('report.done'));
    form.resetFields();
    onClose();
  };
  return (
    <Modal open={open} title={t('report.title')} okText={t('report.submit')} cancelText={t('report.cancel')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ priority: 'normal', categoryCode: '0101' }}>
        <Form.Item name="title" label={t('report.fieldTitle')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}>
          <Input data-testid="report-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="categoryCode" label={t('report.fieldCategory')}>
          <Select options={CATEGORIES} />
        </Form.Item>
        <Form.Item name="priority" label={t('report.fieldPriority')}>
          <Select options={casePriorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
        </Form.Item>
        <Form.Item name="address" label={t('report.fieldAddress')} extra={t('report.atMapCenter')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
