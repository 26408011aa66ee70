// The intake form (hotline call, walk-in, grid report): 大类/小类 from the
// catalog with search, the place by grid or the map's center, priority and
// source, and a duplicate warning before saving. The command is answered as
// soon as the case is durable in the local outbox, online or not.
import { Alert, App as AntApp, Cascader, Form, Input, Modal, Select } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { polygonContains, ringInteriorPoint } from '../../../shared/geo.ts';
import { casePriorities, caseSources, type CasePriority, type CaseSource, type LngLat } from '../../../shared/domain/model.ts';
import { useApi } from '../api/context.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { categoryOptions, categoryPathMatches } from './category-options.ts';
import { keywordsOf, optionMatches } from '../app/option-search.ts';
import { fieldsOrFocusError } from '../app/focus-if-lost.ts';
import { dataLanguage, placeNameIn } from '../i18n/data-language.ts';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { AttachmentPicker } from '../attachments/AttachmentPicker.tsx';
import { errorText } from '../i18n/refusal.ts';
import { useSubmitOnce } from '../app/use-submit-once.ts';

type Values = { title: string; category: [string, string, string]; priority: CasePriority; source?: CaseSource; gridCode?: string; address?: string; description?: string; attachments?: Attachment[] };
const INTAKE_SOURCES: readonly CaseSource[] = caseSources.filter((s) => s !== 'grid-worker' && s !== 'leader');

export function ReportCaseDialog({ open, onClose, point }: { open: boolean; onClose: () => void; point: () => LngLat }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [duplicates, setDuplicates] = useState<CaseListItem[] | null>(null);
  const [storing, setStoring] = useState(false);
  const directory = useLiveQuery('reference.directory', {}, ['reference.changed'], open);
  const grids = useLiveQuery('reference.grids', {}, ['reference.changed'], open);
  const session = useLiveQuery('session.info', {}, [], open);
  const language = dataLanguage(t);
  const options = useMemo(() => categoryOptions(directory?.catalog ?? [], language), [directory, language]);
  // Found by the name shown, its Chinese name and its code.
  const gridOptions = useMemo(() => (grids?.grids ?? []).map((g) => {
    const label = `${placeNameIn(g.name, language)} · ${g.code}`;
    return { value: g.code, label, keywords: keywordsOf(label, g.name) };
  }), [grids, language]);

  // Where a case with no grid picked lands: the grid under the map's center when the form opened, named in the form.
  const centerGrid = useMemo(() => {
    if (!open || !grids) return undefined;
    const at = point();
    return grids.grids.find((g) => polygonContains(g, at));
    // Asked again when the form opens, not as the map moves under it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, grids]);
  // The warning sits under the form: on a short screen it is out of view when it comes, and OK has become 仍然上报.
  const warning = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (duplicates) warning.current?.scrollIntoView({ block: 'nearest' });
  }, [duplicates]);

  const close = () => {
    setDuplicates(null);
    form.resetFields();
    onClose();
  };
  const placeOf = (gridCode?: string): LngLat => {
    const grid = gridCode ? grids?.grids.find((g) => g.code === gridCode) : undefined;
    return grid ? ringInteriorPoint(grid.ring, grid.holes) : point();
  };
  const { submit, busy } = useSubmitOnce(async () => {
    try {
      const v = await fieldsOrFocusError(form);
      if (!v) return;
      const [kind, , minor] = v.category;
      const where = placeOf(v.gridCode);
      const category = directory?.catalog.find((c) => c.kind === kind && c.minorCode === minor);
      // Warn once about likely duplicates; a second OK saves anyway.
      if (duplicates === null) {
        const related = await api.query('cases.related', { point: where, categoryKind: kind, categoryCode: minor });
        if (related.cases.length > 0) return setDuplicates(related.cases);
      }
      await api.command('cases.report', {
        title: v.title, description: v.description ?? '', address: v.address ?? '', priority: v.priority, point: where,
        categoryKind: kind, categoryCode: minor, platform: category?.platform ?? 'grid', ...(v.source ? { source: v.source } : {}),
        ...(v.attachments?.length ? { attachments: v.attachments } : {}),
      });
      message.success(t('report.done'));
      close();
    } catch (err) {
      // Refused here (the local workflow decides as the center would): the dialog stays open with what was typed.
      message.error(errorText(err, t));
    }
  });
  const intake = session?.role === 'intake' || session?.role === 'admin';
  return (
    <Modal open={open} title={t('report.title')} okText={duplicates ? t('report.saveAnyway') : t('report.submit')} cancelText={t('report.cancel')} onOk={submit} onCancel={close} destroyOnHidden width={620} centered className="form-dialog"
      confirmLoading={busy} okButtonProps={{ disabled: storing }}>
      <Form form={form} layout="vertical" initialValues={{ priority: 'normal' }} onValuesChange={() => setDuplicates(null)}>
        <Form.Item name="title" label={t('report.fieldTitle')} rules={[{ required: true, whitespace: true, message: t('report.required') }]}>
          <Input data-testid="report-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('report.fieldCategory')} rules={[{ required: true, message: t('report.needCategory') }]}>
          <Cascader options={options} showSearch={{ filter: categoryPathMatches }} placeholder={t('report.categoryHint')} data-testid="report-category" />
        </Form.Item>
        <Form.Item name="gridCode" label={t('report.fieldGrid')} extra={centerGrid ? t('report.atMapCenterGrid', { name: `${placeNameIn(centerGrid.name, language)} · ${centerGrid.code}` }) : t('report.atMapCenter')}>
          <Select showSearch allowClear filterOption={optionMatches} options={gridOptions} placeholder={t('report.gridHint')} data-testid="report-grid" />
        </Form.Item>
        <Form.Item name="priority" label={t('report.fieldPriority')}>
          <Select options={casePriorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
        </Form.Item>
        {intake && (
          <Form.Item name="source" label={t('field.source')}>
            <Select allowClear options={INTAKE_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="address" label={t('report.fieldAddress')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('report.fieldDescription')}>
          <Input.TextArea rows={2} maxLength={4000} data-testid="report-description" />
        </Form.Item>
        <Form.Item name="attachments" label={t('attach.title')}>
          <AttachmentPicker step="report" onBusy={setStoring} />
        </Form.Item>
      </Form>
      {duplicates && (
        <div ref={warning}>
        <Alert
          type="warning"
          showIcon
          data-testid="duplicate-warning"
          title={t('report.duplicates', { count: duplicates.length })}
          description={duplicates.slice(0, 5).map((c) => t('report.duplicateItem', { code: c.code ?? t('cases.noCode'), title: c.title, state: t(`state.${c.state}`) })).join(t('list.separator'))}
        />
        </div>
      )}
    </Modal>
  );
}
