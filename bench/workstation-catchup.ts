// Workstation bench 2: a fresh workstation catches up on 100,000 server changes.
//   node bench/workstation-catchup.ts [--count 100000] [--skip-baselines] [--profile FILE.cpuprofile]
//
// The server (child process) runs over a store seeded with `count` cases worked through the demo
// city's workflow (built once under the temp folder, copied per run). A fresh core logs in as the
// city dispatcher (scope: everything) and pulls every change in pages of 1,000. Timed from the
// link's first 同步中 to 在线; the main thread's event-loop delay is watched the whole time.
// Baselines, from the same change rows read out of the server's store:
//   - bare: a better-sqlite3 loop inserting (id, version, data) into a plain table, WAL +
//     synchronous=FULL, one transaction per 1,000 rows (the page size);
//   - cache schema: the same rows written straight into a real cache (openCache) — cases_server
//     plus the view row with its search triggers — without the sync engine around it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCache } from '../src/main/core/cache.ts';
import { cleanupStack, cpuSecondsOf, freePort, header, int, loadLine, ms, ownCpuSeconds, profilePhase, startCommandCenter, table, tempDir, verdict, waitFor, watchLoop } from './lib/ws-common.ts';
import { call, linkWhere, openCore } from './lib/ws-core.ts';
import { serverStoreWithCases } from './lib/ws-fixtures.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, profile: { type: 'string' }, 'skip-baselines': { type: 'boolean', default: false } } });
const COUNT = Number(values.count);
const TARGET_PER_S = 10_000;
const PAGE = 1000;

type Row = { version: number; id: string; data: string };
const perRow = (s: number, n: number) => `${int((s / n) * 1e6)} µs CPU/row`;

