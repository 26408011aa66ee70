// The fan-out clients, spread over a few worker processes so neither the servers
// nor the driver share an event loop with them. Every worker holds its share of
// clients on every target.
import type { ChildProcess } from 'node:child_process';
import type { FromWorker, TargetSamples, ToWorker, WorkerTarget } from './fanout-protocol.ts';
import { cpuSeconds, forkWorker, stopChild } from './proc.ts';

/** Per target, what all workers recorded. */
export type Samples = { latenciesMs: Float64Array[]; perSocket: Uint32Array[]; payloadChars: number }[];
export type Workers = { reset(fromSeq: number): void; collect(): Promise<Samples>; cpuSeconds(): number; close(): Promise<void> };

function next(child: ChildProcess): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`fan-out worker exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (m: FromWorker) => {
      child.off('exit', onExit);
      resolve(m);
    });
  });
}

export async function startWorkers(targets: readonly { url: string; token: string }[], clients: number, processes: number): Promise<Workers> {
  const shares = Array.from({ length: processes }, (_, i) => Math.floor(clients / processes) + (i < clients % processes ? 1 : 0));
  const children = shares.map((count) => forkWorker('bench/fanout-client.ts', [JSON.stringify(targets.map((t): WorkerTarget => ({ ...t, count })))]));
  const tell = (m: ToWorker) => children.forEach((c) => c.send(m));
  const close = async () => {
    for (const c of children) if (c.connected) c.send({ type: 'close' } satisfies ToWorker);
    await Promise.all(children.map((c) => stopChild(c, 3000)));
  };
  try {
    for (const m of await Promise.all(children.map(next))) if (m.type === 'failed') throw new Error(`fan-out worker: ${m.error}`);
  } catch (err) {
    await close();
    throw err;
  }
  return {
    reset: (fromSeq) => tell({ type: 'reset', fromSeq }),
    cpuSeconds: () => children.reduce((sum, c) => sum + cpuSeconds(c.pid), 0),
    async collect() {
      const replies = children.map(next);
      tell({ type: 'collect' });
      const perWorker: TargetSamples[][] = [];
      for (const m of await Promise.all(replies)) {
        if (m.type !== 'samples') throw new Error(`fan-out worker answered ${m.type}`);
        perWorker.push(m.targets);
      }
      return targets.map((_, t) => ({
        latenciesMs: perWorker.map((w) => w[t]!.latenciesMs),
        perSocket: perWorker.map((w) => w[t]!.perSocket),
        payloadChars: perWorker.map((w) => w[t]!.payloadChars).find((n) => n > 0) ?? 0,
      }));
    },
    close,
  };
}
