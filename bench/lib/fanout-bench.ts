// Broadcast latency: a driver pushes case.report at a fixed rate; every
// connected client records push → receipt of the 'changes' batch. The raw
// baseline relays a same-sized batch through io.emit on the same trigger.
// All targets run side by side with their clients connected, and take turns
// in short slices: on a shared machine, whatever else runs falls on each alike.
import type { Socket } from 'socket.io-client';
import type { PushResponse } from '../../src/shared/wire.ts';
import { meterOtherWork } from './background.ts';
import { monotonicNowMs, sleep } from './clock.ts';
import { fanoutTitle } from './fanout-protocol.ts';
import { startWorkers, type Samples } from './fanout-workers.ts';
import { maxOpenFiles } from './machine.ts';
import { outbox, reportArgs, reportMutation } from './payloads.ts';
import { mulberry32 as seededRandom } from '../../src/shared/mulberry32.ts';
import { connect } from './session.ts';
import { summarize, type Summary } from './stats.ts';
import { startTarget, type Target, type TargetSpec } from './targets.ts';

export type FanoutOptions = {
  clientCounts: readonly number[];
  /** Broadcasts per second. */
  rate: number;
  /** Timed seconds per target. */
  seconds: number;
  /** How long each target's turn lasts. */
  sliceSeconds: number;
  /** Untimed seconds per target at the same rate before timing. */
  warmupSeconds: number;
  workerProcesses: number;
  /** Also measure the server with its data on tmpfs, to tell the disk's share of the latency from the code's. */
  inMemoryServer?: boolean;
  execArgv?: readonly string[];
};

export type FanoutResult = {
  target: string;
  clients: number;
  broadcasts: number;
  latency: Summary;
  /** Receipts seen of clients × broadcasts expected. */
  delivered: number;
  expected: number;
  /**
   * False when one client in twenty took longer than the interval between broadcasts, or some never
   * got one: the machine could not keep up, so the latencies measure its backlog, not the server.
   */
  keptUp: boolean;
  payloadChars: number;
  /** CPU this target's process spent per broadcast (the whole fan-out), user + system. */
  serverCpuMsPerBroadcast: number;
  /** The client workers' CPU per broadcast, all targets together: on a small machine they compete with the servers. */
  clientCpuMsPerBroadcast: number;
  /** Push round trip of the driver: the pusher's view, and the server's work before the broadcast starts. */
  driverAck: Summary;
  /** Cores' worth of CPU other processes on the machine used during the timed window (the same window for every target). */
  otherCores: number;
};

export const fanoutTargets: readonly TargetSpec[] = [
  { kind: 'raw', mode: 'relay', label: 'raw socket.io io.emit' },
  { kind: 'server', label: 'command-center server' },
];
const inMemoryServer: TargetSpec = { kind: 'server', label: 'server, data on tmpfs (diagnostic)', inMemory: true };

type Push = { target: number; seq: number };

/** Targets in turn, `perSlice` pushes each turn, until each has had `perTarget`. */
function schedule(targets: number, perTarget: number, perSlice: number, firstSeq: number): Push[] {
  const pushes: Push[] = [];
  for (let done = 0; done < perTarget; done += perSlice) {
    for (let target = 0; target < targets; target++) {
      for (let i = 0; i < Math.min(perSlice, perTarget - done); i++) pushes.push({ target, seq: firstSeq + pushes.length });
    }
  }
  return pushes;
}

/** Push one report per tick on a fixed schedule (no drift, no waiting for acks), as independent reporters would. Ack times per target. */
async function drive(drivers: readonly Socket[], pushes: readonly Push[], rate: number, random: () => number): Promise<number[][]> {
  const box = outbox('bench-fanout-driver');
  const acks: Promise<{ target: number; ms: number }>[] = [];
  const start = monotonicNowMs();
  for (const [i, push] of pushes.entries()) {
    const wait = start + (i * 1000) / rate - monotonicNowMs();
    if (wait > 0) await sleep(wait);
    const args = reportArgs(random, 'x');
    // The stamp rides in the title, so it is taken just before the last step of building: microseconds, not the server's time.
    const sentAt = monotonicNowMs();
    const mutation = reportMutation(box, { ...args, title: fanoutTitle(push.seq, sentAt) });
    acks.push(
      (drivers[push.target]!.timeout(30_000).emitWithAck('push', { mutations: [mutation] }) as Promise<PushResponse>).then((res) => {
        if (!res.ok || res.results[0]?.status !== 'applied') throw new Error(`driver push not applied: ${JSON.stringify(res)}`);
        return { target: push.target, ms: monotonicNowMs() - sentAt };
      }),
    );
  }
  const done = await Promise.all(acks);
  return drivers.map((_, t) => done.filter((a) => a.target === t).map((a) => a.ms));
}

