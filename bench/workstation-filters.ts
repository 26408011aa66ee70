// Workstation bench: the dispatch list's filters and sort over the whole cache.
//   node bench/workstation-filters.ts [--count 100000] [--reps 10]
//
// Builds a cache of `count` cases through openCache (the real schema and triggers) with varied
// priority, source, platform, grid, street, category and state, then times, warm, what the list
// asks of the core on each refresh: cases.list (limit 500) and cases.count with one filter each,
// and sorted by deadline. Baseline, same run: the old path, the newest 500 of the queue (an index
// walk) narrowed in memory by the same rules — fast, but blind to every case beyond those 500.
import { parseArgs } from 'node:util';
import { openCache } from '../src/main/core/cache.ts';
import { createCaseQueries, type ListQuery } from '../src/main/core/case-queries.ts';
import { matchesFilter, sortCases } from '../src/shared/case-filter.ts';
import { header, int, loadLine, ms, summarize, table, tempDir } from './lib/ws-common.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, reps: { type: 'string', default: '10' } } });
const COUNT = Number(values.count);
const REPS = Number(values.reps);
const LIMIT = 500;

header(`dispatch list filters over a cache of ${int(COUNT)} cases`);
const dir = tempDir('gcc-filters-');
const db = openCache(dir.path);
db.pragma('synchronous = OFF'); // a bulk build, not accepted work

const PRIORITIES = ['normal', 'normal', 'normal', 'urgent', 'critical'];
const SOURCES = ['grid-worker', 'hotline', 'sensor', 'citizen', 'open311', 'leader'];
const PLATFORMS = ['grid', 'urban', 'government', 'agriculture', 'industry', 'commerce', 'health-education'];
const STATES = ['closed', 'closed', 'rated', 'rated', 'reported', 'filed', 'dispatched', 'signed', 'handling', 'resolved'];
const now = Date.now();
const t0 = performance.now();
const insert = db.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?)');
db.transaction(() => {
  for (let i = 0; i < COUNT; i++) {
    const state = STATES[i % STATES.length]!;
    const reportedAt = new Date(now - (COUNT - i) * 300_000).toISOString();
    const running = ['dispatched', 'signed', 'handling', 'resolved'].includes(state);
    const c = {
      id: `0190a0b0-0000-7000-9000-${String(i).padStart(12, '0')}`, code: `JQ-20261101-${String(i % 10_000).padStart(4, '0')}`, title: `案件 ${i}`, description: '', address: '',
      source: SOURCES[i % 6], platform: PLATFORMS[i % 7], gridCode: `230803${String(1_000_000_000 + (i * 7919) % 8000).slice(1)}`, point: [130.36, 46.8], reporter: '受理员',
      state, categoryCode: String(101 + (i % 50)).padStart(4, '0'), categoryKind: i % 2 ? '部件' : '事件', priority: PRIORITIES[i % 5],
      countyCode: '230803000000', townCode: `230803${String(100 + (i % 60)).padStart(3, '0')}000`, departmentId: running ? 'chengguan' : null, seatId: running ? 'seat-1' : null,
      reportedAt, filedAt: null, dispatchedAt: running ? new Date(now - (i % 20) * 3600_000).toISOString() : null, signedAt: null,
      resolvedAt: state === 'resolved' ? new Date(now - 3600_000).toISOString() : null, verifiedAt: null, closedAt: null, ratedAt: null,
      deadlineAt: running ? new Date(now + ((i * 37) % 200 - 50) * 3600_000).toISOString() : null,
      updatedAt: reportedAt, reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: null,
      pendingExtensionReason: null, pendingParkReason: null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
      instructionCount: 0, satisfaction: null, selfResolved: false, version: 1, eventSeq: 1, headHash: null,
    };
    insert.run(c.id, c.code, c.state, c.reportedAt, JSON.stringify(c));
  }
})();
db.pragma('synchronous = FULL');
console.log(`built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const queries = createCaseQueries(db);

function time(f: () => unknown): number[] {
  f(); // warm: statement, pages in cache
  const out: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return out;
}

const cases: [string, ListQuery][] = [
  ['no filter, newest', { queue: 'all' }],
  ['no filter, by deadline', { queue: 'all', sort: 'deadline' }],
  ['priority = urgent (1 in 5)', { queue: 'all', filter: { priority: 'urgent' } }],
  ['source = sensor, platform = urban (1 in 42)', { queue: 'all', filter: { source: 'sensor', platform: 'urban' } }],
  ['one grid (1 in 8,000)', { queue: 'all', filter: { grid: `230803${String(1_000_000_000 + 1234).slice(1)}` } }],
  ['SLA light = red', { queue: 'all', filter: { light: 'red' } }],
  ['待签收 queue, light = yellow, by priority', { queue: 'sign', filter: { light: 'yellow' }, sort: 'priority' }],
];
const rows: string[][] = [];
const nowIso = new Date().toISOString();
for (const [label, q] of cases) {
  let shown = 0;
  let total = 0;
  let old = 0;
  const list = summarize(time(() => (shown = queries.list(q, LIMIT).length)));
  const count = summarize(time(() => (total = queries.count(q))));
  const baseline = summarize(time(() => (old = sortCases(queries.queue(q.queue, LIMIT).filter((c) => matchesFilter(c, q.filter ?? {}, nowIso)), q.sort ?? 'newest').length)));
  rows.push([label, `${int(shown)} of ${int(total)}`, ms(list.p50), ms(list.p95), ms(count.p50), ms(count.p95), `${ms(baseline.p50)} (${int(old)} found)`]);
}
console.log(table(['filter', 'listed of matching', 'list p50', 'list p95', 'count p50', 'count p95', 'baseline: newest 500 in memory, p50'], rows));
console.log(loadLine());
db.close();
dir.remove();
