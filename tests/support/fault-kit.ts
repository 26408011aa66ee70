// Shared tools for the fault tests (tests/faults): workstation driver processes, free ports,
// reading everything the server holds, and the server's own mutation ledger.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Case } from '../../src/shared/domain/case.ts';
import type { Change } from '../../src/shared/wire.ts';
import { ROOT } from './processes.ts';
import { connectClient } from './server-client.ts';

/** A port nobody listens on right now, for a server that starts later (or restarts on it). */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `probe` until it returns a value other than undefined; fail with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Cleanup steps run in reverse order, each even when an earlier one failed. */
export function cleanupStack() {
  const steps: (() => unknown)[] = [];
  return {
    add(fn: () => unknown) {
      steps.push(fn);
    },
    async run() {
      const errors: unknown[] = [];
      for (const fn of steps.reverse()) {
        try {
          await fn();
        } catch (err) {
          errors.push(err);
        }
      }
      steps.length = 0;
      if (errors.length) throw errors[0];
    },
  };
}

export type DriverRun = {
  child: ChildProcess;
  /** Case ids the core acknowledged, in order, as printed. */
  acks: string[];
  /** The outbox size the run started from (`start N`), once printed. */
  started(): number | undefined;
  lines: string[];
  /** Resolves once `n` acks were printed (0: once the run has started), or rejects if it exited first. */
  waitForAcks(n: number): Promise<void>;
  /** Resolves when the process is gone and its stdout fully read. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
};

/** Start tests/support/workstation-driver.ts in its own process. */
export function startDriver(opts: { dataDir: string; serverUrl: string; until?: number; flush?: boolean; user?: string }): DriverRun {
  const args = ['tests/support/workstation-driver.ts', '--data', opts.dataDir, '--server', opts.serverUrl];
  if (opts.flush) args.push('--flush');
  if (opts.until !== undefined) args.push('--until', String(opts.until));
  if (opts.user) args.push('--user', opts.user);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: string[] = [];
  const lines: string[] = [];
  let start: number | undefined;
  let err = '';
  let waiters: { n: number; resolve(): void }[] = [];
  let gone = false;
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const rl = createInterface({ input: child.stdout! });
  rl.on('line', (line) => {
    lines.push(line);
    if (line.startsWith('ack ')) acks.push(line.slice(4));
    else if (line.startsWith('start ')) start = Number(line.slice(6));
    else return;
    waiters = waiters.filter((w) => (start !== undefined && acks.length >= w.n ? (w.resolve(), false) : true));
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let ended = false;
    const done = () => exit && ended && ((gone = true), resolve(exit));
    child.once('exit', (code, signal) => ((exit = { code, signal }), done()));
    rl.once('close', () => ((ended = true), done()));
  });
  return {
    child,
    acks,
    lines,
    started: () => start,
    closed,
    waitForAcks(n) {
      if (start !== undefined && acks.length >= n) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiters.push({ n, resolve });
        void closed.then(() => reject(new Error(`driver exited before ${n} acks (${acks.length}):\n${err}`)));
      });
    },
    async kill(signal = 'SIGKILL') {
      if (!gone && child.exitCode === null && child.signalCode === null) child.kill(signal);
      return closed;
    },
    stderr: () => err,
  };
}

/** Every change the server holds in `username`'s scope, in version order. */
export async function pullEverything(serverUrl: string, username = 'dispatcher'): Promise<Change[]> {
  const client = await connectClient(serverUrl, username);
  try {
    const all: Change[] = [];
    let after = 0;
    for (;;) {
      const page = await client.pull(after, 1000);
      if (!page.ok) throw new Error(page.error);
      all.push(...page.changes);
      after = page.latest;
      if (!page.hasMore) return all;
    }
  } finally {
    client.close();
  }
}

/** The server's cases as of the changes: the last change of each case wins. */
export function latestCases(changes: readonly Change[]): Map<string, Case> {
  const byId = new Map<string, Case>();
  for (const c of changes) byId.set(c.id, c.data);
  return byId;
}

/** The cases a server seeded with `--seed sample` starts with (src/server/seed.ts). */
export const SAMPLE_CASES = 5;

/** How many changes each case id has in the change log: a case reported and acted on twice has 3. */
export function changeCounts(changes: readonly Change[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.id, (counts.get(c.id) ?? 0) + 1);
  return counts;
}

export type LedgerRow = { id: string; client_id: string; seq: number; username: string; name: string; status: 'applied' | 'rejected'; reason: string | null };

/**
 * The server's own record of every mutation it decided (server.sqlite, read-only): the ground
 * truth for "applied exactly once" that the wire cannot show, since a repeat is answered from it.
 */
export function readLedger(serverDataDir: string): LedgerRow[] {
  const db = new Database(join(serverDataDir, 'server.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], LedgerRow>('select id, client_id, seq, username, name, status, reason from mutations').all();
  } finally {
    db.close();
  }
}

/** How many mutations from workstations (not the seed) the server has decided, read from its file. */
export function ledgerCount(serverDataDir: string): number {
  const db = new Database(join(serverDataDir, 'server.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], { n: number }>("select count(*) as n from mutations where client_id <> 'seed'").get()!.n;
  } finally {
    db.close();
  }
}

/** Ledger rows that share a (clientId, seq) with an earlier row: a workstation's seq must never repeat. */
export const repeatedSeqs = (rows: readonly LedgerRow[]): LedgerRow[] => {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.client_id}#${r.seq}`;
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  });
};

/** Elements of `wanted` missing from `have`. */
export const missingFrom = <T>(wanted: Iterable<T>, have: { has(x: T): boolean }): T[] => [...wanted].filter((x) => !have.has(x));
