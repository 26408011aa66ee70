// Picking files to attach to a report or a result: each file's bytes go to
// the core's store (kept there, uploaded when the link is up), and its name,
// size, type and SHA-256 become the attachment's record — only once the bytes
// are safely stored. A form control: value and onChange are the list of records.
import { App as AntApp, Button, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type Attachment } from '../../../shared/domain/attachment.ts';
import { useApi } from '../api/context.ts';
import { storeFile } from './attachment-bytes.ts';
import { formatBytes } from './format.ts';
import { errorText } from '../i18n/refusal.ts';

type Props = {
  step: Attachment['step'];
  value?: Attachment[];
  onChange?: (v: Attachment[]) => void;
  /** Told while files are being stored: the dialog holding the picker must not submit without them. */
  onBusy?: (busy: boolean) => void;
};

export function AttachmentPicker({ step, value = [], onChange, onBusy }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const add = async (files: FileList | null) => {
    const picked = [...(files ?? [])];
    if (input.current) input.current.value = '';
    if (picked.some((f) => f.size > MAX_ATTACHMENT_BYTES)) return void message.error(t('attach.tooBig', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }));
    if (value.length + picked.length > MAX_ATTACHMENTS) return void message.error(t('attach.tooMany', { count: MAX_ATTACHMENTS }));
    setReading(true);
    onBusy?.(true);
    const at = new Date().toISOString();
    const records: Attachment[] = [];
    try {
      // One at a time: each file crosses the contract in chunks, and a 20 MB file is enough at once.
      for (const f of picked) records.push({ name: f.name, size: f.size, type: f.type.slice(0, 100), sha256: await storeFile(api, f), step, at });
    } catch (err) {
      message.error(t('attach.storeFailed', { reason: errorText(err, t) }));
    } finally {
      // The files stored before a failure are attached; the rest may be picked again.
      if (records.length) onChange?.([...value, ...records]);
      setReading(false);
      onBusy?.(false);
    }
  };
  return (
    <Space wrap size={4} data-testid="attach-picker">
      {/* Hidden inline too: antd's form styles give every file input display: block, over `hidden`. */}
      <input ref={input} type="file" multiple hidden style={{ display: 'none' }} onChange={(e) => void add(e.target.files)} data-testid="attach-input" aria-label={t('attach.add')} />
      <Button size="small" loading={reading} onClick={() => input.current?.click()}>{t('attach.add')}</Button>
      {value.map((a, i) => (
        <Tag key={`${a.sha256}-${i}`} closable onClose={() => onChange?.(value.filter((_, j) => j !== i))} data-testid="attach-picked">
          {a.name} · {formatBytes(a.size)}
        </Tag>
      ))}
    </Space>
  );
}
