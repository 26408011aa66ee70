// The case's attachments on its detail: name, size, type, step, the SHA-256
// to match a copy against, where the bytes are (本地待上传 / 已上传 …), and a
// button that opens the file — from this workstation's store, or fetched from
// the center when only the center has it.
import { App as AntApp, Button, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentState } from '../../../shared/domain/attachment.ts';
import { useApi } from '../api/context.ts';
import type { Api } from '../api/client.ts';
import type { QueryOutput } from '../../../shared/contract.ts';
import { readFile } from './attachment-bytes.ts';
import { formatBytes } from './format.ts';
import { errorText, sayRefusal } from '../i18n/refusal.ts';

type States = QueryOutput<'attachments.status'>;
/** While bytes are still on their way to the center from another workstation, ask again this often. */
const MISSING_POLL_MS = 5000;

/**
 * Where each attachment's bytes are: asked at once, again whenever the core says attachment states may
 * have changed, and every few seconds while some are not yet on the center (another workstation is
 * still to upload them, which no event here announces).
 */
function useAttachmentStates(api: Api, hashes: string[]): States | undefined {
  const [states, setStates] = useState<States>();
  const key = hashes.join(',');
  useEffect(() => {
    if (!key) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void api.query('attachments.status', { hashes: key.split(',') }).then((s) => {
        if (!alive) return;
        setStates(s);
        clearTimeout(timer);
        if (s.some((x) => x.state === 'missing')) timer = setTimeout(load, MISSING_POLL_MS);
      }, () => undefined);
    const off = api.on('attachments.changed', load);
    load();
    return () => {
      alive = false;
      clearTimeout(timer);
      off();
    };
  }, [api, key]);
  return states;
}

const STATE_COLOR: Record<AttachmentState, string> = { pending: 'gold', uploaded: 'green', failed: 'red', missing: 'default', unknown: 'default' };

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function AttachmentList({ attachments }: { attachments: readonly Attachment[] | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = AntApp.useApp();
  const [opening, setOpening] = useState<string | null>(null);
  const hashes = [...new Set((attachments ?? []).map((a) => a.sha256))];
  const states = useAttachmentStates(api, hashes);
  if (!attachments?.length) return <Typography.Text className="attach-list" data-testid="attachments-none">{t('attach.none')}</Typography.Text>;
  const stateOf = (sha256: string) => states?.find((s) => s.sha256 === sha256);
  const open = async (a: Attachment) => {
    setOpening(a.sha256);
    try {
      save(await readFile(api, a.sha256), a.name);
    } catch (err) {
      message.error(t('attach.downloadFailed', { reason: errorText(err, t) }));
    } finally {
      setOpening(null);
    }
  };
  return (
    <Table
      size="small"
      className="attach-list"
      data-testid="attachments"
      pagination={false}
      rowKey={(a) => `${a.sha256}-${a.at}-${a.name}`}
      dataSource={attachments as Attachment[]}
      columns={[
        // The hash under the name and the kind in one column: six columns left the name and the hash a few letters wide on a 1,366 px screen.
        {
          title: t('attach.name'), dataIndex: 'name', render: (name: string, a) => (
            <>
              <div className="attach-name" data-testid="attachment" data-sha256={a.sha256}>{name}</div>
              <div className="attach-hash" title={a.sha256}>{t('attach.sha256')} {a.sha256.slice(0, 16)}…</div>
            </>
          ),
        },
        { title: t('attach.type'), key: 'kind', render: (_: unknown, a) => [formatBytes(a.size), a.type || '—', t(a.step === 'report' ? 'action.report' : 'action.submit')].join(' · ') },
        {
          title: t('attach.stateLabel'), key: 'state', render: (_: unknown, a) => {
            const s = stateOf(a.sha256);
            return s ? <Tag color={STATE_COLOR[s.state]} title={s.error === null ? undefined : sayRefusal(s.error, t)} data-testid="attachment-state" data-state={s.state}>{t(`attach.state.${s.state}`)}</Tag> : null;
          },
        },
        {
          title: t('attach.open'), key: 'open', render: (_: unknown, a) => (
            <Button size="small" autoInsertSpace={false} loading={opening === a.sha256} onClick={() => void open(a)} aria-label={t('attach.openName', { name: a.name })} data-testid="attachment-open">
              {t('attach.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
