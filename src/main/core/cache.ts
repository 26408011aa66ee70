// The workstation's local SQLite cache. WAL for concurrent reads while the
// sync engine writes; synchronous=FULL because the outbox holds accepted work
// that must survive a power cut.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { textGrams } from '../../shared/text-grams.ts';
import { migrations } from './migrations/index.ts';

export type CacheDb = Database.Database;

export function openCache(dataDir: string): CacheDb {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'cache.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // The search triggers call it on every write to the view, so it must exist before any write.
  db.function('text_grams', { deterministic: true }, (text: unknown) => textGrams(typeof text === 'string' ? text : ''));
  migrate(db);
  return db;
}

type SyncStatements = { read: Database.Statement<[], number>; set: Database.Statement[] };
const syncStatements = new WeakMap<CacheDb, SyncStatements>();

/**
 * Runs `work` (a transaction) with synchronous=NORMAL, then puts the previous setting back. For
 * commits a power cut may lose whole because they can be redone (see the callers). The pragma
 * statements are prepared once per connection: this runs for every slice of catch-up and indexing.
 */
export function withNormalSync<T>(db: CacheDb, work: () => T): T {
  let s = syncStatements.get(db);
  if (!s) {
    s = {
      read: db.prepare<[], number>('pragma synchronous').pluck(),
      // Indexed by level: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA.
      set: [0, 1, 2, 3].map((level) => db.prepare(`pragma synchronous = ${level}`)),
    };
    syncStatements.set(db, s);
  }
  const was = s.read.get()!;
  s.set[1]!.run();
  try {
    return work();
  } finally {
    s.set[was]!.run();
  }
}

function migrate(db: CacheDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`缓存数据库版本 ${current} 比本程序支持的 ${migrations.length} 新，请升级工作站`);
  }
  migrations.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
}
