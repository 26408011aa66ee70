// Picking files to attach to a report or a result: each file's name, size,
// type and SHA-256 (computed here, from the bytes) become the attachment's
// record. A form control: value and onChange are the list of records.
import { App as AntApp, Button, Space, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type Attachment } from '../../../shared/domain/attachment.ts';
import { formatBytes } from './format.ts';

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Props = { step: Attachment['step']; value?: Attachment[]; onChange?: (v: Attachment[]) => void };

export function AttachmentPicker({ step, value = [], onChange }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const add = async (files: FileList | null) => {
    const picked = [...(files ?? [])];
    if (input.current) input.current.value = '';
    if (picked.some((f) => f.size > MAX_ATTACHMENT_BYTES)) return void message.error(t('attach.tooBig', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }));
    if (value.length + picked.length > MAX_ATTACHMENTS) return void message.error(t('attach.tooMany', { count: MAX_ATTACHMENTS }));
    setReading(true);
    try {
      const at = new Date().toISOString();
      const records = await Promise.all(picked.map(async (f) => ({ name: f.name, size: f.size, type: f.type.slice(0, 100), sha256: await sha256Hex(f), step, at })));
      onChange?.([...value, ...records]);
    } finally {
      setReading(false);
    }
  };
  return (
    <Space wrap size={4} data-testid="attach-picker">
      <input ref={input} type="file" multiple hidden onChange={(e) => void add(e.target.files)} data-testid="attach-input" aria-label={t('attach.add')} />
      <Button size="small" loading={reading} onClick={() => input.current?.click()}>{t('attach.add')}</Button>
      {value.map((a, i) => (
        <Tag key={`${a.sha256}-${i}`} closable onClose={() => onChange?.(value.filter((_, j) => j !== i))} data-testid="attach-picked">
          {a.name} · {formatBytes(a.size)}
        </Tag>
      ))}
    </Space>
  );
}
