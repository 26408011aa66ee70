// How much of the machine other work took while a figure was measured. On a
// shared 2-core machine this decides whether a latency is the server's or a
// neighbour's, so every figure carries it. Linux only; NaN elsewhere.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sleep } from './clock.ts';

/** Seconds all cores have spent busy (user, nice, system, irq, softirq, steal) since boot. */
function machineBusySeconds(): number {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    return (user + nice + system + irq + softirq + steal) / 100; // USER_HZ
  } catch {
    return Number.NaN;
  }
}

const ownCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Start metering; the returned function gives the cores' worth of CPU used by
 * processes other than this one and those `children` counts (their CPU seconds).
 */
export function meterOtherWork(children: () => number = () => 0): () => number {
  const t0 = performance.now();
  const busy0 = machineBusySeconds();
  const own0 = ownCpuSeconds() + children();
  return () => {
    const seconds = (performance.now() - t0) / 1000;
    const others = machineBusySeconds() - busy0 - (ownCpuSeconds() + children() - own0);
    return Math.max(0, others / seconds);
  };
}

/** A warning when other work already keeps the machine busy, sampled over one second, else null. */
export async function busyWarning(): Promise<string | null> {
  const others = meterOtherWork();
  await sleep(1000);
  const cores = others();
  const total = os.availableParallelism();
  return cores > total * 0.25
    ? `warning: other processes kept ${cores.toFixed(2)} of ${total} cores busy just before measuring — their work will show in these figures (see the 'other cores' column)`
    : null;
}
