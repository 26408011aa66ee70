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

/**
 * Runs `work` (a transaction) with synchronous=NORMAL, then puts the previous setting back. For
 * commits a power cut may lose whole because they can be redone (see the callers). The pragma is
 * prepared on every call on purpose: SQLite applies synchronous while preparing the statement, not
 * when it runs, so a prepared `pragma synchronous = …` run again changes nothing.
 */
export function withNormalSync<T>(db: CacheDb, work: () => T): T {
  const was = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    return work();
  } finally {
    db.pragma(`synchronous = ${was}`);
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
