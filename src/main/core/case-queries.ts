// Read queries over the view the operator sees: the seat's work queue and
// full-text search. Both answer from indexes, so they stay fast with a
// million cached cases.
import type { CaseListItem } from '../../shared/contract.ts';
import { caseSchema, type Case } from '../../shared/domain/case.ts';
import { queueIds, queues, workQueueIds, type QueueDef, type QueueId } from '../../shared/queues.ts';
import { shortQueryMatch, shortQueryText, trigramMatch } from '../../shared/text-grams.ts';
import type { Platform } from '../../shared/domain/model.ts';
import { LIT_STATES, lightOf, type CaseListFilter, type CaseSortKey } from '../../shared/case-filter.ts';
import type { CacheDb } from './cache.ts';

type Row = { data: string; pending: number };
type RankedRow = Row & { r: number };

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
const likeSubstring = (text: string): string => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const toItem = (r: Row): CaseListItem => ({ ...caseSchema.parse(JSON.parse(r.data)), pending: r.pending === 1 });

/** The SQL condition of a queue; values are bound, never spliced. */
function queueWhere(def: QueueDef): string {
  const parts: string[] = [];
  if (def.states.length > 0) parts.push(`state in (${def.states.map((s) => `'${s}'`).join(', ')})`);
  // As isOverdue (domain/kpi.ts): a result submitted late keeps the case overdue until it is closed.
  if ('overdue' in def) parts.push("deadline_at < coalesce(json_extract(data, '$.resolvedAt'), @now)");
  if ('supervised' in def) parts.push('supervision_count > 0');
  if ('awaitingApproval' in def) parts.push(`(${field('pendingExtensionHours')} is not null or ${field('pendingParkReason')} is not null)`);
  return parts.length ? parts.join(' and ') : '1';
}

export type ListQuery = { queue: QueueId; platform?: Platform; filter?: CaseListFilter; sort?: CaseSortKey };
type ListParams = Record<string, string>;

/** A field of the case document, as SQL. */
const field = (name: string) => `json_extract(data, '$.${name}')`;
const FILTER_SQL: Record<Exclude<keyof CaseListFilter, 'light'>, string> = {
  priority: `${field('priority')} = @priority`,
  category: `(coalesce(${field('categoryKind')}, '') || ':' || ${field('categoryCode')}) = @category`,
  // The comma-joined keys hold no comma of their own (the schema says so): a key is in the list when ',key,' is.
  categories: `instr(',' || @categories || ',', ',' || coalesce(${field('categoryKind')}, '') || ':' || ${field('categoryCode')} || ',') > 0`,
  grid: `${field('gridCode')} = @grid`,
  town: `${field('townCode')} = @town`,
  source: `${field('source')} = @source`,
  platform: `${field('platform')} = @filterPlatform`,
};
const ORDER_SQL: Record<CaseSortKey, string> = {
  newest: 'reported_at desc',
  // Ties keep the newest-first order, as the renderer's stable sort of search hits does.
  priority: `case ${field('priority')} when 'critical' then 0 when 'urgent' then 1 else 2 end, reported_at desc`,
  deadline: 'deadline_at is null, deadline_at, reported_at desc',
};

/**
 * The SQL and its bound values for a queue narrowed by a filter. The SLA light depends on the
 * working-time calendar, so SQL narrows to the states that can carry a light and the caller decides
 * the light per row; every other field is decided here, over the whole cache.
 */
function listSql(query: ListQuery): { where: string; params: ListParams } {
  const parts = [queueWhere(queues[query.queue])];
  const params: ListParams = {};
  if (query.platform) {
    parts.push(`${field('platform')} = @platform`);
    params.platform = query.platform;
  }
  for (const [key, value] of Object.entries(query.filter ?? {}) as [keyof CaseListFilter, string | undefined][]) {
    if (value === undefined) continue;
    if (key === 'light') {
      parts.push(`state in (${LIT_STATES.map((s) => `'${s}'`).join(', ')})`);
      continue;
    }
    parts.push(FILTER_SQL[key]);
    params[key === 'platform' ? 'filterPlatform' : key] = value;
  }
  return { where: parts.join(' and '), params };
}

