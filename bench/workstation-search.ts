// Workstation bench 4: the seat queue and search over a cache of 1,000,000 cases.
//   node bench/workstation-search.ts [--count 1000000] [--reps 15] [--like-reps 3]
//
// The cache is built once through openCache (the real schema, triggers and indexes; see
// bench/lib/ws-fixtures.ts) and kept under the temp folder; building 1M rows takes minutes.
// Measured through createCaseQueries, as the contract calls them, with the contract's default
// limits (queue 200, search 100), warm (each query run once before timing):
//   - seatQueue for the 10 seats with the most open cases, and 10 more;
//   - search with 3+ characters (FTS5 trigram) and with 1–2 characters (the char/pair index);
//   - baseline: the same search as `LIKE '%q%'` over title, description and address, newest
//     first, same limit.
// Every query plan is printed.
import type { Database as Db } from 'better-sqlite3';
import { parseArgs } from 'node:util';
import { openCache } from '../src/main/core/cache.ts';
import { createCaseQueries } from '../src/main/core/case-queries.ts';
import { header, int, loadLine, ms, summarize, table, verdict } from './lib/ws-common.ts';
import { cacheWithCases } from './lib/ws-fixtures.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000000' }, reps: { type: 'string', default: '15' }, 'like-reps': { type: 'string', default: '3' } } });
const COUNT = Number(values.count);
const REPS = Number(values.reps);
const LIKE_REPS = Number(values['like-reps']);
const QUEUE_LIMIT = 200;
const SEARCH_LIMIT = 100;
const TARGET = { long: 20, short: 150 };

/**
 * What an operator types: categories, places, phrases from descriptions; rare (under 0.5% of cases)
 * to very common (社区 in ~40%, 网 in every address), and one that matches nothing.
 */
const LONG_QUERIES = ['占道经营', '暴露垃圾', '特殊井盖', '农机事故', '施工废弃料', '上访事件', '第一网格', '社区第二', '市民来电', '不存在的案件'];
const SHORT_QUERIES = ['占道', '井盖', '垃圾', '噪音', '纠纷', '窗口', '社区', '井', '网', '鹅'];

header(`workstation queries over a cache of ${int(COUNT)} cases`);
const dir = await cacheWithCases(COUNT);
const db = openCache(dir);
const rows = (db.prepare('select count(*) as n from cases').get() as { n: number }).n;
const queries = createCaseQueries(db);

