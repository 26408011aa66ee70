// Report a case from the workstation. The command is answered as soon as it
// is durable in the local outbox, online or not.
import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { casePriorities, type CasePriority } from '../../../shared/domain/model.ts';
import { useApi } from '../api/context.ts';

type Values = { title: string; categoryKey: string; priority: CasePriority; address?: string; description?: string };

// The common categories at the intake desk; the full catalog arrives with the dispatch views.
const CATEGORIES = [
  { value: 'BJ0101', kind: '部件', code: '0101', label: '部件 · 上水井盖' },
  { value: 'SJ0102', kind: '事件', code: '0102', label: '事件 · 暴露垃圾' },
  { value: 'SJ0501', kind: '事件', code: '0501', label: '事件 · 无照经营游商' },
  { value: 'SG0117', kind: '社会治理', code: 'SG0117', label: '社会治理 · 邻里纠纷' },
];

export function ReportCaseDialog({ open, onClose, point }: { open: boolean; onClose: () => void; point: () => [number, number] }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const v = await form.validateFields();
    const { categoryKey, ...rest } = v;
    const category = CATEGORIES.find((c) => c.value === categoryKey) ?? CATEGORIES[0]!;
    await api.command('cases.report', { ...rest, categoryKind: category.kind, categoryCode: category.code, point: point(), platform: category.kind === '社会治理' ? 'grid' : 'urban' });
    message.success(t('report.done'));
    form.resetFields();
    onClose();
  };
  return (
    <Modal open={open} title={t('report.title')} okText={t('report.submit')} cancelText={t('report.cancel')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ priority: 'normal', categoryKey: 'BJ0101' }}>
        <Form.Item name="title" label={t('report.fieldTitle')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}>
          <Input data-testid="report-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="categoryKey" label={t('report.fieldCategory')}>
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
