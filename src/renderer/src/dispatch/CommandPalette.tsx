// Ctrl+K: find any action or case by typing. Queues, screens, the actions the
// selected case allows, and cases matching the text.
import { Input, List, Modal, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { queueLabelKey, workQueuesFor, type QueueId } from '../../../shared/queues.ts';
import { useApi } from '../api/context.ts';
import { routes } from '../app/routes.ts';

export type PaletteItem = { key: string; label: string; hint: string; run: () => void };

type Props = {
  open: boolean;
  onClose: () => void;
  selectedId: string | null;
  /** The signed-in role: a seat is offered the queues it can hold cases in. */
  role: string | undefined;
  onQueue: (q: QueueId) => void;
  onSelect: (id: string) => void;
  onAction: (type: string) => void;
};

export function CommandPalette({ open, onClose, selectedId, onQueue, onSelect, onAction, role }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [actions, setActions] = useState<string[]>([]);
  const [cases, setCases] = useState<CaseListItem[]>([]);
  const input = useRef<InputRef>(null);

  // Mounted fresh each time it opens, so its state starts empty.
  useEffect(() => {
    if (selectedId) void api.query('cases.actions', { id: selectedId }).then(setActions, () => setActions([]));
    const focus = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(focus);
  }, [selectedId, api]);
  useEffect(() => {
    const q = text.trim();
    if (q === '') return;
    const handle = setTimeout(() => void api.query('cases.search', { text: q, limit: 8 }).then(setCases, () => setCases([])), 120);
    return () => clearTimeout(handle);
  }, [text, api]);

  const items = useMemo<PaletteItem[]>(() => {
    const shownCases = text.trim() ? cases : [];
    const shownActions = selectedId ? actions : [];
    const all: PaletteItem[] = [
      ...shownActions.map((a) => ({ key: `act:${a}`, label: t(`action.${a}`), hint: t('palette.action'), run: () => onAction(a) })),
      ...workQueuesFor(role).map((q) => ({ key: `queue:${q}`, label: t(queueLabelKey(q, role)), hint: t('palette.queue'), run: () => onQueue(q) })),
      ...routes.map((r) => ({ key: `nav:${r}`, label: t(`nav.${r}`), hint: t('palette.screen'), run: () => void (location.hash = `#/${r}`) })),
      ...shownCases.map((c) => ({ key: `case:${c.id}`, label: `${c.code ?? ''} ${c.title}`, hint: t('palette.case'), run: () => onSelect(c.id) })),
    ];
    // Typed in any case: "overdue" finds Overdue.
    const q = text.trim().toLocaleLowerCase();
    return q ? all.filter((i) => i.key.startsWith('case:') || i.label.toLocaleLowerCase().includes(q)) : all;
  }, [actions, cases, selectedId, text, t, onAction, onQueue, onSelect, role]);

  // The row the arrows reach is the row shown as active, scrolled into sight (all rows are listed).
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('.palette-item.active')?.scrollIntoView({ block: 'nearest' });
  }, [active, items]);

  const run = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };
  return (
    <Modal open={open} onCancel={onClose} footer={null} closable={false} title={t('palette.title')} width={560} destroyOnHidden>
      <Input
        ref={input}
        value={text}
        placeholder={t('palette.placeholder')}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(items.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') run(items[active]);
          else return;
          e.preventDefault();
        }}
        data-testid="palette-input"
        aria-label={t('palette.title')}
        role="combobox"
        aria-expanded
        aria-controls="palette-list"
        aria-activedescendant={items[active] ? `palette-item-${active}` : undefined}
      />
      <div ref={list} id="palette-list" role="listbox" aria-label={t('palette.title')}>
        <List
          className="palette-list"
          dataSource={items}
          renderItem={(item, i) => (
            <List.Item id={`palette-item-${i}`} role="option" aria-selected={i === active} className={i === active ? 'palette-item active' : 'palette-item'} onClick={() => run(item)} data-testid="palette-item">
              <span>{item.label}</span>
              <span className="palette-hint">{item.hint}</span>
            </List.Item>
          )}
        />
      </div>
      <div className="palette-keys" data-testid="palette-keys">{t('palette.keys')}</div>
    </Modal>
  );
}
