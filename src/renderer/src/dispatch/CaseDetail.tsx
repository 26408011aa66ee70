// Everything about one case: its fields, the running step's SLA light, the
// actions the workflow allows this user now, and the timeline.
import { Button, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '../../../shared/domain/case-action.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { CaseSheet } from './CaseSheet.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { SlaLight } from './SlaLight.tsx';
import type { useDirectory } from './use-directory.ts';
import { AttachmentList } from '../attachments/AttachmentList.tsx';
import { useDateTime } from '../i18n/date-time.ts';

type Props = { caseId: string | null; dir: ReturnType<typeof useDirectory> };

export function CaseDetail({ caseId, dir }: Props) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const [acting, setActing] = useState<CaseActionType | null>(null);
  const id = caseId ?? '00000000-0000-7000-8000-000000000000';
  const c = useLiveQuery('cases.get', { id }, ['cases.changed'], caseId !== null);
  const actions = useLiveQuery('cases.actions', { id }, ['cases.changed'], caseId !== null);
  const timeline = useLiveQuery('cases.timeline', { id }, ['cases.changed'], caseId !== null);
  if (!caseId || !c || c.id !== caseId) return <Empty className="detail-empty" description={t('detail.pick')} />;
  const { names } = dir;
  return (
    <div className="case-detail" data-testid="case-detail" data-state={c.state}>
      <div className="detail-head">
        <Typography.Title level={4} className="detail-title">{c.title}</Typography.Title>
        <Space wrap>
          <Tag color="blue" data-testid="detail-state">{t(`state.${c.state}`)}</Tag>
          <Tag color={c.priority === 'critical' ? 'red' : c.priority === 'urgent' ? 'orange' : 'cyan'}>{t(`priority.${c.priority}`)}</Tag>
          <SlaLight c={c} now={new Date().toISOString()} />
          {c.pending && <Tag color="gold" data-testid="detail-pending">{t('cases.pending')}</Tag>}
        </Space>
      </div>
      <Space wrap className="detail-actions" data-testid="case-actions">
        <Button onClick={() => window.print()} data-testid="print-sheet">{t('detail.print')}</Button>
        {(actions ?? []).map((type) => (
          <Button key={type} type={type === 'reject' || type === 'return' || type === 'verifyFail' ? 'default' : 'primary'} danger={type === 'reject' || type === 'verifyFail'} onClick={() => setActing(type as CaseActionType)} data-testid={`act-${type}`}>
            {t(`action.${type}`)}
          </Button>
        ))}
      </Space>
      <Descriptions size="small" column={2} bordered className="detail-fields">
        <Descriptions.Item label={t('field.code')}>{c.code ?? t('cases.noCode')}</Descriptions.Item>
        <Descriptions.Item label={t('field.source')}>{t(`source.${c.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.category')} span={2}>{names.category(c.categoryKind, c.categoryCode)}</Descriptions.Item>
        <Descriptions.Item label={t('field.place')} span={2}>{[names.division(c.countyCode), names.division(c.townCode)].join(' · ')}{c.gridCode ? ` · ${c.gridCode}` : ''}</Descriptions.Item>
        <Descriptions.Item label={t('field.address')} span={2}>{c.address || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.department')}>{names.department(c.departmentId)}</Descriptions.Item>
        <Descriptions.Item label={t('field.seat')}>{names.seat(c.seatId)}</Descriptions.Item>
        <Descriptions.Item label={t('field.reportedAt')}>{fmt(c.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.deadline')}>{fmt(c.deadlineAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.reporter')}>{c.reporter}</Descriptions.Item>
        <Descriptions.Item label={t('field.counters')}>{t('detail.counters', { rework: c.reworkCount, ext: c.extensionCount, sup: c.supervisionCount })}</Descriptions.Item>
        {c.satisfaction !== null && <Descriptions.Item label={t('field.satisfaction')} span={2}>{'★'.repeat(c.satisfaction)}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={5} className="detail-section">{t('attach.title')}</Typography.Title>
      <AttachmentList attachments={c.attachments} />
      <Typography.Title level={5} className="detail-section">{t('detail.timeline')}</Typography.Title>
      <CaseTimeline timeline={timeline} seatName={names.seat} />
      <ActionDialog caseId={c.id} type={acting} directory={dir.directory} onClose={() => setActing(null)} />
      <CaseSheet c={c} timeline={timeline} names={names} />
    </div>
  );
}
