// The indexer merges FTS5 segments itself, a step at a time (automerge is off, migration 005):
// after many small slices the indexes must be in shape, and correct.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { openCache } from './cache.ts';
import { createSearchIndex } from './search-index.ts';

const dir = tempDir();
const db = openCache(dir.path);
const index = createSearchIndex(db);
afterAll(() => {
  db.close();
  dir.remove();
});

const insert = db.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?)');
function put(n: number) {
  const id = `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const title = `${['长安路', '中山路', '友谊路'][n % 3]}${['井盖缺失', '占道经营', '暴露垃圾'][(n >> 2) % 3]} ${n}`;
  insert.run(id, `JQ-${n}`, 'reported', '2026-11-26T01:00:00.000Z', JSON.stringify({ id, title, description: '市民来电', address: `第${n % 7}网格` }));
}
const config = (table: string, key: string) => db.prepare<[string], { v: number }>(`select v from ${table}_config where k = ?`).get(key)?.v;
/** Whether a merge step would find a level with `usermerge` (4) segments or more. */
const wouldMerge = (table: string) => {
  const before = db.prepare<[], { n: number }>('select total_changes() as n').get()!.n;
  db.prepare(`insert into ${table} (${table}, rank) values ('merge', 16)`).run();
  return db.prepare<[], { n: number }>('select total_changes() as n').get()!.n - before >= 2;
};

describe('search index merging', () => {
  it('has automerge off on both indexes', () => {
    expect(config('cases_fts', 'automerge')).toBe(0);
    expect(config('cases_grams', 'automerge')).toBe(0);
  });

  it('keeps every level under four segments through 200 small slices, and stays correct', () => {
    let n = 0;
    // One slice per few rows: each commit adds a segment to both indexes.
    for (let slice = 0; slice < 200; slice++) {
      for (let i = 0; i < 3; i++) put(n++);
      index.indexFor(50);
    }
    for (let guard = 0; !index.settled() && guard < 1000; guard++) index.indexFor(50);
    expect(index.settled()).toBe(true);
    expect(wouldMerge('cases_fts')).toBe(false);
    expect(wouldMerge('cases_grams')).toBe(false);
    db.exec("insert into cases_fts (cases_fts) values ('integrity-check')");
    db.exec("insert into cases_grams (cases_grams) values ('integrity-check')");
    const hits = db.prepare<[string], { rowid: number }>('select rowid from cases_fts where cases_fts match ?').all('"占道经营"');
    expect(hits.length).toBe([...Array(n).keys()].filter((k) => (k >> 2) % 3 === 1).length);
  });
});
