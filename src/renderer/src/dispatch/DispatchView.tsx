// The dispatch workstation: work queues and search on the left, the selected
// case in the middle, and the map of the listed cases on the right. Selection
// is shared: pick a case in the list and the map flies to it, click a point
// and the list and detail follow.
import { Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueId } from '../../../shared/queues.ts';
import { useLiveQuery } from '../api/use-live-query.ts';
import { CaseList } from '../cases/CaseList.tsx';
import { CaseMap } from '../map/CaseMap.tsx';
import { CaseDetail } from './CaseDetail.tsx';
import { QueueNav } from './QueueNav.tsx';
import { SeatBoard } from './SeatBoard.tsx';
import { useDirectory } from './use-directory.ts';

export function DispatchView({ attribution }: { attribution: string }) {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<QueueId>('all');
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [middle, setMiddle] = useState<'detail' | 'board'>('detail');
  const dir = useDirectory();
  const counts = useLiveQuery('cases.queueCounts', {}, ['cases.changed']);
  const listed = useLiveQuery('cases.list', { queue, limit: 500 }, ['cases.changed'], search === '');
  const found = useLiveQuery('cases.search', { text: search || '-', limit: 200 }, ['cases.changed'], search !== '');
  const cases = (search ? found : listed) ?? [];
  return (
    <div className="dispatch">
      <aside className="dispatch-list">
        <QueueNav counts={counts} active={queue} onChange={(q) => { setQueue(q); setSearch(''); }} />
        <Input.Search className="case-search" placeholder={t('dispatch.search')} allowClear onSearch={(v) => setSearch(v.trim())} data-testid="case-search" />
        <div className="list-count" data-testid="case-count">{t('cases.count', { count: cases.length })}</div>
        <CaseList cases={cases} selectedId={selectedId} onSelect={(id) => { setSelectedId(id); setMiddle('detail'); }} />
      </aside>
      <section className="dispatch-detail">
        <Segmented
          className="middle-switch"
          value={middle}
          onChange={(v) => setMiddle(v as 'detail' | 'board')}
          options={[{ value: 'detail', label: t('board.detail') }, { value: 'board', label: t('board.title') }]}
          data-testid="middle-switch"
        />
        {middle === 'detail' ? <CaseDetail caseId={selectedId} dir={dir} /> : <SeatBoard />}
      </section>
      <section className="dispatch-map">
        <CaseMap cases={cases} attribution={attribution} selectedId={selectedId} onSelect={setSelectedId} />
      </section>
    </div>
  );
}
