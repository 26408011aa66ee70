// The embedded SQLite store: one file, WAL, every mutation in one transaction
// that also appends to the case's event log and the change log, so version
// order is commit order.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseDecision, Placement } from '../../shared/case-commands.ts';
import type { Case } from '../../shared/domain/case.ts';
import { regridEvent, type CaseEvent } from '../../shared/domain/case-event.ts';
import type { Change, Mutation, MutationResult } from '../../shared/wire.ts';
import type { Grid, LngLat, Wish } from '../../shared/domain/model.ts';
import { finishedStates } from '../../shared/domain/workflow-case.ts';
import { bucketStart, dimsKey, granularities, type Granularity, type MetricPoint, type Rollup } from '../../shared/metrics.ts';
import type { Scope } from '../../shared/scope.ts';
import type { Account, CityReference, CommitOutcome, PlannedMutation, RegridActor, Role, Store } from './store.ts';

const SCHEMA = `
create table if not exists meta (key text primary key, value text not null);
create table if not exists accounts (
  username text primary key, display_name text not null, role text not null,
  department_id text, seat_id text, county_code text, town_code text, password_hash text not null);
create table if not exists sessions (token text primary key, username text not null references accounts(username), created_at text not null);
create table if not exists cases (
  id text primary key, code text unique, county_code text, town_code text, department_id text,
  version integer not null, data text not null);
create index if not exists cases_scope on cases (county_code, town_code, department_id);
-- Which cases name an attachment: a download's access check reads those cases, not every case.
create table if not exists case_attachments (sha256 text not null, case_id text not null, primary key (sha256, case_id)) without rowid;
create table if not exists case_events (case_id text not null, seq integer not null, data text not null, primary key (case_id, seq));
-- A change is visible to the scope the case is in now and to the one it left, so a
-- re-dispatched case disappears from the old seat's queue.
create table if not exists changes (
  version integer primary key autoincrement, entity text not null, entity_id text not null,
  county_code text, town_code text, department_id text,
  prev_county_code text, prev_town_code text, prev_department_id text, data text not null);
create table if not exists mutations (
  id text primary key, client_id text not null, seq integer not null, username text not null,
  name text not null, status text not null, reason text, applied_at text not null);
create table if not exists counters (key text primary key, value integer not null);
create table if not exists reference (kind text primary key, data text not null);
create table if not exists metric_rollups (
  granularity text not null, bucket text not null, platform text not null, key text not null, dims text not null,
  count integer not null, sum real not null, min real not null, max real not null, last real not null,
  primary key (granularity, bucket, platform, key, dims));
`;

type AccountRow = {
  username: string; display_name: string; role: Role; department_id: string | null; seat_id: string | null;
  county_code: string | null; town_code: string | null; password_hash: string;
};

const toAccount = (r: AccountRow): Account => ({
  username: r.username, displayName: r.display_name, role: r.role, departmentId: r.department_id,
  seatId: r.seat_id, countyCode: r.county_code, townCode: r.town_code,
});

/** Case codes count per China-local day: JQ-20261126-0042. */
const caseCodeDay = (iso: string): string => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');

// Every case row is written here from a workflow decision or an import of validated cases, so a read
// parses JSON only: validating again cost a zod pass per change pulled and per mutation committed.
const parseCase = (data: string): Case => JSON.parse(data) as Case;

/**
 * Work per transaction when committing a pushed batch: long enough that a commit's fsync is shared
 * by dozens of mutations, short enough that the event loop is never held much longer.
 */
const COMMIT_RUN_MS = 15;

/** A data folder from before the attachment index: fill it from the cases once. */
function indexAttachmentsOnce(db: Database.Database): void {
  if (db.prepare("select 1 from meta where key = 'case_attachments_indexed'").get()) return;
  const insert = db.prepare('insert or ignore into case_attachments (sha256, case_id) values (?, ?)');
  db.transaction(() => {
    // A digest is 64 hex digits: a plain substring test skips every case without attachments unparsed.
    for (const row of db.prepare<[], { id: string; data: string }>(`select id, data from cases where instr(data, '"sha256"') > 0`).all()) {
      for (const a of parseCase(row.data).attachments ?? []) insert.run(a.sha256, row.id);
    }
    db.prepare("insert into meta (key, value) values ('case_attachments_indexed', '1')").run();
  })();
}

