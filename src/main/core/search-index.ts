// Brings the two FTS5 search indexes up to date with the rows writes marked in search_dirty
// (migration 004), off the write path: a command or an applied page of server changes only marks
// rows, and this indexes them later in short batches, each its own transaction.
import { withNormalSync, type CacheDb } from './cache.ts';

type Dirty = { rowid: number; indexed: number; title: string | null; description: string | null; address: string | null };

/** Work per call of indexFor when the caller gives no budget: short enough not to be felt as a stall. */
export const INDEX_SLICE_MS = 8;
/** Rows read from the queue per step; the budget is checked between steps. */
const STEP = 32;
/**
 * Pages of segment merging per step. With automerge off (migration 005) the merging happens only
 * here, a step at a time, so no slice inherits a whole level's merge.
 */
const MERGE_PAGES = 16;

export function createSearchIndex(db: CacheDb) {
  const q = {
    next: db.prepare<[number], Dirty>('select case_rowid as rowid, indexed, title, description, address from search_dirty order by case_rowid limit ?'),
    forget: db.prepare("insert into cases_fts (cases_fts, rowid, title, description, address) values ('delete', ?, ?, ?, ?)"),
    forgetGrams: db.prepare('delete from cases_grams where rowid = ?'),
    index: db.prepare('insert into cases_fts (rowid, title, description, address) select rowid, title, description, address from cases where rowid = ?'),
    indexGrams: db.prepare("insert into cases_grams (rowid, grams) select rowid, text_grams(title || ' ' || description || ' ' || address) from cases where rowid = ?"),
    done: db.prepare('delete from search_dirty where case_rowid = ?'),
    count: db.prepare<[], { n: number }>('select count(*) as n from search_dirty'),
    // A positive page count merges only a level holding `usermerge` (4) segments or more, so a step
    // is a no-op once the index is in shape; total_changes tells whether it did anything.
    merge: [
      db.prepare("insert into cases_fts (cases_fts, rank) values ('merge', ?)"),
      db.prepare("insert into cases_grams (cases_grams, rank) values ('merge', ?)"),
    ],
    totalChanges: db.prepare<[], { n: number }>('select total_changes() as n'),
    any: db.prepare<[], { one: number }>('select 1 as one from search_dirty limit 1'),
  };

  /** Merge steps until neither index has a level to merge or `deadline` passes; true when work remains. */
  const mergeUntil = (deadline: number): boolean => {
    const busy = [true, true];
    while (busy[0] || busy[1]) {
      for (let i = 0; i < 2; i++) {
        if (!busy[i]) continue;
        if (performance.now() >= deadline) return true;
        const before = q.totalChanges.get()!.n;
        q.merge[i]!.run(MERGE_PAGES);
        busy[i] = q.totalChanges.get()!.n - before >= 2;
      }
    }
    return false;
  };
  let mergePending = true;

  const run = db.transaction((budgetMs: number): number => {
    const started = performance.now();
    // Merging first, for up to half the budget: new rows add segments, and the merges must keep
    // pace with them or queries slow down and the crisis merge returns.
    if (mergePending) mergePending = mergeUntil(started + budgetMs / 2);
    let n = 0;
    do {
      const rows = q.next.all(STEP);
      for (const r of rows) {
        if (r.indexed) {
          q.forget.run(r.rowid, r.title, r.description, r.address);
          q.forgetGrams.run(r.rowid);
        }
        q.index.run(r.rowid); // nothing when the case left the view
        q.indexGrams.run(r.rowid);
        q.done.run(r.rowid);
      }
      n += rows.length;
      if (rows.length < STEP) break;
    } while (performance.now() - started < budgetMs);
    // The rows just indexed become a segment at commit; whatever budget is left goes to merging.
    if (n > 0) mergePending = true;
    if (mergePending) mergePending = mergeUntil(started + budgetMs);
    return n;
  });

  return {
    /**
     * Index marked rows, lowest rowid first, for about `budgetMs`; returns how many. Committed with
     * synchronous=NORMAL: the marks are removed in the same transaction, so a power cut that loses
     * this commit leaves the rows marked, and they are indexed again.
     */
    indexFor(budgetMs = INDEX_SLICE_MS): number {
      return withNormalSync(db, () => run(budgetMs));
    },
    /** Rows written but not indexed yet. */
    pending: (): number => q.count.get()!.n,
    idle: (): boolean => q.any.get() === undefined,
    /** Nothing to index and no merge step left to take. */
    settled: (): boolean => !mergePending && q.any.get() === undefined,
  };
}
export type SearchIndex = ReturnType<typeof createSearchIndex>;

/**
 * Runs the index in the background: `schedule()` after writes; slices run one per macrotask, so
 * requests are answered between them. While `busy()` (the link applying server changes) it waits,
 * rather than compete with the catch-up for the main thread; search stays correct meanwhile.
 */
export function createBackgroundIndexer(index: SearchIndex, opts: { busy: () => boolean; delayMs?: number; busyRetryMs?: number }) {
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;
  let closed = false;

  const slice = () => {
    timer = undefined;
    immediate = undefined;
    if (closed) return;
    if (opts.busy()) return void (timer = setTimeout(slice, opts.busyRetryMs ?? 250));
    index.indexFor();
    if (!index.settled()) immediate = setImmediate(slice);
  };

  return {
    /** Index what writes marked, soon; a burst of writes shares one run. */
    schedule(): void {
      if (closed || timer || immediate) return;
      timer = setTimeout(slice, opts.delayMs ?? 20);
    },
    close(): void {
      closed = true;
      clearTimeout(timer);
      if (immediate) clearImmediate(immediate);
    },
  };
}
