// The dispatch workstation: work queues and search on the left, the selected
// case in the middle, and the map of the listed cases on the right. Selection
// is shared: pick a case in the list and the map flies to it, click a point
// and the list and detail follow. Filters and sort narrow what the list, the
// map and the export show; #/dispatch?queue=…&platform=…&q=… opens a view.
// In a window too narrow for three columns the map is the middle's third view.
import { chinaDate } from '../platforms/data/china-time.ts';
import { App as AntApp, Button, Input, Segmented, Space, type InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figureQueueIds, offeredQueue, queueLabelKey, type QueueId } from '../../../shared/queues.ts';
import { mayDispatch } from '../../../shared/domain/case-rules.ts';
import { useLiveAnswer, useLiveQuery } from '../api/use-live-query.ts';
import { useMediaQuery } from '../app/use-media-query.ts';
import { listCount } from './list-count.ts';
import { useLiveCaseList } from '../api/use-live-case-list.ts';
import { useApi } from '../api/context.ts';
import { CaseList } from '../cases/CaseList.tsx';
import { CaseMap } from '../map/CaseMap.tsx';
import { CaseDetail } from './CaseDetail.tsx';
import { QueueNav } from './QueueNav.tsx';
import { SeatBoard } from './SeatBoard.tsx';
import { KpiStrip } from './KpiStrip.tsx';
import { caseRows, download, toCsv, toXlsx } from './export-cases.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import { caseList, focusIfLost } from '../app/focus-if-lost.ts';
import { SearchGlyph } from '../app/SearchGlyph.tsx';
import { ScopeNote } from '../app/ScopeNote.tsx';
import { useDirectory } from './use-directory.ts';
import { linkFilter, parseDispatchLink, useDispatchLink } from './dispatch-link.ts';
import { ListFilters } from './ListFilters.tsx';
import { errorText } from '../i18n/refusal.ts';
import { activeFilters, applyFilter, type ListFilter, type SortKey } from './list-filters.ts';

const LIST_LIMIT = 500;
const EXPORT_LIMIT = 5000;
/** Under this the list, the case and the map do not fit side by side (styles.css .dispatch.narrow). */
const NARROW = '(max-width: 1239px)';
type Middle = 'detail' | 'board' | 'map';

