// WAL checkpoints off the main thread. SQLite's automatic checkpoint runs inside whichever commit
// crosses 1,000 WAL pages: that commit then copies megabytes into the database file and fsyncs
// it, a stall of tens of milliseconds for a command or a slice of catch-up. Here a worker thread
// with its own connection checkpoints (PASSIVE: never waits for, nor blocks, the writer) every
// few milliseconds, and the main connection's automatic checkpoint is turned off. Should the
// worker fail, the automatic checkpoint comes back on, so the WAL never grows without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CacheDb } from './cache.ts';

const AUTO_CHECKPOINT_PAGES = 1000; // SQLite's default

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: another checkpoint; try next time */ }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(db: CacheDb, intervalMs = 50): { close(): Promise<void> } {
  let worker: Worker | undefined;
  const fallBack = () => {
    worker = undefined;
    if (db.open) db.pragma(`wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
  };
  try {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: db.name, intervalMs } });
    worker.unref();
    worker.on('error', fallBack);
    worker.on('exit', () => worker && fallBack());
    db.pragma('wal_autocheckpoint = 0');
  } catch {
    fallBack();
  }
  return {
    async close() {
      const w = worker;
      worker = undefined;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.postMessage('close');
      const timer = setTimeout(() => void w.terminate(), 2000);
      await exited;
      clearTimeout(timer);
      fallBack();
    },
  };
}
