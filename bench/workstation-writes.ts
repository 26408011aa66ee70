// Workstation bench 3: local write latency through the contract.
//   node bench/workstation-writes.ts [--count 2000] [--rounds 4]
//
// A core logs in as the city dispatcher (server in a child process, sample seed), syncs, and the
// server stops: commands then only write locally (outbox + view, one transaction with
// synchronous=FULL in WAL), which is what the operator waits for. Measured per request, from
// core.request() to its answer:
//   - cases.report (a new case), and cases.act (立案 / accept on one of those cases);
//   - baseline: a bare synchronous better-sqlite3 insert of a row of the same size, one
//     transaction each, WAL + synchronous=FULL, in the same folder (same disk).
// The three run interleaved in `rounds` blocks, so a burst of load from other work on the
// machine falls on all of them. Then the server comes back and cases.report is measured once
// more while the link pushes in the background (online).
import Database from 'better-sqlite3';
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { cleanupStack, freePort, header, loadLine, ms, startCommandCenter, summarize, type Summary, table, tempDir, verdict } from './lib/ws-common.ts';
import { call, linkWhere, offlineCore, reportInput } from './lib/ws-core.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '4' } } });
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
const PER_ROUND = Math.ceil(COUNT / ROUNDS);
const TARGET = { p50: 0.5, p99: 2 };

header(`workstation local writes: ${COUNT.toLocaleString('en-US')} each of cases.report, cases.act and a bare insert`);
const serverDir = tempDir('gcc-ws-writes-server-');
const coreDir = tempDir('gcc-ws-writes-core-');
const cleanup = cleanupStack();
cleanup.add(() => serverDir.remove());
cleanup.add(() => coreDir.remove());
const tick = () => new Promise<void>((r) => setImmediate(r));

/** fdatasync of a 4 KiB append in the core's folder: the floor under any FULL commit. */
function fsyncFloor(dir: string, n = 200): Summary {
  const fd = openSync(join(dir, 'fsync-probe'), 'w');
  const page = Buffer.alloc(4096, 7);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    writeSync(fd, page, 0, page.length, i * page.length);
    const t = performance.now();
    fdatasyncSync(fd);
    out.push(performance.now() - t);
  }
  closeSync(fd);
  return summarize(out);
}

try {
  const port = await freePort();
  const first = await offlineCore(serverDir.path, coreDir.path, port, cleanup);
  const core = first.core;

  // The baseline's table sits beside the cache, on the same disk, with the cache's settings.
  const bare = new Database(join(coreDir.path, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec('create table outbox (seq integer primary key, id text not null unique, args text not null)');
  const bareInsert = bare.prepare('insert into outbox (id, args) values (?, ?)');
  cleanup.add(() => bare.close());
  const floor = fsyncFloor(coreDir.path);

  // Wall time per request, and the main thread's CPU time in it (the rest is waiting: for fsync, or for a core).
  const cpuOf = new Map<number[], number[]>();
  const threadMs = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  const timed = async (into: number[], f: () => unknown): Promise<void> => {
    const c = threadMs();
    const t = performance.now();
    await f();
    into.push(performance.now() - t);
    if (!cpuOf.has(into)) cpuOf.set(into, []);
    cpuOf.get(into)!.push(threadMs() - c);
  };

  // Warm-up: JIT, statement caches, the WAL file grown to its working size.
  const warm: string[] = [];
  for (let i = 0; i < 200; i++) {
    warm.push((await call<{ id: string }>(core, 'command', 'cases.report', reportInput(i))).id);
    await call(core, 'command', 'cases.act', { caseId: warm[i], action: { type: 'accept' } });
    bareInsert.run(randomUUID(), JSON.stringify(reportInput(i)));
  }

  const report: number[] = [];
  const act: number[] = [];
  const base: number[] = [];
  let n = 1000;
  for (let round = 0; round < ROUNDS; round++) {
    const ids: string[] = [];
    for (let i = 0; i < PER_ROUND; i++) {
      const input = reportInput(n++);
      await timed(base, () => bareInsert.run(randomUUID(), JSON.stringify({ ...input, id: randomUUID() })));
      await tick();
    }
    for (let i = 0; i < PER_ROUND; i++) {
      const input = reportInput(n++);
      await timed(report, async () => ids.push((await call<{ id: string }>(core, 'command', 'cases.report', input)).id));
      await tick();
    }
    for (const id of ids) {
      await timed(act, () => call(core, 'command', 'cases.act', { caseId: id, action: { type: 'accept' } }));
      await tick();
    }
  }
  const pendingOffline = core.linkState().pending;

  // Online: the same command while the link pushes each one in the background.
  const server = await startCommandCenter(serverDir.path, port);
  cleanup.add(() => server.stop());
  await linkWhere(core, (s) => s.status === 'online' && s.pending === 0, 300_000, 'flush after the offline rounds');
  const online: number[] = [];
  for (let i = 0; i < PER_ROUND; i++) {
    const input = reportInput(n++);
    await timed(online, () => call(core, 'command', 'cases.report', input));
    await new Promise((r) => setTimeout(r, 2)); // a pace an operator never reaches; lets each push run
  }
  await linkWhere(core, (s) => s.status === 'online' && s.pending === 0, 120_000, 'final flush');

  const r = summarize(report);
  const a = summarize(act);
  const b = summarize(base);
  const o = summarize(online);
  const cpu = (xs: number[]) => ms(summarize(cpuOf.get(xs)!).p50, 3);
  const row = (name: string, xs: number[], s: Summary, withTarget: boolean) => [
    name, `${ms(s.p50, 3)} / ${ms(s.p99, 2)} / ${ms(s.max, 1)}`, cpu(xs), `${ms(b.p50, 3)} / ${ms(b.p99, 2)} / ${ms(b.max, 1)} (CPU ${cpu(base)})`,
    withTarget ? `p50 ≤ ${TARGET.p50} ms: ${verdict(s.p50 <= TARGET.p50)}; p99 ≤ ${TARGET.p99} ms: ${verdict(s.p99 <= TARGET.p99)}` : '',
  ];
  console.log(`outbox after the offline rounds: ${pendingOffline} pending; fsync of a 4 KiB append in this folder: p50 ${ms(floor.p50, 3)}, p99 ${ms(floor.p99)}, max ${ms(floor.max)}`);
  console.log(`${loadLine()} at end`);
  console.log();
  console.log(table(['request (offline unless said)', 'p50 / p99 / max', 'main-thread CPU p50', 'baseline: bare FULL insert p50 / p99 / max', 'target'], [
    row(`cases.report (n=${r.n})`, report, r, true),
    row(`cases.act accept (n=${a.n})`, act, a, true),
    row(`cases.report while online, pushed in the background (n=${o.n})`, online, o, false),
  ]));
} finally {
  await cleanup.run().catch((err: unknown) => console.error('cleanup:', err instanceof Error ? err.message : err));
}
process.exit(process.exitCode ?? 0);
