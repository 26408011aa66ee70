// Shared tools for the workstation benches (bench/workstation-*.ts): the
// machine and its load, percentiles, temp folders, child processes that are
// always stopped, free ports and waiting. Not part of `npm test`.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESOURCES = join(ROOT, 'resources');
/** Built fixtures (the 100k-case server store, the 1M-case cache) are kept here and reused across runs. */
export const FIXTURES = join(os.tmpdir(), 'gcc-ws-bench');

export function machineLine(): string {
  const cpus = os.cpus();
  const mem = Math.round((os.totalmem() / 2 ** 30) * 10) / 10;
  return `${cpus[0]?.model.trim() ?? 'unknown cpu'}, ${os.availableParallelism()} cores, ${mem} GiB, Node ${process.version}, ${os.type()} ${os.release()}`;
}

export const loadLine = (): string => `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min)`;

export function header(title: string): void {
  console.log(`# ${title}`);
  console.log(`machine: ${machineLine()}`);
  console.log(`${loadLine()} at start`);
}

// ---- numbers ----------------------------------------------------------------

export type Summary = { n: number; p50: number; p95: number; p99: number; max: number; mean: number };

/** Nearest-rank percentiles: every figure is a latency that was actually observed. */
export function summarize(values: ArrayLike<number>): Summary {
  const s = Float64Array.from(values).sort();
  const at = (p: number) => (s.length ? s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1]! : Number.NaN);
  let sum = 0;
  for (const v of s) sum += v;
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99), max: s.length ? s[s.length - 1]! : Number.NaN, mean: s.length ? sum / s.length : Number.NaN };
}

export const ms = (v: number, digits = v < 10 ? 2 : 1) => `${v.toFixed(digits)} ms`;
export const int = (v: number) => Math.round(v).toLocaleString('en-US');
export const verdict = (ok: boolean) => (ok ? 'target met' : 'target NOT met');

/** A plain-text table, left-aligned, for the console and for docs/benchmarks.md. */
export function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows];
  // CJK characters take two columns in a terminal or a monospaced editor.
  const cols = (c: string) => [...c].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const width = head.map((_, i) => Math.max(...all.map((r) => cols(r[i] ?? ''))));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(width[i]! - cols(c))).join(' | ')} |`;
  return [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---- folders, ports, waiting --------------------------------------------------

// One copy for tests and benches alike.
export { cleanupStack, freePort, sleep, waitFor } from '../../tests/support/fault-kit.ts';
export { tempDir } from '../../tests/support/temp-dir.ts';

// ---- child processes ----------------------------------------------------------

const children = new Set<ChildProcess>();
let guarded = false;

/** Whatever happens (an error, Ctrl-C), no child outlives the bench. */
export function guardChildren(): void {
  if (guarded) return;
  guarded = true;
  const killAll = () => {
    for (const c of children) c.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

export type Child = { child: ChildProcess; url: string; stop(): Promise<void> };

/**
 * `node script …args`, resolved once `pattern` (first group: the URL) shows on stdout. stderr goes to
 * a log file rather than a pipe, so a busy bench process cannot slow the child by not reading it.
 */
export function startNode(script: string, args: readonly string[], pattern: RegExp, logFile: string, timeoutMs = 120_000): Promise<Child> {
  guardChildren();
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', fd] });
  closeSync(fd);
  children.add(child);
  child.once('exit', () => children.delete(child));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  let out = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      child.kill('SIGKILL');
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '';
      reject(new Error(`${script} ${why}\n${out}\n${log}`));
    };
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      fail(`exited with ${code}`);
    };
    child.once('exit', onExit);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({ child, url: m[1]!, stop });
    });
  });
}

/** The command-center server as the issue runs it: sample seed (a no-op on a seeded store), no simulator. */
export const startCommandCenter = (dataDir: string, port = 0, logFile = join(dataDir, 'server.log')) =>
  startNode('src/server/main.ts', ['--seed', 'sample', '--simulate', '0', '--port', String(port), '--data', dataDir], /command-center server: (http:\/\/\S+)/, logFile);

export const startRawServer = (logFile: string) => startNode('bench/lib/ws-raw-server.ts', ['--port', '0'], /raw socket\.io server: (http:\/\/\S+)/, logFile);

// ---- the event loop -------------------------------------------------------------

export type LoopReport = {
  p50: number; p99: number; max: number;
  /** Wall-clock gaps over 50 ms between 2 ms timer ticks, and the longest gap. */
  stallsOver50: number; longest: number;
  /** The most main-thread CPU time spent inside one gap: the part of a stall that is our own work, not waiting for a core. */
  longestBusy: number; busyOver50: number;
};

const threadCpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Event-loop delay while something runs: perf_hooks' histogram (1 ms resolution) for the percentiles,
 * and a 2 ms interval timer that counts every gap over 50 ms (a main-thread stall a user would notice).
 * On a machine shared with other work a gap also holds time spent waiting for a core, so the
 * main thread's own CPU time in each gap is kept too.
 */
export async function watchLoop(): Promise<{ stop(): LoopReport }> {
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let stalls = 0;
  let longest = 0;
  let busyOver50 = 0;
  let longestBusy = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    const gap = now - last;
    const busy = cpu - lastCpu;
    last = now;
    lastCpu = cpu;
    if (gap > 50) {
      stalls += 1;
      if (process.env.WS_DEBUG) console.error(`DBG gap ${gap.toFixed(1)} ms (main thread busy ${busy.toFixed(1)} ms) ending at ${now.toFixed(0)}`);
    }
    if (busy > 50) busyOver50 += 1;
    longest = Math.max(longest, gap);
    longestBusy = Math.max(longestBusy, busy);
  }, 2);
  return {
    stop() {
      clearInterval(tick);
      h.disable();
      return { p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6, stallsOver50: stalls, longest, longestBusy, busyOver50 };
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** This process's CPU seconds so far (all threads). */
export const ownCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** An in-process CPU profile of one phase (`--profile FILE`): start() now, stop() writes a .cpuprofile for DevTools. */
export async function profilePhase(file: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!file) return { stop: async () => undefined };
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile of the phase: ${file}`);
    },
  };
}
