// Workstation bench 1: a backlog queued offline is pushed, validated,
// acknowledged and rebased when the server comes back.
//   node bench/workstation-push.ts [--count 10000] [--rounds 3] [--profile FILE.cpuprofile]
//
// 1. The command-center server starts (child process, sample seed); a core logs in as the
//    dispatcher and syncs. The server stops.
// 2. `count` case.report commands go through the contract into the core's outbox (offline).
// 3. Baseline: the same payloads (read back from the outbox), in the same batches of 200, emitted
//    with acks to a bare socket.io server (bench/lib/ws-raw-server.ts) that answers at once.
//    Reference: the same batches from a bare socket.io client to the command-center server itself
//    (a copy of its data folder), i.e. the server's share of the work without the core.
// 4. The server restarts on the same port. Timed from the link's first 同步中 to 在线 with nothing
//    pending: every batch pushed and acknowledged, the server's changes pulled and the view rebased.
import Database from 'better-sqlite3';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io } from 'socket.io-client';
import { MAX_PUSH_BATCH, type Mutation, type PushResponse } from '../src/shared/wire.ts';
import { cleanupStack, freePort, header, int, loadLine, ms, profilePhase, startCommandCenter, startRawServer, summarize, table, tempDir, verdict, watchLoop } from './lib/ws-common.ts';
import { call, DEMO_PASSWORD, linkWhere, offlineCore, reportInput } from './lib/ws-core.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, profile: { type: 'string' } } });
const COUNT = Number(values.count);
const TARGET_PER_S = 2000;

header(`workstation push: ${int(COUNT)} queued case.report mutations`);
const serverDir = tempDir('gcc-ws-push-server-');
const coreDir = tempDir('gcc-ws-push-core-');
const cleanup = cleanupStack();
cleanup.add(() => serverDir.remove());
cleanup.add(() => coreDir.remove());

