// The servers a bench can measure, each started as its own process on 127.0.0.1
// with a fresh data folder: the command-center server and the raw baselines.
import { join } from 'node:path';
import { startServerProcess, type ServerProc } from './proc.ts';
import { login } from './session.ts';
import { tempDir } from './temp-dir.ts';

export type RawMode = 'ack' | 'sqlite-batch' | 'sqlite-item' | 'relay';
/** inMemory: the data folder on tmpfs, so fsync costs nothing — a diagnostic that separates the disk from the code. */
export type TargetSpec = { kind: 'server'; label: string; inMemory?: boolean } | { kind: 'raw'; mode: RawMode; label: string };

export type Target = ServerProc & {
  label: string;
  /** A session token for `username` (the raw server takes any). */
  token(username: string): Promise<string>;
  /** Stop the process and remove its data folder. */
  close(): Promise<void>;
};

export async function startTarget(spec: TargetSpec, opts: { execArgv?: readonly string[] } = {}): Promise<Target> {
  const dir = tempDir('gcc-bench-', { inMemory: spec.kind === 'server' && spec.inMemory === true });
  const log = join(dir.path, 'process.log');
  try {
    const proc =
      spec.kind === 'server'
        ? await startServerProcess('src/server/main.ts', ['--seed', 'sample', '--simulate', '0', '--port', '0', '--data', dir.path], /command-center server: (\S+)/, log, opts.execArgv)
        : await startServerProcess('bench/raw-server.ts', ['--mode', spec.mode, '--port', '0', '--data', dir.path], /raw socket.io server: (\S+)/, log, opts.execArgv);
    return {
      ...proc,
      label: spec.label,
      token: (username) => (spec.kind === 'server' ? login(proc.url, username) : Promise.resolve('raw')),
      async close() {
        await proc.stop();
        dir.remove();
      },
    };
  } catch (err) {
    dir.remove();
    throw err;
  }
}
