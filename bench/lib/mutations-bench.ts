// Mutations applied per second through the socket: clients push case.report
// batches of MAX_PUSH_BATCH and await every ack, then case.act 'accept' on the
// same cases; the raw servers take the same payloads for the baselines.
import type { Socket } from 'socket.io-client';
import { MAX_PUSH_BATCH, type Mutation, type PushResponse } from '../../src/shared/wire.ts';
import { meterOtherWork } from './background.ts';
import { monotonicNowMs } from './clock.ts';
import { acceptMutation, outbox, reportArgs, reportMutation } from './payloads.ts';
import { mulberry32 as seededRandom } from '../../src/shared/mulberry32.ts';
import { connect } from './session.ts';
import { summarize, type Summary } from './stats.ts';
import { startTarget, type TargetSpec } from './targets.ts';

export type MutationsOptions = {
  /** Timed mutations per pass, split evenly over the clients. */
  count: number;
  clients: number;
  /** Untimed batches per client before each pass, so JIT and SQLite caches are warm for every target alike. */
  warmupBatches: number;
  /** No new batch is started after this many seconds of a pass, so a slow or starved server cannot stretch the run. */
  maxPassSeconds: number;
  /** Extra node flags for the measured process (e.g. --cpu-prof). */
  execArgv?: readonly string[];
};

export type PassName = 'case.report' | 'case.act';

export type PassResult = {
  target: string;
  pass: PassName;
  /** Cores' worth of CPU other processes on the machine used during the timed pass. */
  otherCores: number;
  mutations: number;
  seconds: number;
  perSecond: number;
  /** Round trip of one batch, push to ack. */
  batchAck: Summary;
  /** CPU the measured process spent per mutation, user + system. */
  serverCpuUsPerMutation: number;
  /** The part of it spent in the kernel: writes and fsync for the SQLite targets. */
  serverKernelShare: number;
  clientCpuUsPerMutation: number;
  rejected: number;
  firstRejection?: string;
};

export const mutationTargets: readonly TargetSpec[] = [
  { kind: 'raw', mode: 'ack', label: 'raw socket.io, ack only' },
  { kind: 'raw', mode: 'sqlite-batch', label: 'raw + SQLite insert, 1 tx per batch' },
  { kind: 'raw', mode: 'sqlite-item', label: 'raw + SQLite insert, 1 tx per mutation' },
  { kind: 'server', label: 'command-center server' },
  { kind: 'server', label: 'server, data on tmpfs (diagnostic)', inMemory: true },
];

type ClientPlan = {
  socket: Socket;
  warmReports: Mutation[];
  reports: Mutation[];
  warmAccepts: Mutation[];
  accepts: Mutation[];
  /** Timed reports this client got acked: the act pass accepts those cases only. */
  reported: number;
};

function planClient(socket: Socket, index: number, timed: number, warm: number): ClientPlan {
  // Same seed per client index on every target: each server gets the same city of reports.
  const random = seededRandom(1000 + index);
  const box = outbox(`bench-${index}`);
  const reports = (n: number) => Array.from({ length: n }, (_, i) => reportMutation(box, reportArgs(random, `井盖缺失 #${index}-${i}`)));
  const warmReports = reports(warm);
  const timedReports = reports(timed);
  const accepts = (ms: Mutation[]) => ms.map((m) => acceptMutation(box, (m.args as { id: string }).id));
  return { socket, warmReports, reports: timedReports, warmAccepts: accepts(warmReports), accepts: accepts(timedReports), reported: 0 };
}

type Pushed = { ackMs: number[]; rejected: number; firstRejection?: string };

/** One client's outbox drained as the link does it: a batch, its ack, the next batch. Returns how many were acked. */
async function pushAll(socket: Socket, mutations: readonly Mutation[], into: Pushed, deadline = Number.POSITIVE_INFINITY): Promise<number> {
  let i = 0;
  for (; i < mutations.length && monotonicNowMs() < deadline; i += MAX_PUSH_BATCH) {
    const batch = mutations.slice(i, i + MAX_PUSH_BATCH);
    const sent = monotonicNowMs();
    const res = (await socket.timeout(60_000).emitWithAck('push', { mutations: batch })) as PushResponse;
    into.ackMs.push(monotonicNowMs() - sent);
    if (!res.ok) throw new Error(`push refused: ${res.error}`);
    if (res.results.length !== batch.length) throw new Error(`ack for ${res.results.length} of ${batch.length} mutations`);
    for (const r of res.results) {
      if (r.status === 'rejected') {
        into.rejected++;
        into.firstRejection ??= r.reason;
      }
    }
  }
  return Math.min(i, mutations.length);
}

