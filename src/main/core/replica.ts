// The local replica: confirmed server state, the outbox, and the view the
// operator sees (server state + pending mutations replayed), kept consistent
// by doing every change in one transaction.
//
// Both case tables hold only cases that were validated before they were written (server changes
// with caseSchema, the view from them or from a workflow decision), so reads parse JSON only.
import { caseSchema, type Case } from '../../shared/domain/case.ts';
import { applyOptimistic, type PendingMutation } from '../../shared/optimistic.ts';
import { caseInScope, scopeOf } from '../../shared/scope.ts';
import type { Change, Mutation, MutationResult, SessionUser } from '../../shared/wire.ts';
import { withNormalSync, type CacheDb } from './cache.ts';

export type OutboxRow = { seq: number; id: string; case_id: string; name: string; args: string; at: string };
export type AttentionItem = { id: string; caseId: string; name: string; args: unknown; at: string; reason: string; rejectedAt: string };

/**
 * `user` is the signed-in account: pending mutations replay as that user, and server cases that
 * fall outside its scope (a case re-dispatched to another seat) leave the replica.
 */
export function createReplica(db: CacheDb, user: () => SessionUser) {
  const q = {
    getMeta: db.prepare<[string], { value: string }>('select value from meta where key = ?'),
    setMeta: db.prepare('insert into meta (key, value) values (?, ?) on conflict(key) do update set value = excluded.value'),
    serverCase: db.prepare<[string], { data: string }>('select data from cases_server where id = ?'),
    upsertServer: db.prepare('insert into cases_server (id, version, data) values (?, ?, ?) on conflict(id) do update set version = excluded.version, data = excluded.data where excluded.version > cases_server.version'),
    pendingFor: db.prepare<[string], OutboxRow>('select * from outbox where case_id = ? order by seq'),
    upsertView: db.prepare(`insert into cases (id, code, state, reported_at, pending, data) values (@id, @code, @state, @reportedAt, @pending, @data)
      on conflict(id) do update set code = excluded.code, state = excluded.state, reported_at = excluded.reported_at, pending = excluded.pending, data = excluded.data`),
    // A local action keeps the case's code and report time: setting only what it can change leaves
    // the indexes on those two columns alone (SQLite rewrites the index of every column it sets).
    actOnView: db.prepare('update cases set state = ?, pending = 1, data = ? where id = ?'),
    deleteView: db.prepare('delete from cases where id = ?'),
    insertOutbox: db.prepare('insert into outbox (seq, id, case_id, name, args, at) values (?, ?, ?, ?, ?, ?)'),
    // Each max() reads the last row of its table's primary key; a max over the union would scan both tables.
    maxSeq: db.prepare<[], { s: number | null }>('select max(s) as s from (select max(seq) as s from outbox union all select max(seq) from attention)'),
    outboxBatch: db.prepare<[number], OutboxRow>('select * from outbox order by seq limit ?'),
    outboxRow: db.prepare<[string], OutboxRow>('select * from outbox where id = ?'),
    deleteOutbox: db.prepare('delete from outbox where id = ?'),
    pendingCount: db.prepare<[], { n: number }>('select count(*) as n from outbox'),
    attentionCount: db.prepare<[], { n: number }>('select count(*) as n from attention'),
    insertAttention: db.prepare('insert or replace into attention (id, seq, case_id, name, args, at, reason, rejected_at) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    listAttention: db.prepare<[], { id: string; case_id: string; name: string; args: string; at: string; reason: string; rejected_at: string }>('select * from attention order by seq'),
    viewCase: db.prepare<[string], { data: string }>('select data from cases where id = ?'),
    listView: db.prepare<[number], { data: string; pending: number }>('select data, pending from cases order by reported_at desc limit ?'),
  };

  // meta is read on every command and every link announcement (user, clientId, cursor): served from
  // memory, written through. Only this module writes the table; a failed transaction clears it.
  const metaCache = new Map<string, string | undefined>();
  const meta = (key: string): string | undefined => {
    if (metaCache.has(key)) return metaCache.get(key);
    const value = q.getMeta.get(key)?.value;
    metaCache.set(key, value);
    return value;
  };
  const writeMeta = (key: string, value: string) => {
    q.setMeta.run(key, value);
    metaCache.set(key, value);
  };
  // Counts the link state shows after every command; count(*) would walk the whole outbox each time.
  let pendingCached: number | undefined;
  let attentionCached: number | undefined;
  /** The last seq given to a mutation (see enqueue), once read from the tables. */
  let lastSeq: number | undefined;
  /** A transaction whose failure forgets what memory holds of the tables it wrote. */
  const guarded = <A extends unknown[], R>(tx: (...args: A) => R) => (...args: A): R => {
    try {
      return tx(...args);
    } catch (err) {
      metaCache.clear();
      pendingCached = undefined;
      attentionCached = undefined;
      lastSeq = undefined;
      throw err;
    }
  };

  /**
   * Recompute the view row of one case: server state, then each pending mutation in order.
   * `server` is the case's server state when the caller just wrote it (validated, and its JSON),
   * which saves reading and validating it again.
   */
  function rebuild(caseId: string, u: SessionUser = user(), server?: { data: Case; json: string }): void {
    // While the outbox is empty (all of a fresh catch-up) no case has pending mutations to look up.
    const pending = pendingCount() === 0 ? [] : q.pendingFor.all(caseId);
    if (server && pending.length === 0) {
      const v = server.data;
      return void q.upsertView.run({ id: v.id, code: v.code, state: v.state, reportedAt: v.reportedAt, pending: 0, data: server.json });
    }
    const row = server ? undefined : q.serverCase.get(caseId);
    let view: Case | undefined = server ? server.data : row ? (JSON.parse(row.data) as Case) : undefined;
    for (const p of pending) view = applyOptimistic(view, toPending(p), u);
    if (!view) return void q.deleteView.run(caseId);
    q.upsertView.run({ id: view.id, code: view.code, state: view.state, reportedAt: view.reportedAt, pending: pending.length > 0 ? 1 : 0, data: JSON.stringify(view) });
  }

  const pendingCount = (): number => (pendingCached ??= q.pendingCount.get()!.n);
  const toPending = (p: OutboxRow): PendingMutation => ({ id: p.id, name: p.name, args: JSON.parse(p.args), at: p.at });
  const deleteServer = db.prepare('delete from cases_server where id = ?');

  /** Server changes in version order, with the cursor; see applyChanges. */
  const applyTx = db.transaction((changes: Change[], cursor: number): string[] => {
    // Per case, its server state if this batch wrote it, or null if this batch removed it or a
    // newer version was already there (then the view is rebuilt from what is stored).
    const written = new Map<string, { data: Case; json: string } | null>();
    const u = user();
    const scope = scopeOf(u);
    for (const c of changes) {
      if (caseInScope(c.data, scope)) {
        const data = caseSchema.parse(c.data);
        const json = JSON.stringify(data);
        const wrote = q.upsertServer.run(c.id, c.version, json).changes > 0;
        written.set(c.id, wrote ? { data, json } : null);
      } else {
        deleteServer.run(c.id);
        written.set(c.id, null);
      }
    }
    // The account cannot change inside the transaction: read it once, not once per case.
    for (const [id, server] of written) rebuild(id, u, server ?? undefined);
    writeMeta('cursor', String(cursor));
    return [...written.keys()];
  });
  const guardedApply = guarded(applyTx);

  return {
    meta,
    setMeta: (key: string, value: string) => writeMeta(key, value),
    cursor: (): number => Number(meta('cursor') ?? 0),

    /**
     * Accepted work: durable in the outbox and visible in the view, in one transaction. `view` is
     * the case as the command decided it: the current view (server state with the pending
     * mutations replayed) with this mutation applied, at `m.at`, by the signed-in user. Replaying
     * them all again here would give the same case at twice the cost, so it is written as given.
     * `previous` is the view the command decided on, when the case was already there.
     */
    enqueue: guarded(db.transaction((m: Omit<Mutation, 'seq'>, caseId: string, view: Case, previous?: Case): Mutation => {
      // The client's sequence only grows. Once the outbox drains its max no longer remembers the
      // seqs already sent: acknowledge keeps that high-water mark in meta.
      const seq = (lastSeq ??= Math.max(q.maxSeq.get()?.s ?? 0, Number(meta('seq') ?? 0))) + 1;
      lastSeq = seq;
      q.insertOutbox.run(seq, m.id, caseId, m.name, JSON.stringify(m.args), m.at);
      const data = JSON.stringify(view);
      const lean = previous && previous.code === view.code && previous.reportedAt === view.reportedAt && q.actOnView.run(view.state, data, view.id).changes > 0;
      if (!lean) q.upsertView.run({ id: view.id, code: view.code, state: view.state, reportedAt: view.reportedAt, pending: 1, data });
      if (pendingCached !== undefined) pendingCached += 1;
      return { ...m, seq };
    })),

    outboxBatch: (limit: number): Mutation[] => {
      const clientId = meta('clientId') ?? '';
      return q.outboxBatch.all(limit).map((r) => ({ id: r.id, clientId, seq: r.seq, name: r.name, args: JSON.parse(r.args), at: r.at }));
    },

    /**
     * Server answers for pushed mutations. Applied ones leave the outbox (their
     * effect arrives as server changes); rejected ones roll back and wait for
     * the operator in the attention list.
     */
    acknowledge: guarded(db.transaction((results: MutationResult[]): { rejected: string[]; caseIds: string[] } => {
      const rejected: string[] = [];
      const caseIds = new Set<string>();
      let highest = 0;
      for (const r of results) {
        const row = q.outboxRow.get(r.id);
        if (!row) continue;
        q.deleteOutbox.run(r.id);
        highest = Math.max(highest, row.seq);
        if (r.status === 'rejected') {
          q.insertAttention.run(row.id, row.seq, row.case_id, row.name, row.args, row.at, r.reason, new Date().toISOString());
          rejected.push(r.id);
          caseIds.add(row.case_id);
          rebuild(row.case_id);
        }
      }
      if (highest > Number(meta('seq') ?? 0)) writeMeta('seq', String(highest));
      pendingCached = undefined;
      attentionCached = undefined;
      return { rejected, caseIds: [...caseIds] };
    })),

    /**
     * Server changes in version order; the cursor moves in the same transaction. Committed with
     * synchronous=NORMAL: in WAL mode that is still atomic and survives the app crashing; a power
     * cut can only lose the last such commits whole, cursor included, and those are pulled again.
     * Accepted work (outbox, acknowledgements) keeps synchronous=FULL, and a FULL commit also makes
     * every commit before it durable. Saves an fsync per apply, which blocks the main thread.
     */
    applyChanges(changes: Change[], cursor: number): string[] {
      return withNormalSync(db, () => guardedApply(changes, cursor));
    },

    /** Forget replicated server state when the server's identity changed; pending work stays queued. */
    resetForServer: guarded(db.transaction((serverId: string): boolean => {
      const known = meta('serverId');
      writeMeta('serverId', serverId);
      if (known === undefined || known === serverId) return false;
      db.exec("delete from cases_server; delete from meta where key in ('cursor', 'lastSyncAt')");
      metaCache.delete('cursor');
      metaCache.delete('lastSyncAt');
      const ids = db.prepare<[], { id: string }>('select id from cases').all().map((r) => r.id);
      for (const id of ids) rebuild(id);
      return true;
    })),

    pendingCount,
    attentionCount: (): number => (attentionCached ??= q.attentionCount.get()!.n),
    attention: (): AttentionItem[] =>
      q.listAttention.all().map((r) => ({ id: r.id, caseId: r.case_id, name: r.name, args: JSON.parse(r.args), at: r.at, reason: r.reason, rejectedAt: r.rejected_at })),
    getCase: (id: string): Case | undefined => {
      const row = q.viewCase.get(id);
      return row ? (JSON.parse(row.data) as Case) : undefined;
    },
    listCases: (limit: number) => q.listView.all(limit).map((r) => ({ ...caseSchema.parse(JSON.parse(r.data)), pending: r.pending === 1 })),
  };
}
export type Replica = ReturnType<typeof createReplica>;