function concat(chunks: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** One client count: every target up at once, clients on all, timed in turns. */
export async function measureFanout(specs: readonly TargetSpec[], clients: number, opts: FanoutOptions): Promise<FanoutResult[]> {
  const targets: Target[] = [];
  const drivers: Socket[] = [];
  try {
    // Flags such as --cpu-prof are for the server under study; the baselines run plain.
    for (const spec of specs) targets.push(await startTarget(spec, spec.kind === 'server' ? { execArgv: opts.execArgv } : {}));
    // leader: the whole city's scope, so every client is owed every change; dispatcher may report.
    const workers = await startWorkers(await Promise.all(targets.map(async (t) => ({ url: t.url, token: await t.token('leader') }))), clients, opts.workerProcesses);
    try {
      for (const t of targets) drivers.push(await connect(t.url, await t.token('dispatcher')));
      const random = seededRandom(42);
      const perSlice = Math.max(1, Math.round(opts.sliceSeconds * opts.rate));
      const warmup = Math.round(opts.warmupSeconds * opts.rate);
      await drive(drivers, schedule(targets.length, warmup, warmup, 0), opts.rate, random);
      await sleep(500);

      const TIMED_FROM = 1_000_000; // warm-up broadcasts are numbered from 0
      workers.reset(TIMED_FROM);
      const broadcasts = Math.round(opts.seconds * opts.rate);
      const cpu0 = targets.map((t) => t.cpuSeconds());
      const clientCpu0 = workers.cpuSeconds();
      const others = meterOtherWork(() => targets.reduce((n, t) => n + t.cpuSeconds(), 0) + workers.cpuSeconds());
      const acks = await drive(drivers, schedule(targets.length, broadcasts, perSlice, TIMED_FROM), opts.rate, random);
      // Stragglers: a receipt later than this counts as lost, and shows in `delivered`.
      await sleep(1500);
      const otherCores = others();
      const clientCpu = workers.cpuSeconds() - clientCpu0;
      const cpu = targets.map((t, i) => t.cpuSeconds() - cpu0[i]!);
      const samples: Samples = await workers.collect();

      return targets.map((target, i) => {
        const s = samples[i]!;
        const delivered = s.perSocket.reduce((n, counts) => n + counts.reduce((a, b) => a + b, 0), 0);
        const latency = summarize(concat(s.latenciesMs));
        return {
          target: target.label,
          clients,
          broadcasts,
          latency,
          delivered,
          expected: broadcasts * clients,
          keptUp: latency.p95 < 1000 / opts.rate && delivered === broadcasts * clients,
          payloadChars: s.payloadChars,
          serverCpuMsPerBroadcast: (cpu[i]! * 1000) / broadcasts,
          clientCpuMsPerBroadcast: (clientCpu * 1000) / (broadcasts * targets.length),
          driverAck: summarize(acks[i]!),
          otherCores,
        };
      });
    } finally {
      await workers.close();
    }
  } finally {
    for (const d of drivers) d.close();
    for (const t of targets) await t.close();
  }
}

export async function runFanoutBench(opts: FanoutOptions, onResult: (r: FanoutResult) => void = () => {}): Promise<FanoutResult[]> {
  const specs = opts.inMemoryServer ? [...fanoutTargets, inMemoryServer] : fanoutTargets;
  const limit = maxOpenFiles();
  const largest = Math.max(...opts.clientCounts);
  // A server holds one descriptor per client; the workers together hold one per client per target.
  const needed = largest * specs.length + 256;
  if (limit !== null && limit < needed) {
    throw new Error(`open-file limit ${limit} is too low for ${largest} clients on ${specs.length} targets: run under \`bash -c 'ulimit -n ${needed * 2} && …'\``);
  }
  const all: FanoutResult[] = [];
  for (const clients of opts.clientCounts) {
    for (const r of await measureFanout(specs, clients, opts)) {
      onResult(r);
      all.push(r);
    }
  }
  return all;
}