export function createCaseQueries(db: CacheDb) {
  // Statements by their SQL: the combinations of queue, filter fields and sort are few.
  const statements = new Map<string, ReturnType<CacheDb['prepare']>>();
  const prepared = <R>(sql: string) => {
    let st = statements.get(sql);
    if (!st) statements.set(sql, (st = db.prepare(sql)));
    return st as unknown as { all(p: object): R[]; get(p: object): R | undefined; iterate(p: object): IterableIterator<R> };
  };
  const queueList = new Map(queueIds.map((id) => [id, db.prepare<[{ now: string; limit: number }], Row>(
    `select data, pending from cases where ${queueWhere(queues[id])} order by reported_at desc limit @limit`,
  )]));
  // A platform narrows a queue by the case's own field: platform panels link here, and a queue
  // holds a few thousand open cases at most, so walking the queue's rows beats another index.
  const platformList = new Map(queueIds.map((id) => [id, db.prepare<[{ now: string; limit: number; platform: string }], Row>(
    `select data, pending from cases where ${queueWhere(queues[id])} and json_extract(data, '$.platform') = @platform order by reported_at desc limit @limit`,
  )]));
  const queueCount = new Map(queueIds.map((id) => [id, db.prepare<[{ now: string }], { n: number }>(`select count(*) as n from cases where ${queueWhere(queues[id])}`)]));
  const q = {
    queue: db.prepare<[string, number], Row>(
      `select data, pending from cases indexed by cases_seat_queue
       where seat_id = ? and state in ('dispatched', 'signed', 'handling') order by deadline_at is null, deadline_at limit ?`,
    ),
    // Newest first by rowid, which FTS can walk backwards without sorting every hit. Rows marked in
    // search_dirty are left out: the index may hold an older text for them, or none yet.
    trigram: db.prepare<[string, number], RankedRow>(
      `select c.rowid as r, c.data, c.pending from cases_fts f join cases c on c.rowid = f.rowid
       where cases_fts match ? and f.rowid not in (select case_rowid from search_dirty) order by f.rowid desc limit ?`,
    ),
    grams: db.prepare<[string, number], RankedRow>(
      `select c.rowid as r, c.data, c.pending from cases_grams g join cases c on c.rowid = g.rowid
       where cases_grams match ? and g.rowid not in (select case_rowid from search_dirty) order by g.rowid desc limit ?`,
    ),
    // The marked rows, matched on their current text as the indexes would match it: a substring
    // of one column (trigram), or of the three joined (characters and pairs). Few rows, except
    // just after a large catch-up, before the background indexer has caught up.
    dirtyLong: db.prepare<[{ p: string; limit: number }], RankedRow>(
      `select c.rowid as r, c.data, c.pending from search_dirty d join cases c on c.rowid = d.case_rowid
       where c.title like @p escape '\\' or c.description like @p escape '\\' or c.address like @p escape '\\'
       order by d.case_rowid desc limit @limit`,
    ),
    dirtyShort: db.prepare<[{ p: string; limit: number }], RankedRow>(
      `select c.rowid as r, c.data, c.pending from search_dirty d join cases c on c.rowid = d.case_rowid
       where lower(c.title || ' ' || c.description || ' ' || c.address) like @p escape '\\'
       order by d.case_rowid desc limit @limit`,
    ),
    byCode: db.prepare<[string], Row>('select data, pending from cases where code = ?'),
    byId: db.prepare<[string], Row>('select data, pending from cases where id = ?'),
    all: db.prepare<[], { data: string }>('select data from cases'),
    // Rows this connection has written since it opened: the core is the cache's only writer.
    totalChanges: db.prepare<[], { n: number }>('select total_changes() as n'),
  };
  // Every case parsed, kept while nothing was written: a wall opening asks for KPIs eighteen ways
  // at once (each platform, each grouping), and parsing the whole cache for each (125 ms for 9,000
  // cases) held the core's event loop for seconds, the map's tiles waiting behind.
  let parsed: { stamp: number; cases: readonly Case[] } | null = null;
  /** A queue narrowed and sorted over the whole cache, at most `limit` cases. */
  function list(query: ListQuery, limit: number, now = new Date().toISOString()): CaseListItem[] {
    const { where, params } = listSql(query);
    const light = query.filter?.light;
    const sql = `select data, pending from cases where ${where} order by ${ORDER_SQL[query.sort ?? 'newest']}`;
    if (!light) return prepared<Row>(`${sql} limit @limit`).all({ ...params, now, limit }).map(toItem);
    const kept: CaseListItem[] = [];
    for (const row of prepared<Row>(sql).iterate({ ...params, now })) {
      if (lightOf(JSON.parse(row.data) as Case, now) !== light) continue;
      kept.push(toItem(row));
      if (kept.length >= limit) break;
    }
    return kept;
  }

  /** How many cases the narrowed queue holds in the whole cache. */
  function count(query: ListQuery, now = new Date().toISOString()): number {
    const { where, params } = listSql(query);
    const light = query.filter?.light;
    if (!light) return prepared<{ n: number }>(`select count(*) as n from cases where ${where}`).get({ ...params, now })!.n;
    let n = 0;
    for (const row of prepared<{ data: string }>(`select data from cases where ${where}`).iterate({ ...params, now })) {
      if (lightOf(JSON.parse(row.data) as Case, now) === light) n += 1;
    }
    return n;
  }

  return {
    list,
    count,
    queue: (id: QueueId, limit: number, platform?: Platform): CaseListItem[] => {
      const now = new Date().toISOString();
      return (platform ? platformList.get(id)!.all({ now, limit, platform }) : queueList.get(id)!.all({ now, limit })).map(toItem);
    },
    /** The work queues' counts and those of `also`: a figure's list costs a scan, counted only while it is shown. */
    queueCounts: (filter: CaseListFilter = {}, also: readonly QueueId[] = []): Partial<Record<QueueId, number>> => {
      const now = new Date().toISOString();
      const filtered = Object.values(filter).some((v) => v !== undefined);
      const ids = [...new Set([...workQueueIds, ...also])];
      return Object.fromEntries(ids.map((id) => [id, filtered ? count({ queue: id, filter }, now) : queueCount.get(id)!.get({ now })!.n]));
    },
    get: (id: string): CaseListItem | null => {
      const row = q.byId.get(id);
      return row ? toItem(row) : null;
    },
    /**
     * Every case in the replica, unvalidated: for KPIs over the whole scope, where parsing each would
     * dominate. The same array until the next write; callers read it and never change it.
     */
    all: (): readonly Case[] => {
      const stamp = q.totalChanges.get()!.n;
      if (parsed?.stamp !== stamp) parsed = { stamp, cases: q.all.all().map((r) => JSON.parse(r.data) as Case) };
      return parsed.cases;
    },
    seatQueue: (seatId: string, limit: number): CaseListItem[] => q.queue.all(seatId, limit).map(toItem),
    /** Title, description and address; a case code matches exactly. */
    search(text: string, limit: number): CaseListItem[] {
      const exact = q.byCode.get(text.trim().toUpperCase());
      const long = trigramMatch(text);
      const short = long ? null : shortQueryMatch(text);
      const indexed = long ? q.trigram.all(long, limit) : short ? q.grams.all(short, limit) : [];
      const marked = long ? q.dirtyLong.all({ p: likeSubstring(text.trim()), limit }) : short ? q.dirtyShort.all({ p: likeSubstring(shortQueryText(text)), limit }) : [];
      const hits = marked.length ? [...indexed, ...marked].sort((a, b) => b.r - a.r).slice(0, limit) : indexed;
      const items = (exact ? [exact, ...hits] : hits).map(toItem);
      return items.filter((c, i) => items.findIndex((x) => x.id === c.id) === i);
    },
  };
}
