// Child processes for the benches: servers that announce their URL on stdout,
// and IPC workers. Every child is remembered so an interrupted run leaves no
// process behind.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const running = new Set<ChildProcess>();

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

let cleanupInstalled = false;
/** On Ctrl-C or an uncaught error, take the children down too. */
export function killChildrenOnExit(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const killAll = () => {
    for (const child of running) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Stop a child: SIGTERM, then SIGKILL if it has not gone within `graceMs`. */
export function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** User and system CPU seconds a child has used so far (Linux /proc), NaN elsewhere. */
export function cpuTimes(pid: number | undefined): { user: number; system: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 }; // USER_HZ is 100 on Linux
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

export function cpuSeconds(pid: number | undefined): number {
  const t = cpuTimes(pid);
  return t.user + t.system;
}

export type ServerProc = { child: ChildProcess; url: string; cpuSeconds(): number; cpuTimes(): { user: number; system: number }; stop(): Promise<void> };

/**
 * Start `node script …args` and wait for `urlPattern` on its stdout. Its stderr goes to
 * `logFile`, not a pipe: a pipe on Linux writes synchronously, so a busy parent would
 * slow the server it is measuring.
 */
export function startServerProcess(script: string, args: readonly string[], urlPattern: RegExp, logFile: string, execArgv: readonly string[] = []): Promise<ServerProc> {
  const logFd = openSync(logFile, 'a');
  const child = track(spawn(process.execPath, [...execArgv, script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', logFd] }));
  closeSync(logFd);
  let stdout = '';
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      child.kill('SIGKILL');
      let log = '';
      try {
        log = readFileSync(logFile, 'utf8').slice(-4000);
      } catch {
        // no log yet
      }
      reject(new Error(`${script} ${why}\n--- stdout ---\n${stdout}\n--- log ---\n${log}`));
    };
    const timer = setTimeout(() => fail('did not start within 30 s'), 30_000);
    const onExit = (code: number | null) => fail(`exited with ${code}`);
    child.once('exit', onExit);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = urlPattern.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume(); // keep draining, for the same reason stderr goes to a file
      resolve({ child, url: match[1]!, cpuSeconds: () => cpuSeconds(child.pid), cpuTimes: () => cpuTimes(child.pid), stop: () => stopChild(child) });
    });
  });
}

/** A worker with an IPC channel; 'advanced' serialization carries typed arrays of samples as they are. */
export function forkWorker(script: string, args: readonly string[]): ChildProcess {
  return track(fork(script, [...args], { cwd: ROOT, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
}