export function DispatchView({ attribution }: { attribution: string }) {
  const { t } = useTranslation();
  // The address may name a view (#/dispatch?queue=…&platform=…&q=…): at start and whenever it changes.
  const [initial] = useState(() => parseDispatchLink(location.hash));
  const [askedQueue, setQueue] = useState<QueueId>(initial.queue ?? 'all');
  const [search, setSearch] = useState(initial.q ?? '');
  const [searchText, setSearchText] = useState(initial.q ?? '');
  const [filter, setFilter] = useState<ListFilter>(() => linkFilter(initial));
  const [sort, setSort] = useState<SortKey>('newest');
  useDispatchLink((link) => {
    if (link.queue) setQueue(link.queue);
    setFilter(linkFilter(link));
    setSearch(link.q ?? '');
    setSearchText(link.q ?? '');
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [middle, setMiddle] = useState<Middle>('detail');
  const narrow = useMediaQuery(NARROW);
  const shown: Middle = middle === 'map' && !narrow ? 'detail' : middle;
  const dir = useDirectory();
  const role = useLiveQuery('session.info', {}, ['link.changed'])?.role;
  const canDispatch = !!role && mayDispatch(role);
  // A link may name a queue this role is not offered (a seat opening ?queue=intake): its list is 全部, with its chip lit.
  const queue = offeredQueue(askedQueue, role);
  // The chips count what the list would show under the same filter (a platform link narrows them all).
  const countsAnswer = useLiveAnswer('cases.queueCounts', { filter, also: figureQueueIds.includes(queue) ? [queue] : [] }, ['cases.changed'], true, 0, true);
  const counts = countsAnswer.data;
  // A queue is filtered and sorted by the core over the whole cache; the list shows the first LIST_LIMIT.
  // With the ids the core named as changed, so the map updates just those cases.
  // The list and its count keep their last answer while a new filter or sort of the same queue is
  // asked (they do not blink empty), never another queue's: that one shows nothing until its own comes.
  const sameQueue = (answered: { queue?: QueueId }) => answered.queue === queue;
  const live = useLiveCaseList('cases.list', { queue, limit: LIST_LIMIT, filter, sort }, search === '', sameQueue);
  const listed = live.cases;
  // A full list is counted by its queue's chip, the one answer both read (two counts asked apart
  // disagreed while cases moved); a chip still counting another filter gives no total yet. A shorter
  // list is already all of it.
  const full = listed?.length === LIST_LIMIT;
  const total = full ? (countsAnswer.current ? counts?.[queue] : undefined) : listed?.length;
  // The search keeps its last answer while new text is asked: its hits do not blink empty either.
  const found = useLiveQuery('cases.search', { text: search || '-', limit: 200 }, ['cases.changed'], search !== '', 0, true);
  // Search hits are narrowed here by the same rules. Lights change with time, not only with data:
  // the filter is re-run on every refresh of the hits.
  const cases = useMemo(() => (search ? applyFilter(found ?? [], filter, sort, new Date().toISOString()) : (listed ?? [])), [search, found, listed, filter, sort]);
  // The queue's list not come yet: the list claims neither "no cases" nor a count, and the map keeps
  // its points until the list comes (emptied, its clusters could stay blank up to CHANGE_REDRAW_EVERY_MS).
  const asking = !search && listed === undefined;
  const api = useApi();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState<'xlsx' | 'csv' | null>(null);
  const [palette, setPalette] = useState(false);
  const searchBox = useRef<InputRef>(null);
  const select = (id: string) => {
    setSelectedId(id);
    setMiddle('detail');
  };
  // Picked on the map where the map is the middle's view, the map stays: the list follows, the case is a click away.
  const selectOnMap = (id: string) => {
    setSelectedId(id);
    setMiddle((m) => (m === 'map' ? 'map' : 'detail'));
  };
  const clickAction = (selector: string) => (document.querySelector(selector) as HTMLButtonElement | null)?.click();
  useShortcuts(
    useMemo(
      () => ({
        palette: () => setPalette(true),
        search: () => searchBox.current?.focus(),
        move: (delta: 1 | -1) => {
          const i = cases.findIndex((c) => c.id === selectedId);
          const next = cases[Math.max(0, Math.min(cases.length - 1, i + delta))];
          if (next) select(next.id);
        },
        action: (n: number) => (document.querySelectorAll<HTMLButtonElement>('[data-testid="case-actions"] [data-testid^="act-"]')[n])?.click(),
      }),
      [cases, selectedId],
    ),
  );
  const exportList = async (format: 'xlsx' | 'csv') => {
    setExporting(format);
    try {
      // The export takes the whole filtered queue (up to the contract's 5,000), not only the rows shown.
      const rows = search ? cases : await api.query('cases.list', { queue, limit: EXPORT_LIMIT, filter, sort });
      const table = caseRows(rows, dir.names, (k) => t(k));
      const narrowed = activeFilters(filter).length ? `-${t('filter.exported')}` : '';
      const queueName = t(queueLabelKey(queue, role));
      const name = `${t('export.file')}-${search ? t('export.search') : queueName}${narrowed}-${chinaDate(Date.now())}`;
      download(format === 'csv' ? new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }) : await toXlsx(table, queueName), `${name}.${format}`);
    } catch (err) {
      message.error(errorText(err, t));
    } finally {
      setExporting(null);
    }
  };
  const countLine = listCount({ asking, search: search !== '', full, shown: cases.length, total });
  return (
    <div className={`dispatch${narrow ? ' narrow' : ''}${shown === 'map' ? ' map-shown' : ''}`} data-testid="dispatch">
      <aside className="dispatch-list">
        <QueueNav counts={counts} active={queue} role={role} onChange={(q) => { setQueue(q); setSearch(''); setSearchText(''); }} />
        <Input.Search
          ref={searchBox} className="case-search" placeholder={t('dispatch.search')} aria-label={t('dispatch.search')} allowClear
          value={searchText} onChange={(e) => setSearchText(e.target.value)} onSearch={(v) => setSearch(v.trim())} data-testid="case-search"
          searchIcon={<SearchGlyph label={t('dispatch.searchButton')} />}
        />
        <ListFilters cases={cases} directory={dir.directory} filter={filter} sort={sort} names={dir.names} onFilter={setFilter} onSort={setSort} />
        {figureQueueIds.includes(queue) && !search && (
          <div className="list-figure-scope" data-testid="list-figure-scope" data-queue={queue}>
            <span>{t(`dispatch.figureScope.${queue}`)}</span>
            <Button size="small" type="link" onClick={() => setQueue('all')}>{t('dispatch.backToQueues')}</Button>
          </div>
        )}
        <div className="list-count">
          <span data-testid="case-count" data-total={asking ? undefined : search ? cases.length : (total ?? (full ? undefined : cases.length))}>
            {countLine && t(countLine.key, { count: countLine.count, shown: countLine.shown })}
          </span>
          <Space size={4}>
            <Button size="small" loading={exporting === 'xlsx'} disabled={exporting !== null} onClick={() => void exportList('xlsx')} data-testid="export-xlsx">{t('export.xlsx')}</Button>
            <Button size="small" loading={exporting === 'csv'} disabled={exporting !== null} onClick={() => void exportList('csv')} data-testid="export-csv">{t('export.csv')}</Button>
          </Space>
        </div>
        <CaseList cases={cases} loading={asking} selectedId={selectedId} onSelect={select} listKey={search ? JSON.stringify([search, filter, sort]) : (live.key ?? '')} draggable={canDispatch} />
      </aside>
      <section className="dispatch-detail">
        <Segmented
          tabIndex={-1}
          className="middle-switch"
          value={shown}
          onChange={(v) => setMiddle(v as Middle)}
          options={[{ value: 'detail', label: t('board.detail') }, { value: 'board', label: t('board.title') }, ...(narrow ? [{ value: 'map', label: t('board.map') }] : [])]}
          aria-label={t('board.switch')}
          data-testid="middle-switch"
        />
        {shown === 'detail' ? <CaseDetail caseId={selectedId} dir={dir} /> : shown === 'board' ? <><ScopeNote testId="board-scope" /><KpiStrip /><SeatBoard dropToDispatch={canDispatch} /></> : null}
      </section>
      {palette && <CommandPalette
        open
        onClose={() => {
          setPalette(false);
          focusIfLost(caseList);
        }}
        selectedId={selectedId}
        role={role}
        onQueue={(q) => { setQueue(q); setSearch(''); setSearchText(''); }}
        onSelect={select}
        onAction={(type) => clickAction(`[data-testid="act-${type}"]`)}
      />}
      <section className="dispatch-map">
        <CaseMap cases={asking ? undefined : cases} changes={search ? null : live.changes} attribution={attribution} selectedId={selectedId} onSelect={selectOnMap} />
      </section>
    </div>
  );
}
