// The case's attachments on its detail: name, size, type, step, when, and the
// SHA-256 to match a copy against.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { formatBytes } from './format.ts';

export function AttachmentList({ attachments }: { attachments: readonly Attachment[] | undefined }) {
  const { t } = useTranslation();
  if (!attachments?.length) return <Typography.Text className="attach-list" data-testid="attachments-none">{t('attach.none')}</Typography.Text>;
  return (
    <Table
      size="small"
      className="attach-list"
      data-testid="attachments"
      pagination={false}
      rowKey={(a) => `${a.sha256}-${a.at}-${a.name}`}
      dataSource={attachments as Attachment[]}
      columns={[
        { title: t('attach.name'), dataIndex: 'name', render: (name: string, a) => <span data-testid="attachment" data-sha256={a.sha256}>{name}</span> },
        { title: t('attach.size'), dataIndex: 'size', render: (n: number) => formatBytes(n), width: 80 },
        { title: t('attach.type'), dataIndex: 'type', render: (v: string, a) => `${v || '—'} · ${t(a.step === 'report' ? 'action.report' : 'action.submit')}` },
        { title: t('attach.sha256'), dataIndex: 'sha256', render: (h: string) => <span className="attach-hash" title={h}>{h.slice(0, 16)}…</span> },
      ]}
    />
  );
}