const plan = (sql: string, ...args: unknown[]) =>
  (db.prepare(`explain query plan ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('; ');

/** The first run of each query (its pages not yet in SQLite's cache), kept apart from the warm ones. */
const firstRuns = new Map<string, number[]>();
function time(f: () => unknown, reps: number, kind?: string): number[] {
  const t0 = performance.now();
  f(); // warm: statement, pages in cache
  if (kind) firstRuns.set(kind, [...(firstRuns.get(kind) ?? []), performance.now() - t0]);
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

const like = (db: Db) => {
  const stmt = db.prepare<[{ q: string; limit: number }], { data: string; pending: number }>(
    `select data, pending from cases where title like @q or description like @q or address like @q order by rowid desc limit @limit`,
  );
  return (text: string) => stmt.all({ q: `%${text}%`, limit: SEARCH_LIMIT });
};
const likeSearch = like(db);

// ---- seat queue ----
const seats = db.prepare(`select seat_id as seat, count(*) as n from cases where state in ('dispatched', 'signed', 'handling') and seat_id is not null group by seat_id order by n desc`).all() as { seat: string; n: number }[];
const chosen = [...seats.slice(0, 10), ...seats.slice(10).filter((_, i) => i % Math.max(1, Math.floor((seats.length - 10) / 10)) === 0).slice(0, 10)];
const queueTimes: number[] = [];
for (const s of chosen) queueTimes.push(...time(() => queries.seatQueue(s.seat, QUEUE_LIMIT), REPS, 'queue'));
const queueLike: number[] = [];
// Baseline for the queue: the same rows without the index (a scan of the table, sorted).
const queueScan = db.prepare(`select data, pending from cases not indexed where seat_id = ? and state in ('dispatched', 'signed', 'handling') order by deadline_at is null, deadline_at limit ?`);
for (const s of chosen.slice(0, 3)) queueLike.push(...time(() => queueScan.all(s.seat, QUEUE_LIMIT), LIKE_REPS));

// ---- search ----
type Measured = { q: string; hits: number; t: number[]; like: number[]; likeHits: number };
const measure = (q: string, kind: string): Measured => {
  const t = time(() => queries.search(q, SEARCH_LIMIT), REPS, kind);
  const hits = queries.search(q, SEARCH_LIMIT).length;
  const likeHits = likeSearch(q).length;
  return { q, hits, t, like: time(() => likeSearch(q), LIKE_REPS), likeHits };
};
const long = LONG_QUERIES.map((q) => measure(q, 'long'));
const short = SHORT_QUERIES.map((q) => measure(q, 'short'));

const perQuery = (m: Measured) => [m.q, `${m.hits}${m.hits !== m.likeHits ? ` (LIKE ${m.likeHits})` : ''}`, ms(summarize(m.t).p50), ms(summarize(m.t).p95), ms(summarize(m.like).p50)];
console.log(`\n${int(rows)} cases in ${dir}; ${seats.length} seats with open cases (largest queue ${int(seats[0]?.n ?? 0)})`);
console.log('\nplans:');
console.log(`  seat queue: ${plan(`select data, pending from cases indexed by cases_seat_queue where seat_id = ? and state in ('dispatched', 'signed', 'handling') order by deadline_at is null, deadline_at limit ?`, 'x', 1)}`);
console.log(`  3+ chars:   ${plan('select c.data, c.pending from cases_fts f join cases c on c.rowid = f.rowid where cases_fts match ? order by f.rowid desc limit ?', '"占道经营"', 1)}`);
console.log(`  1–2 chars:  ${plan('select c.data, c.pending from cases_grams g join cases c on c.rowid = g.rowid where cases_grams match ? order by g.rowid desc limit ?', '"占道"', 1)}`);
console.log(`  LIKE:       ${plan('select data, pending from cases where title like ? or description like ? or address like ? order by rowid desc limit ?', '%x%', '%x%', '%x%', 1)}`);
console.log('\nper query (warm; hits capped at the limit):');
console.log(table(['query', 'hits', 'p50', 'p95', 'LIKE p50'], [...long.map(perQuery), ...short.map(perQuery)]));

const all = (ms: Measured[], key: 't' | 'like') => summarize(ms.flatMap((m) => m[key]));
const L = all(long, 't');
const S = all(short, 't');
const LL = all(long, 'like');
const SL = all(short, 'like');
const Q = summarize(queueTimes);
const QS = summarize(queueLike);
console.log(`\n${loadLine()} at end\n`);
const first = (kind: string) => {
  const f = summarize(firstRuns.get(kind)!);
  return `${ms(f.p50)} / ${ms(f.max)}`;
};
console.log(table(['query', 'p50 / p95 (warm)', 'first run p50 / max', `baseline p50 / p95`, 'target'], [
  [`seat queue (limit ${QUEUE_LIMIT}, ${chosen.length} seats)`, `${ms(Q.p50)} / ${ms(Q.p95)}`, first('queue'), `${ms(QS.p50)} / ${ms(QS.p95)} (no index)`, ''],
  [`search, 3+ characters (${long.length} queries)`, `${ms(L.p50)} / ${ms(L.p95)}`, first('long'), `${ms(LL.p50)} / ${ms(LL.p95)} (LIKE)`, `≤ ${TARGET.long} ms: ${verdict(L.p95 <= TARGET.long)} (p95)`],
  [`search, 1–2 characters (${short.length} queries)`, `${ms(S.p50)} / ${ms(S.p95)}`, first('short'), `${ms(SL.p50)} / ${ms(SL.p95)} (LIKE)`, `≤ ${TARGET.short} ms: ${verdict(S.p95 <= TARGET.short)} (p95)`],
]));
db.close();