/** The same rows written by bare loops, one transaction per page: a plain table, then the real cache schema. */
function baselines(rows: Row[], dir: string) {
  const bare = new Database(join(dir, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec('create table cases (id text primary key, version integer not null, data text not null)');
  const bareInsert = bare.prepare('insert into cases (id, version, data) values (?, ?, ?)');
  const barePage = bare.transaction((page: Row[]) => {
    for (const r of page) bareInsert.run(r.id, r.version, r.data);
  });
  let t = performance.now();
  let cpu = ownCpuSeconds();
  for (let i = 0; i < rows.length; i += PAGE) barePage(rows.slice(i, i + PAGE));
  const bareRate = rows.length / ((performance.now() - t) / 1000);
  const bareCpu = ownCpuSeconds() - cpu;
  bare.close();

  const cache = openCache(join(dir, 'cache'));
  const serverInsert = cache.prepare('insert into cases_server (id, version, data) values (?, ?, ?)');
  const viewInsert = cache.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?)');
  const cachePage = cache.transaction((page: Row[]) => {
    for (const r of page) {
      const c = JSON.parse(r.data) as { code: string; state: string; reportedAt: string };
      serverInsert.run(r.id, r.version, r.data);
      viewInsert.run(r.id, c.code, c.state, c.reportedAt, r.data);
    }
  });
  t = performance.now();
  cpu = ownCpuSeconds();
  for (let i = 0; i < rows.length; i += PAGE) cachePage(rows.slice(i, i + PAGE));
  const cacheRate = rows.length / ((performance.now() - t) / 1000);
  const cacheCpu = ownCpuSeconds() - cpu;
  cache.close();
  return { bareRate, bareCpu, cacheRate, cacheCpu };
}

header(`workstation catch-up: ${int(COUNT)} server changes into a fresh cache`);
const serverDir = tempDir('gcc-ws-catchup-server-');
const coreDir = tempDir('gcc-ws-catchup-core-');
const baseDir = tempDir('gcc-ws-catchup-base-');
const cleanup = cleanupStack();
cleanup.add(() => serverDir.remove());
cleanup.add(() => coreDir.remove());
cleanup.add(() => baseDir.remove());

try {
  await serverStoreWithCases(COUNT, serverDir.path);

  // ---- baselines over the same rows ----
  const src = new Database(join(serverDir.path, 'server.sqlite'), { readonly: true });
  const rows = src.prepare('select version, entity_id as id, data from changes order by version').all() as Row[];
  src.close();
  if (rows.length < COUNT) throw new Error(`store holds ${rows.length} changes`);

  const base = values['skip-baselines'] ? null : baselines(rows, baseDir.path);
  const latest = rows.at(-1)!.version;
  rows.length = 0;
  if (base) console.log(`baselines: bare better-sqlite3 loop ${int(base.bareRate)} rows/s (${perRow(base.bareCpu, latest)}); straight into the cache schema ${int(base.cacheRate)} rows/s (${perRow(base.cacheCpu, latest)})`);

  // ---- a fresh core pulls everything ----
  const server = await startCommandCenter(serverDir.path, await freePort());
  cleanup.add(() => server.stop());
  const loop = await watchLoop();
  const core = await openCore(coreDir.path, server.url);
  cleanup.add(() => core.close());
  const profile = await profilePhase(values.profile);
  const t0 = (await linkWhere(core, (s) => s.status === 'syncing', 60_000, 'syncing')).at;
  const coreCpu0 = ownCpuSeconds();
  const serverCpu0 = cpuSecondsOf(server.child.pid);
  const done = await linkWhere(core, (s) => s.status === 'online', 900_000, 'online');
  const lag = loop.stop();
  await profile.stop();
  const coreCpu = ownCpuSeconds() - coreCpu0;
  const serverCpu = cpuSecondsOf(server.child.pid) - serverCpu0;
  const seconds = (done.at - t0) / 1000;

  const check = new Database(join(coreDir.path, 'cache.sqlite'), { readonly: true });
  const viewRows = (check.prepare('select count(*) as n from cases').get() as { n: number }).n;
  const cursor = Number((check.prepare("select value from meta where key = 'cursor'").get() as { value: string }).value);
  const probe = (check.prepare('select title from cases order by rowid desc limit 1').get() as { title: string }).title;
  const long = [...probe].slice(0, 4).join('');
  const short = [...probe].slice(0, 2).join('');
  const marked = () => (check.prepare('select count(*) as n from search_dirty').get() as { n: number }).n;

  // Search right away, while the rows are marked but not indexed: answered by scanning the marked rows.
  const markedAtOnline = marked();
  const searchNow = async (text: string) => {
    const t = performance.now();
    const hits = await call<{ title: string }[]>(core, 'query', 'cases.search', { text, limit: 50 });
    return { ms: performance.now() - t, n: hits.length, found: hits.some((h) => h.title.includes(text)) };
  };
  const before = { long: await searchNow(long), short: await searchNow(short) };

  // Then the background indexer works through them when the link is idle; the event loop is watched meanwhile.
  const indexLoop = await watchLoop();
  const indexCpu0 = ownCpuSeconds();
  const i0 = performance.now();
  await waitFor('search index caught up', () => (marked() === 0 ? true : undefined), 900_000, 200);
  const indexSeconds = (performance.now() - i0) / 1000;
  const indexCpu = ownCpuSeconds() - indexCpu0;
  const indexLag = indexLoop.stop();
  const after = { long: await searchNow(long), short: await searchNow(short) };

  // The search indexes followed: the newest case's title is found by trigram (3+ chars) and by its first two characters.
  const longHits = (check.prepare('select count(*) as n from cases_fts where cases_fts match ?').get(`"${long}"`) as { n: number }).n;
  const shortHits = (check.prepare('select count(*) as n from cases_grams where cases_grams match ?').get(`"${short}"`) as { n: number }).n;
  check.close();
  if (viewRows < COUNT || cursor < latest || longHits === 0 || shortHits === 0 || !before.long.found || !before.short.found || !after.long.found || !after.short.found) {
    throw new Error(`after catch-up: ${viewRows} view rows, cursor ${cursor} (latest ${latest}), index ${longHits}/${shortHits}, search before/after indexing ${JSON.stringify({ before, after })}`);
  }
  const rate = viewRows / seconds;

  console.log(`caught up ${int(viewRows)} cases (cursor ${cursor}) in ${seconds.toFixed(2)} s; ${int(markedAtOnline)} rows then marked for the search index`);
  console.log(`CPU while catching up: workstation process ${coreCpu.toFixed(1)} s (${perRow(coreCpu, viewRows)}), server process ${serverCpu.toFixed(1)} s (${perRow(serverCpu, viewRows)})`);
  console.log(`event loop while catching up: delay p50 ${ms(lag.p50)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)}; ${lag.stallsOver50} gaps over 50 ms (longest ${ms(lag.longest)}); main thread's own CPU in one gap: at most ${ms(lag.longestBusy)} (${lag.busyOver50} over 50 ms)`);
  console.log(`search before indexing (scans the marked rows): "${long}" ${ms(before.long.ms)} (${before.long.n} hits), "${short}" ${ms(before.short.ms)} (${before.short.n} hits); after: ${ms(after.long.ms)}, ${ms(after.short.ms)}`);
  console.log(`background indexing after catch-up: ${indexSeconds.toFixed(1)} s (${perRow(indexCpu, viewRows)}); event loop meanwhile: delay p99 ${ms(indexLag.p99)}, max ${ms(indexLag.max)}; ${indexLag.stallsOver50} gaps over 50 ms; main thread's own CPU in one gap: at most ${ms(indexLag.longestBusy)} (${indexLag.busyOver50} over 50 ms)`);
  console.log(`${loadLine()} at end`);
  console.log();
  console.log(table(['measure', 'figure', 'baseline', 'target'], [
    [`catch-up of ${int(COUNT)} changes (pull, validate, apply, index)`, `${int(rate)}/s (${seconds.toFixed(1)} s)`, base ? `bare loop ${int(base.bareRate)}/s; cache schema ${int(base.cacheRate)}/s` : 'skipped', `≥ ${int(TARGET_PER_S)}/s: ${verdict(rate >= TARGET_PER_S)}`],
    ['event-loop delay during catch-up (wall clock)', `p99 ${ms(lag.p99)}, max ${ms(lag.max)}, ${lag.stallsOver50} gaps > 50 ms`, '', 'no stall over 50 ms: ' + verdict(lag.max <= 50 && lag.stallsOver50 === 0)],
    ["main thread's own CPU within one gap", `max ${ms(lag.longestBusy)}, ${lag.busyOver50} over 50 ms`, '', 'no stall over 50 ms: ' + verdict(lag.busyOver50 === 0)],
    ['search index brought up to date afterwards, in the background', `${indexSeconds.toFixed(1)} s; own CPU per gap max ${ms(indexLag.longestBusy)}, ${indexLag.busyOver50} over 50 ms`, '', ''],
  ]));
} finally {
  await cleanup.run().catch((err: unknown) => console.error('cleanup:', err instanceof Error ? err.message : err));
}
process.exit(process.exitCode ?? 0);
