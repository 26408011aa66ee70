// The 微心愿 behind the 认领率 tile: which wishes wait for a party member, where, and for how long
// ("居民点单、组织下单、党员接单": the organisation reads here whom to ask next).
import { Drawer, Segmented, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Wish } from '../../../../shared/domain/model.ts';
import { useLiveQuery } from '../../api/use-live-query.ts';
import { useDirectory } from '../../dispatch/use-directory.ts';
import { useDateTime } from '../../i18n/date-time.ts';
import { daysWaiting, wishCounts, wishesIn, wishViews, type WishView } from './wish-list.ts';

const STATE_COLOR: Record<Wish['state'], string> = { open: 'orange', claimed: 'blue', fulfilled: 'green' };

export function WishesDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { names } = useDirectory();
  const dateTime = useDateTime();
  const answer = useLiveQuery('wishes.list', {}, ['metrics.changed'], open);
  const [view, setView] = useState<WishView>('open');
  const wishes = useMemo(() => answer?.wishes ?? [], [answer]);
  const counts = wishCounts(wishes);
  const shown = useMemo(() => wishesIn(wishes, view), [wishes, view]);
  // Waited as of the list's own time: the wishes are fetched afresh as they change.
  const asOf = answer?.fetchedAt ? Date.parse(answer.fetchedAt) : null;
  return (
    <Drawer open={open} onClose={onClose} width={760} title={t('wishes.title')} destroyOnHidden data-testid="wishes-drawer">
      <Segmented
        tabIndex={-1}
        value={view}
        onChange={(v) => setView(v as WishView)}
        options={wishViews.map((v) => ({ value: v, label: <span data-testid={`wishes-view-${v}`} data-count={counts[v]}>{t(`wishes.view.${v}`)} {counts[v]}</span> }))}
      />
      <Table<Wish>
        className="wishes-table"
        size="small"
        rowKey="id"
        loading={answer === undefined}
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: t('wishes.empty') }}
        data-testid="wishes-table"
        columns={[
          { key: 'title', title: t('wishes.wish'), dataIndex: 'title', ellipsis: true },
          { key: 'community', title: t('wishes.community'), render: (_, w) => names.community(w.communityCode), width: 170, ellipsis: true },
          { key: 'state', title: t('wishes.state'), render: (_, w) => <Tag color={STATE_COLOR[w.state]}>{t(`wishes.view.${w.state}`)}</Tag>, width: 90 },
          {
            key: 'when', title: view === 'open' ? t('wishes.waiting') : view === 'all' ? t('wishes.either') : t('wishes.taken'), width: 190,
            render: (_, w) => (w.state === 'open' ? (asOf === null ? '—' : t('wishes.days', { count: daysWaiting(w, asOf) })) : `${w.claimedBy ?? '—'} · ${dateTime(w.claimedAt)}`),
          },
        ]}
      />
      {answer?.fetchedAt && <div className="wishes-fetched">{t('wishes.fetched', { at: dateTime(answer.fetchedAt) })}</div>}
    </Drawer>
  );
}
