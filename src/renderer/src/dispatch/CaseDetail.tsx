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
import { useElementWidth } from '../app/use-element-width.ts';

type Props = { caseId: string | null; dir: ReturnType<typeof useDirectory> };

/** The fields' width (px) from which they go two to a row. */
const TWO_COLUMNS_MIN = 600;

/** Actions beside the case's next step (a refusal, a request, a word from above): outlined, so the step itself stands out. */
const SIDE_ACTIONS: ReadonlySet<string> = new Set<CaseActionType>(['reject', 'return', 'verifyFail', 'requestExtension', 'requestPark', 'denyExtension', 'denyPark', 'supervise', 'instruct']);

export function CaseDetail({ caseId, dir }: Props) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const [acting, setActing] = useState<CaseActionType | null>(null);
  // Two pairs of label and value a row need room: in a narrower pane codes and times broke mid-word.
  const [fieldsBox, fieldsWidth] = useElementWidth();
  const twoColumns = (fieldsWidth ?? 0) >= TWO_COLUMNS_MIN;
  const id = caseId ?? '00000000-0000-7000-8000-000000000000';
  const c = useLiveQuery('cases.get', { id }, ['cases.changed'], caseId !== null);
  const actions = useLiveQuery('cases.actions', { id }, ['cases.changed'], caseId !== null);
  const timeline = useLiveQuery('cases.timeline', { id }, ['cases.changed'], caseId !== null);
  if (!caseId || !c || c.id !== caseId) return <Empty className="detail-empty" description={t('detail.pick')} />;
  const { names } = dir;
  // A request awaiting the dispatcher, said once for the tag and the field.
  const extension = c.pendingExtensionHours === null ? null : t('detail.pendingExtension', { hours: c.pendingExtensionHours, count: c.pendingExtensionHours });
  const pending = [
    ...(extension === null ? [] : [`${extension}${c.pendingExtensionReason ? t('list.colon') + c.pendingExtensionReason : ''}`]),
    ...(c.pendingParkReason === null ? [] : [`${t('detail.pendingPark')}${t('list.colon')}${c.pendingParkReason}`]),
  ];
  return (
    <div className="case-detail" data-testid="case-detail" data-state={c.state}>
      <div className="detail-head">
        <Typography.Title level={4} className="detail-title">{c.title}</Typography.Title>
        <Space wrap>
          <Tag color="blue" data-testid="detail-state">{t(`state.${c.state}`)}</Tag>
          <Tag color={c.priority === 'critical' ? 'red' : c.priority === 'urgent' ? 'orange' : 'cyan'}>{t(`priority.${c.priority}`)}</Tag>
          <SlaLight c={c} now={new Date().toISOString()} />
          {c.pending && <Tag color="gold" data-testid="detail-pending">{t('cases.pending')}</Tag>}
          {c.supervisionCount > 0 && <Tag color="magenta" data-testid="detail-supervised">{t('cases.supervised')} × {c.supervisionCount}</Tag>}
          {extension !== null && <Tag color="gold" data-testid="detail-pending-extension">{extension}</Tag>}
          {c.pendingParkReason !== null && <Tag color="gold" data-testid="detail-pending-park">{t('detail.pendingPark')}</Tag>}
        </Space>
      </div>
      <Space wrap className="detail-actions" data-testid="case-actions">
        <Button onClick={() => window.print()} data-testid="print-sheet">{t('detail.print')}</Button>
        {/* Alt+1…9 press the first nine (use-shortcuts.ts): each says its key. */}
        {(actions ?? []).map((type, i) => (
          <Button key={type} type={SIDE_ACTIONS.has(type) ? 'default' : 'primary'} danger={type === 'reject' || type === 'verifyFail'} onClick={() => setActing(type as CaseActionType)} data-testid={`act-${type}`}
            aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined} title={i < 9 ? t('detail.actionKey', { key: `Alt+${i + 1}` }) : undefined}>
            {t(`action.${type}`)}
          </Button>
        ))}
      </Space>
      <div ref={fieldsBox}>
      <Descriptions size="small" column={twoColumns ? 2 : 1} bordered className="detail-fields" data-columns={twoColumns ? 2 : 1}>
        <Descriptions.Item label={t('field.code')}>{c.code ?? t('cases.noCode')}</Descriptions.Item>
        <Descriptions.Item label={t('field.source')}>{t(`source.${c.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.category')} span={2}>{names.category(c.categoryKind, c.categoryCode)}</Descriptions.Item>
        {/* Not `description && …`: an empty description is a '' child, which Descriptions lays out as an empty field. */}
        {c.description ? <Descriptions.Item label={t('field.description')} span={2}><span className="detail-description" data-testid="detail-description">{c.description}</span></Descriptions.Item> : null}
        {pending.length > 0 ? <Descriptions.Item label={t('field.pending')} span={2}>{pending.join(t('list.separator'))}</Descriptions.Item> : null}
        <Descriptions.Item label={t('field.place')} span={2}><span data-testid="detail-place">{names.place(c)}</span></Descriptions.Item>
        <Descriptions.Item label={t('field.address')} span={2}>{c.address || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.department')}>{names.department(c.departmentId)}</Descriptions.Item>
        <Descriptions.Item label={t('field.seat')}>{names.seat(c.seatId)}</Descriptions.Item>
        <Descriptions.Item label={t('field.reportedAt')}>{fmt(c.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.deadline')}>{fmt(c.deadlineAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.reporter')}>{names.reporter(c.reporter)}</Descriptions.Item>
        <Descriptions.Item label={t('field.counters')}>{t('detail.counters', { rework: c.reworkCount, ext: c.extensionCount, sup: c.supervisionCount })}</Descriptions.Item>
        {c.satisfaction !== null && <Descriptions.Item label={t('field.satisfaction')} span={2}>{'★'.repeat(c.satisfaction)}</Descriptions.Item>}
      </Descriptions>
      </div>
      <Typography.Title level={5} className="detail-section">{t('attach.title')}</Typography.Title>
      <AttachmentList attachments={c.attachments} />
      <Typography.Title level={5} className="detail-section">{t('detail.timeline')}</Typography.Title>
      <CaseTimeline timeline={timeline} seatName={names.seat} personName={names.person} />
      <ActionDialog caseId={c.id} type={acting} directory={dir.directory} requestedHours={c.pendingExtensionHours} onClose={() => setActing(null)} />
      <CaseSheet c={c} timeline={timeline} names={names} />
    </div>
  );
}
