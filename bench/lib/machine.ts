// What the figures were measured on, printed with every run so a number is
// never read without its machine.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; os: string };

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

export const formatMachine = (m: Machine): string => `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}`;

/** The soft open-file limit (Linux), or null where it cannot be read; node cannot raise it itself. */
export function maxOpenFiles(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft === undefined || soft === 'unlimited' ? null : Number(soft);
  } catch {
    return null;
  }
}