try {
  const port = await freePort();
  const first = await offlineCore(serverDir.path, coreDir.path, port, cleanup);
  const core = first.core;

  // ---- queue offline, through the contract ----
  const queueMs: number[] = [];
  const queued0 = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const t = performance.now();
    await call(core, 'command', 'cases.report', reportInput(i));
    queueMs.push(performance.now() - t);
    if (i % 50 === 49) await new Promise((r) => setImmediate(r));
  }
  const queueSeconds = (performance.now() - queued0) / 1000;
  const q = summarize(queueMs);
  const qLast = summarize(queueMs.slice(-1000));
  console.log(`queued ${int(COUNT)} offline in ${queueSeconds.toFixed(1)} s (${int(COUNT / queueSeconds)}/s); per command p50 ${ms(q.p50)}, p99 ${ms(q.p99)}; last 1,000: p50 ${ms(qLast.p50)}, p99 ${ms(qLast.p99)}`);
  if (core.linkState().pending !== COUNT) throw new Error(`outbox holds ${core.linkState().pending}, expected ${COUNT}`);

  // ---- the same payloads, read back from the outbox ----
  const ro = new Database(join(coreDir.path, 'cache.sqlite'), { readonly: true });
  const clientId = (ro.prepare("select value from meta where key = 'clientId'").get() as { value: string }).value;
  const mutations: Mutation[] = (ro.prepare('select * from outbox order by seq').all() as { seq: number; id: string; name: string; args: string; at: string }[])
    .map((r) => ({ id: r.id, clientId, seq: r.seq, name: r.name, args: JSON.parse(r.args), at: r.at }));
  ro.close();
  const batches: Mutation[][] = [];
  for (let i = 0; i < mutations.length; i += MAX_PUSH_BATCH) batches.push(mutations.slice(i, i + MAX_PUSH_BATCH));

  // ---- baseline: raw socket.io emit-with-ack, same batches ----
  const raw = await startRawServer(join(serverDir.path, 'raw.log'));
  cleanup.add(() => raw.stop());
  const socket = io(raw.url, { transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  await socket.timeout(15_000).emitWithAck('push', { mutations: batches[0] }); // warm-up
  const rawRates: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const t = performance.now();
    for (const b of batches) {
      const res = (await socket.timeout(15_000).emitWithAck('push', { mutations: b })) as PushResponse;
      if (!res.ok || res.results.length !== b.length) throw new Error('raw server answered badly');
    }
    rawRates.push(COUNT / ((performance.now() - t) / 1000));
  }
  socket.close();
  await raw.stop();
  const rawRate = summarize(rawRates).p50;
  console.log(`baseline raw socket.io emit-with-ack: ${rawRates.map((r) => int(r)).join(', ')} /s (median ${int(rawRate)}/s)`);

  // ---- reference: the same batches straight to the command-center server (a copy of its data) ----
  const copyDir = tempDir('gcc-ws-push-server-copy-');
  cleanup.add(() => copyDir.remove());
  cpSync(serverDir.path, copyDir.path, { recursive: true });
  const copy = await startCommandCenter(copyDir.path);
  cleanup.add(() => copy.stop());
  const login = await fetch(new URL('/api/login', copy.url), { method: 'POST', body: JSON.stringify({ username: 'dispatcher', password: DEMO_PASSWORD }) });
  const session = (await login.json()) as { token: string };
  const direct = io(copy.url, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    direct.once('connect', () => resolve());
    direct.once('connect_error', reject);
  });
  const direct0 = performance.now();
  let applied = 0;
  for (const b of batches) {
    const res = (await direct.timeout(60_000).emitWithAck('push', { mutations: b })) as PushResponse;
    if (!res.ok) throw new Error(res.error);
    applied += res.results.filter((r) => r.status === 'applied').length;
  }
  const directRate = COUNT / ((performance.now() - direct0) / 1000);
  direct.close();
  await copy.stop();
  if (applied !== COUNT) throw new Error(`the server applied ${applied} of ${COUNT}`);
  console.log(`reference, bare client → command-center server: ${int(directRate)}/s`);

  // ---- the server comes back: push, validate, ack, pull, rebase ----
  const syncing = linkWhere(core, (s) => s.status === 'syncing', 120_000, 'syncing');
  const drained = linkWhere(core, (s) => s.pending === 0, 600_000, 'outbox drained');
  const online = linkWhere(core, (s) => s.status === 'online' && s.pending === 0, 600_000, 'online');
  const loop = await watchLoop();
  const profile = await profilePhase(values.profile);
  const up0 = performance.now();
  const server = await startCommandCenter(serverDir.path, port);
  cleanup.add(() => server.stop());
  const upAt = performance.now();
  const t0 = (await syncing).at;
  const tDrained = (await drained).at;
  const done = await online;
  const lag = loop.stop();
  await profile.stop();
  const seconds = (done.at - t0) / 1000;
  const pushSeconds = (tDrained - t0) / 1000;
  const rate = COUNT / seconds;

  // ---- everything arrived, confirmed, nothing left over ----
  const check = new Database(join(coreDir.path, 'cache.sqlite'), { readonly: true });
  const stillPending = (check.prepare('select count(*) as n from cases where pending = 1').get() as { n: number }).n;
  const withoutCode = (check.prepare('select count(*) as n from cases where code is null').get() as { n: number }).n;
  const confirmed = (check.prepare('select count(*) as n from cases_server').get() as { n: number }).n;
  check.close();
  const attention = (await call<unknown[]>(core, 'query', 'attention.list')).length;
  if (stillPending || withoutCode || attention || confirmed < COUNT) {
    throw new Error(`after the flush: ${stillPending} view rows pending, ${withoutCode} without a server code, ${attention} rejected, ${confirmed} confirmed`);
  }

  console.log(`server process up in ${ms(upAt - up0, 0)}; link reconnected ${ms(t0 - upAt, 0)} later (socket.io reconnect delay, not counted)`);
  console.log(`push + ack of ${int(COUNT)}: ${pushSeconds.toFixed(2)} s; then pull + rebase: ${((done.at - tDrained) / 1000).toFixed(2)} s`);
  console.log(`event loop during the flush: delay p50 ${ms(lag.p50)}, p99 ${ms(lag.p99)}, max ${ms(lag.max)}; ${lag.stallsOver50} stalls over 50 ms`);
  console.log(`${loadLine()} at end`);
  console.log();
  console.log(table(['measure', 'figure', 'baseline (raw socket.io ack)', 'target'], [
    [`${int(COUNT)} queued mutations flushed (push, validate, ack, pull, rebase)`, `${int(rate)}/s (${seconds.toFixed(2)} s)`, `${int(rawRate)}/s`, `≥ ${int(TARGET_PER_S)}/s: ${verdict(rate >= TARGET_PER_S)}`],
    ['push + ack only (outbox empty)', `${int(COUNT / pushSeconds)}/s (${pushSeconds.toFixed(2)} s)`, `${int(rawRate)}/s`, ''],
    ['reference: same batches, bare client → command-center server', `${int(directRate)}/s`, '', ''],
    ['queueing offline through the contract', `${int(COUNT / queueSeconds)}/s, p50 ${ms(q.p50)}, p99 ${ms(q.p99)}`, '', ''],
  ]));
} finally {
  await cleanup.run().catch((err: unknown) => console.error('cleanup:', err instanceof Error ? err.message : err));
}
process.exit(process.exitCode ?? 0);