export function openSqliteStore(dataDir: string, prefix = 'JQ'): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'server.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  db.prepare("insert or ignore into meta (key, value) values ('server_id', ?)").run(randomUUID());
  const serverId = (db.prepare("select value from meta where key = 'server_id'").get() as { value: string }).value;
  db.prepare("insert or ignore into meta (key, value) values ('reference_version', ?)").run(randomUUID());
  const getReferenceVersion = db.prepare<[], { value: string }>("select value from meta where key = 'reference_version'");
  // A new value whenever the reference data changes: workstations compare it with the one they fetched.
  const bumpReferenceVersion = db.prepare("update meta set value = ? where key = 'reference_version'");

  const q = {
    mutation: db.prepare<[string], { status: string; reason: string | null }>('select status, reason from mutations where id = ?'),
    insertMutation: db.prepare('insert into mutations (id, client_id, seq, username, name, status, reason, applied_at) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    getCase: db.prepare<[string], { data: string }>('select data from cases where id = ?'),
    // Open cases in one of the grids named (a JSON array of codes), or in none.
    openCasesIn: db.prepare<[string, string], { data: string }>(
      `select data from cases where json_extract(data, '$.state') not in (select value from json_each(?))
        and (json_extract(data, '$.gridCode') is null or json_extract(data, '$.gridCode') in (select value from json_each(?)))`,
    ),
    upsertCase: db.prepare(
      `insert into cases (id, code, county_code, town_code, department_id, version, data) values (@id, @code, @county, @town, @dept, @version, @data)
       on conflict(id) do update set code = excluded.code, county_code = excluded.county_code, town_code = excluded.town_code,
       department_id = excluded.department_id, version = excluded.version, data = excluded.data`,
    ),
    insertEvent: db.prepare('insert into case_events (case_id, seq, data) values (?, ?, ?)'),
    events: db.prepare<[string], { data: string }>('select data from case_events where case_id = ? order by seq'),
    insertChange: db.prepare(`insert into changes (entity, entity_id, county_code, town_code, department_id, prev_county_code, prev_town_code, prev_department_id, data)
      values (?, ?, ?, ?, ?, ?, ?, ?, '')`),
    setChangeData: db.prepare('update changes set data = ? where version = ?'),
    latest: db.prepare<[], { v: number | null }>('select max(version) as v from changes'),
    pull: db.prepare<[{ after: number; county: string | null; town: string | null; dept: string | null; limit: number }], { version: number; entity_id: string; data: string }>(
      `select version, entity_id, data from changes where version > @after
       and (((@county is null or county_code = @county) and (@town is null or town_code = @town) and (@dept is null or department_id = @dept))
         or ((@county is null or prev_county_code = @county) and (@town is null or prev_town_code = @town) and (@dept is null or prev_department_id = @dept)))
       order by version limit @limit`,
    ),
    // The index only grows; the caller checks the attachment records of what it finds.
    casesNaming: db.prepare<[string], { data: string }>('select c.data from case_attachments a join cases c on c.id = a.case_id where a.sha256 = ?'),
    nameAttachment: db.prepare('insert or ignore into case_attachments (sha256, case_id) values (?, ?)'),
    listCases: db.prepare<[{ county: string | null; town: string | null; dept: string | null }], { data: string }>(
      `select data from cases where (@county is null or county_code = @county) and (@town is null or town_code = @town)
       and (@dept is null or department_id = @dept)`,
    ),
    nextCounter: db.prepare<[string, number], { value: number }>(
      'insert into counters (key, value) values (?, ?) on conflict(key) do update set value = value + 1 returning value',
    ),
    countCases: db.prepare<[], { n: number }>('select count(*) as n from cases'),
    addRollup: db.prepare(`insert into metric_rollups values (@g, @bucket, @platform, @key, @dims, 1, @v, @v, @v, @v)
      on conflict do update set count = count + 1, sum = sum + excluded.sum, min = min(min, excluded.min), max = max(max, excluded.max), last = excluded.last`),
    putRollup: db.prepare(`insert or replace into metric_rollups values (@g, @bucket, @platform, @key, @dims, @count, @sum, @min, @max, @last)`),
    rollups: db.prepare<[string, string], Rollup>('select platform, key, dims, bucket, count, sum, min, max, last from metric_rollups where granularity = ? and bucket >= ? order by bucket'),
    pruneMinutes: db.prepare("delete from metric_rollups where granularity = 'minute' and bucket < ?"),
    countRollups: db.prepare<[], { n: number }>('select count(*) as n from metric_rollups'),
    putReference: db.prepare('insert into reference (kind, data) values (?, ?) on conflict(kind) do update set data = excluded.data'),
    getReference: db.prepare<[string], { data: string }>('select data from reference where kind = ?'),
    putAccount: db.prepare(
      `insert into accounts values (@username, @displayName, @role, @departmentId, @seatId, @countyCode, @townCode, @hash)
       on conflict(username) do update set display_name = excluded.display_name, role = excluded.role, department_id = excluded.department_id,
       seat_id = excluded.seat_id, county_code = excluded.county_code, town_code = excluded.town_code, password_hash = excluded.password_hash`,
    ),
    findAccount: db.prepare<[string], AccountRow>('select * from accounts where username = ?'),
    listAccounts: db.prepare<[], AccountRow>('select * from accounts order by username'),
    createSession: db.prepare('insert into sessions (token, username, created_at) values (?, ?, ?)'),
    findSession: db.prepare<[string], AccountRow>('select a.* from sessions s join accounts a on a.username = s.username where s.token = ?'),
  };

  indexAttachmentsOnce(db);

  /** One kind of the city's reference data, as stored (none yet: empty). */
  const reference = <T>(kind: string): T[] => JSON.parse(q.getReference.get(kind)?.data ?? '[]') as T[];

  const allocateCode = (reportedAt: string) => {
    const day = caseCodeDay(reportedAt);
    const n = q.nextCounter.get(`case:${day}`, 1)!.value;
    return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
  };

  /** Write one case, its new events and one change; returns the change. */
  function writeCase(next: Case, events: readonly CaseEvent[], prev?: Case): Change {
    const info = q.insertChange.run('case', next.id, next.countyCode, next.townCode, next.departmentId, prev?.countyCode ?? null, prev?.townCode ?? null, prev?.departmentId ?? null);
    const version = Number(info.lastInsertRowid);
    const stored: Case = { ...next, version };
    const data = JSON.stringify(stored);
    q.setChangeData.run(data, version);
    q.upsertCase.run({ id: next.id, code: next.code, county: next.countyCode, town: next.townCode, dept: next.departmentId, version, data });
    for (const a of next.attachments ?? []) q.nameAttachment.run(a.sha256, next.id);
    for (const e of events) q.insertEvent.run(e.caseId, e.seq, JSON.stringify(e));
    const left = prev && (prev.countyCode !== next.countyCode || prev.townCode !== next.townCode || prev.departmentId !== next.departmentId);
    return { version, entity: 'case', id: next.id, data: stored, ...(left ? { from: { countyCode: prev.countyCode, townCode: prev.townCode, departmentId: prev.departmentId } } : {}) };
  }

  const commit = db.transaction((mutation: Mutation, username: string, caseId: string, decide: (c: Case | undefined) => CaseDecision): CommitOutcome => {
    const seen = q.mutation.get(mutation.id);
    if (seen) {
      const result: MutationResult =
        seen.status === 'applied' ? { id: mutation.id, status: 'applied' } : { id: mutation.id, status: 'rejected', reason: seen.reason ?? '' };
      return { result, changes: [], duplicate: true };
    }
    const row = q.getCase.get(caseId);
    const current = row ? parseCase(row.data) : undefined;
    const decision = decide(current);
    const appliedAt = new Date().toISOString();
    if (!decision.ok) {
      q.insertMutation.run(mutation.id, mutation.clientId, mutation.seq, username, mutation.name, 'rejected', decision.reason, appliedAt);
      return { result: { id: mutation.id, status: 'rejected', reason: decision.reason }, changes: [], duplicate: false };
    }
    const next = decision.next.code === null ? { ...decision.next, code: allocateCode(decision.next.reportedAt) } : decision.next;
    const change = writeCase(next, decision.events, current);
    q.insertMutation.run(mutation.id, mutation.clientId, mutation.seq, username, mutation.name, 'applied', null, appliedAt);
    return { result: { id: mutation.id, status: 'applied' }, changes: [change], duplicate: false };
  });

  /**
   * Mutations from `from` on, in one transaction, until the batch ends or `budgetMs` of work is
   * done. Each runs in `commit`, which inside a transaction is a savepoint: a mutation whose
   * decision throws undoes its own writes and aborts the whole run, so nothing of it is answered.
   */
  const commitRun = db.transaction((batch: readonly PlannedMutation[], from: number, budgetMs: number): CommitOutcome[] => {
    const out: CommitOutcome[] = [];
    const started = performance.now();
    for (let i = from; i < batch.length && (i === from || performance.now() - started < budgetMs); i++) {
      const p = batch[i]!;
      out.push(commit(p.mutation, p.username, p.caseId, p.decide));
    }
    return out;
  });

  const importCases = db.transaction((cases: Case[], events: CaseEvent[]) => {
    const byCase = Map.groupBy(events, (e) => e.caseId);
    for (const c of [...cases].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))) {
      writeCase(c.code === null ? { ...c, code: allocateCode(c.reportedAt) } : c, byCase.get(c.id) ?? []);
    }
  });

  const importCity = db.transaction((city: CityReference) => {
    const { divisions, grids, workers, departments, seats, responsibility } = city;
    for (const [kind, data] of Object.entries({ divisions, grids, workers, departments, seats, responsibility })) q.putReference.run(kind, JSON.stringify(data));
    bumpReferenceVersion.run(randomUUID());
  });

  const upsertGrids = db.transaction((grids: readonly Grid[], remove: readonly string[]) => {
    const byCode = new Map(reference<Grid>('grids').map((g) => [g.code, g]));
    for (const code of remove) byCode.delete(code);
    for (const g of grids) byCode.set(g.code, g);
    q.putReference.run('grids', JSON.stringify([...byCode.values()]));
    bumpReferenceVersion.run(randomUUID());
  });

  const regrid = db.transaction((codes: ReadonlySet<string>, place: (point: LngLat) => Placement, by: RegridActor): Change[] => {
    const at = new Date().toISOString();
    const changes: Change[] = [];
    for (const row of q.openCasesIn.all(JSON.stringify(finishedStates), JSON.stringify([...codes]))) {
      const c = parseCase(row.data);
      const to = place(c.point);
      // A case in no grid moves only into one of the imported grids: the rest of the city is not this import's.
      const stays = to.gridCode === c.gridCode || (c.gridCode === null && (to.gridCode === null || !codes.has(to.gridCode)));
      if (stays) continue;
      const event = regridEvent(c, to.gridCode, by, at);
      const moved: Case = { ...c, eventSeq: event.seq, headHash: event.hash };
      // The place follows the grid; a grid gone with no other to take the case leaves its area as it was.
      const next: Case = to.gridCode === null
        ? { ...moved, gridCode: null }
        : { ...moved, gridCode: to.gridCode, countyCode: to.countyCode ?? c.countyCode, townCode: to.townCode ?? c.townCode };
      changes.push(writeCase(next, [event], c));
    }
    return changes;
  });

  const ingest = db.transaction((points: readonly MetricPoint[]) => {
    for (const p of points) {
      const base = { platform: p.platform, key: p.key, dims: dimsKey(p.dimensions), v: p.value };
      for (const g of granularities) q.addRollup.run({ ...base, g, bucket: bucketStart(p.at, g) });
    }
    // Minute detail is for the live view; hours and days carry the history.
    q.pruneMinutes.run(new Date(Date.now() - 2 * 86_400_000).toISOString());
  });
  const importRollups = db.transaction((rollups: readonly Rollup[], g: Granularity) => {
    for (const r of rollups) q.putRollup.run({ ...r, g });
  });

  const scopeParams = (s: Scope) => ({ county: s.countyCode, town: s.townCode, dept: s.departmentId });

  return {
    async commitMutation(mutation, username, caseId, decide) {
      return commit.immediate(mutation, username, caseId, decide);
    },
    async commitMutations(batch) {
      const out: CommitOutcome[] = [];
      while (out.length < batch.length) {
        // Yield between runs so one large push does not hold every other client's requests.
        if (out.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        out.push(...commitRun.immediate(batch, out.length, COMMIT_RUN_MS));
      }
      return out;
    },
    async pull(after, limit, scope) {
      const rows = q.pull.all({ after, limit, ...scopeParams(scope) });
      const changes: Change[] = rows.map((r) => ({ version: r.version, entity: 'case', id: r.entity_id, data: parseCase(r.data) }));
      return { changes, latest: q.latest.get()?.v ?? 0 };
    },
    async latestVersion() {
      return q.latest.get()?.v ?? 0;
    },
    async serverId() {
      return serverId;
    },
    async referenceVersion() {
      return getReferenceVersion.get()!.value;
    },
    async getCase(id) {
      const row = q.getCase.get(id);
      return row ? parseCase(row.data) : undefined;
    },
    async casesWithAttachment(sha256) {
      return q.casesNaming.all(sha256).map((r) => parseCase(r.data)).filter((c) => c.attachments?.some((a) => a.sha256 === sha256));
    },
    async listCases(scope) {
      return q.listCases.all(scopeParams(scope)).map((r) => JSON.parse(r.data) as Case);
    },
    async caseEvents(caseId) {
      return q.events.all(caseId).map((r) => JSON.parse(r.data) as CaseEvent);
    },
    async countCases() {
      return q.countCases.get()!.n;
    },
    async importCases(cases, events) {
      importCases.immediate(cases, events);
    },
    async ingestMetrics(points) {
      ingest(points);
    },
    async importRollups(rollups, g) {
      importRollups(rollups, g);
    },
    async rollups(g, since) {
      return q.rollups.all(g, since);
    },
    async countRollups() {
      return q.countRollups.get()!.n;
    },
    async putWishes(wishes) {
      q.putReference.run('wishes', JSON.stringify(wishes));
    },
    async listWishes() {
      return JSON.parse(q.getReference.get('wishes')?.data ?? '[]') as Wish[];
    },
    async importCity(city) {
      importCity(city);
    },
    async regridOpenCases(codes, place, by) {
      return regrid(codes, place, by);
    },
    async upsertGrids(grids, remove = []) {
      upsertGrids(grids, remove);
    },
    async loadCity() {
      return { divisions: reference('divisions'), grids: reference('grids'), workers: reference('workers'), departments: reference('departments'), seats: reference('seats'), responsibility: reference('responsibility') };
    },
    async loadSeats() {
      return reference('seats');
    },
    async putAccount(account, hash) {
      q.putAccount.run({ ...account, hash });
    },
    async findAccount(username) {
      const row = q.findAccount.get(username);
      return row ? { account: toAccount(row), passwordHash: row.password_hash } : undefined;
    },
    async listAccounts() {
      return q.listAccounts.all().map(toAccount);
    },
    async createSession(token, username) {
      q.createSession.run(token, username, new Date().toISOString());
    },
    async findSession(token) {
      const row = q.findSession.get(token);
      return row ? toAccount(row) : undefined;
    },
    async close() {
      db.close();
    },
  };
}