async function runPass(
  clients: ClientPlan[],
  pick: (c: ClientPlan) => Mutation[],
  warm: (c: ClientPlan) => Mutation[],
  cpu: () => { user: number; system: number },
  maxSeconds: number,
) {
  await Promise.all(clients.map((c) => pushAll(c.socket, warm(c), { ackMs: [], rejected: 0 })));
  const pushed: Pushed = { ackMs: [], rejected: 0 };
  const cpu0 = cpu();
  const clientCpu0 = process.cpuUsage();
  const others = meterOtherWork(() => {
    const t = cpu();
    return t.user + t.system;
  });
  const t0 = monotonicNowMs();
  const counts = await Promise.all(clients.map((c) => pushAll(c.socket, pick(c), pushed, t0 + maxSeconds * 1000)));
  const ms = monotonicNowMs() - t0;
  const otherCores = others();
  const clientCpu = process.cpuUsage(clientCpu0);
  const cpu1 = cpu();
  const server = { user: cpu1.user - cpu0.user, system: cpu1.system - cpu0.system };
  return { pushed, counts, ms, server, clientCpuUs: clientCpu.user + clientCpu.system, otherCores };
}

/** An ack is only a claim: the change log must have grown by one version per applied mutation. */
async function checkVersion(url: string, results: PassResult[], warmPerPass: number): Promise<void> {
  const SAMPLE_CASES = 4; // what --seed sample commits before the bench starts
  const applied = results.reduce((n, r) => n + r.mutations - r.rejected + warmPerPass, 0);
  const health = (await (await fetch(new URL('/api/health', url))).json()) as { version: number };
  if (health.version !== SAMPLE_CASES + applied) throw new Error(`server change log at version ${health.version}, expected ${SAMPLE_CASES + applied}`);
}

export async function measureMutations(spec: TargetSpec, opts: MutationsOptions): Promise<PassResult[]> {
  // Flags such as --cpu-prof are for the server under study; the baselines run plain.
  const target = await startTarget(spec, spec.kind === 'server' ? { execArgv: opts.execArgv } : {});
  const sockets: Socket[] = [];
  try {
    // dispatcher: may report and accept, and sees the whole city, so it also hears every change it makes.
    const token = await target.token('dispatcher');
    for (let i = 0; i < opts.clients; i++) sockets.push(await connect(target.url, token));
    const perClient = Math.ceil(opts.count / opts.clients);
    const plans = sockets.map((s, i) => planClient(s, i, perClient, opts.warmupBatches * MAX_PUSH_BATCH));
    const results: PassResult[] = [];
    for (const [pass, pick, warm] of [
      ['case.report', (c: ClientPlan) => c.reports, (c: ClientPlan) => c.warmReports],
      ['case.act', (c: ClientPlan) => c.accepts.slice(0, c.reported), (c: ClientPlan) => c.warmAccepts],
    ] as const) {
      const { pushed, counts, ms, server, clientCpuUs, otherCores } = await runPass(plans, pick, warm, () => target.cpuTimes(), opts.maxPassSeconds);
      if (pass === 'case.report') plans.forEach((c, i) => (c.reported = counts[i]!));
      const serverCpuS = server.user + server.system;
      const mutations = counts.reduce((a, b) => a + b, 0);
      results.push({
        target: target.label,
        pass,
        otherCores,
        mutations,
        seconds: ms / 1000,
        perSecond: mutations / (ms / 1000),
        batchAck: summarize(pushed.ackMs),
        serverCpuUsPerMutation: (serverCpuS * 1e6) / mutations,
        serverKernelShare: server.system / serverCpuS,
        clientCpuUsPerMutation: clientCpuUs / mutations,
        rejected: pushed.rejected,
        ...(pushed.firstRejection ? { firstRejection: pushed.firstRejection } : {}),
      });
    }
    if (spec.kind === 'server') await checkVersion(target.url, results, opts.warmupBatches * MAX_PUSH_BATCH * opts.clients);
    return results;
  } finally {
    for (const s of sockets) s.close();
    await target.close();
  }
}

export async function runMutationsBench(opts: MutationsOptions, onResult: (r: PassResult) => void = () => {}): Promise<PassResult[]> {
  const all: PassResult[] = [];
  for (const spec of mutationTargets) {
    for (const r of await measureMutations(spec, opts)) {
      onResult(r);
      all.push(r);
    }
  }
  return all;
}
