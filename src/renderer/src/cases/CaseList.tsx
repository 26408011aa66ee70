// The case list: newest first, with code, priority, state and a mark on
// cases the center has not confirmed yet. A case selected elsewhere (on the
// map, in the grid card, by search) is scrolled into view. Under the pointer
// the rows hold still: new cases wait in a bar above them (steady-list.ts).
import { Button, List, Tag, Typography, type SpinProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem } from '../../../shared/contract.ts';
import { queues } from '../../../shared/queues.ts';
import { useDateTime } from '../i18n/date-time.ts';
import { steadyList } from './steady-list.ts';

const PRIORITY_COLORS = { normal: 'cyan', urgent: 'orange', critical: 'red' } as const;

type Props = {
  cases: readonly CaseListItem[];
  /** The list is being asked: nothing is claimed empty meanwhile, and a spinner shows only if it takes a while. */
  loading?: boolean;
  selectedId: string | null; onSelect: (id: string) => void;
  /** Names the list the rows answer (queue, filter, sort, search): another list is shown whole at once, never held. While a new filter is asked the rows shown are still the old list's, and keep its key. */
  listKey?: string;
  /** Rows drag onto the seat board's seats: only for a role that may dispatch (a seat would drop and be refused). */
  draggable?: boolean;
};

/** A closed case's 督办 is history: the list marks the cases the 督办 queue holds, those it still presses. */
const SUPERVISED_STATES: ReadonlySet<string> = new Set(queues.supervised.states);

/** A list that answers at once (most do) shows no spinner at all: it would only flicker. */
const SPINNER_DELAY_MS = 300;

export function CaseList({ cases: latest, loading = false, selectedId, onSelect, listKey = '', draggable = false }: Props) {
  const { t } = useTranslation();
  const fmt = useDateTime();
  const box = useRef<HTMLDivElement>(null);
  // The ids shown when the pointer came over the list, for the list it was over.
  const [held, setHeld] = useState<{ key: string; ids: ReadonlySet<string> } | null>(null);
  const holding = held && held.key === listKey && !(selectedId && !held.ids.has(selectedId) && latest.some((c) => c.id === selectedId)) ? held.ids : null;
  const { cases, heldBack } = steadyList(latest, holding);
  const hold = () => setHeld({ key: listKey, ids: new Set(latest.map((c) => c.id)) });
  useEffect(() => {
    if (!selectedId) return;
    // 'nearest' leaves a row already on screen where it is: a click in the list does not jump it.
    box.current?.querySelector(`[data-case-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  return (
    <div ref={box} className="case-list-box" onPointerEnter={hold} onPointerLeave={() => setHeld(null)}>
    {heldBack > 0 && (
      <Button type="link" size="small" className="case-list-held" onClick={hold} data-testid="case-list-held">{t('cases.heldBack', { count: heldBack })}</Button>
    )}
    {/* The scrolling region, reached by keyboard too (its rows are picked with j/k). */}
    {/* With the focus on it, the arrows pick the next or previous case as j/k do anywhere. */}
    <div className="case-list-scroll" tabIndex={0} aria-label={t('cases.title')} data-testid="case-list"
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const i = cases.findIndex((c) => c.id === selectedId);
        const next = cases[i < 0 ? 0 : Math.max(0, Math.min(cases.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
        if (next) onSelect(next.id);
      }}>
    <List
      className="case-list"
      dataSource={cases as CaseListItem[]}
      // Not a live region: with the simulator running, a screen reader would read the list out all day.
      loading={{ spinning: loading, delay: SPINNER_DELAY_MS, 'aria-live': 'off' } as SpinProps}
      locale={{ emptyText: t('cases.empty') }}
      renderItem={(c) => (
        <List.Item
          key={c.id}
          data-testid="case-item"
          data-case-id={c.id}
          aria-current={c.id === selectedId ? 'true' : undefined}
          className={c.id === selectedId ? 'case-item selected' : 'case-item'}
          onClick={() => onSelect(c.id)}
          draggable={draggable}
          onDragStart={draggable ? (e) => e.dataTransfer.setData('application/x-gcc-case', c.id) : undefined}
        >
          <div className="case-item-body">
            <div className="case-item-head">
              <Typography.Text strong className="case-title">{c.title}</Typography.Text>
              {c.supervisionCount > 0 && SUPERVISED_STATES.has(c.state) && <Tag color="magenta" data-testid="case-supervised">{t('cases.supervised')}</Tag>}
              <Tag color={PRIORITY_COLORS[c.priority]}>{t(`priority.${c.priority}`)}</Tag>
            </div>
            <div className="case-item-meta">
              <span className="case-code">{c.code ?? t('cases.noCode')}</span>
              <Tag>{t(`state.${c.state}`)}</Tag>
              {c.pending && <Tag color="gold">{t('cases.pending')}</Tag>}
              <span className="case-time">{fmt(c.reportedAt)}</span>
            </div>
            {c.address && <div className="case-address">{c.address}</div>}
          </div>
        </List.Item>
      )}
    />
    </div>
    </div>
  );
}
