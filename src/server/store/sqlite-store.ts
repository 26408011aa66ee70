// The embedded SQLite store: one file, WAL, every mutation in one transaction
// that also appends to the change log, so version order = commit order.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { caseSchema, type Case } from '../../shared/domain/model.ts';
import type { Change, Mutation, MutationResult } from '../../shared/wire.ts';
import type { Account, CommitOutcome, Decision, Role, Scope, Store } from './store.ts';

const SCHEMA = `
create table if not exists accounts (
  username text primary key, display_name text not null, role text not null,
  department_id text, seat_id text, county_code text, town_code text, password_hash text not null);
create table if not exists sessions (token text primary key, username text not null references accounts(username), created_at text not null);
create table if not exists cases (
  id text primary key, code text unique, county_code text, town_code text, department_id text,
  version integer not null, data text not null);
create table if not exists changes (
  version integer primary key autoincrement, entity text not null, entity_id text not null,
  county_code text, town_code text, department_id text, data text not null);
create table if not exists mutations (
  id text primary key, client_id text not null, seq integer not null, username text not null,
  name text not null, status text not null, reason text, applied_at text not null);
create table if not exists counters (key text primary key, value integer not null);
create table if not exists meta (key text primary key, value text not null);
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
function caseCodeDay(now: Date): string {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return local.toISOString().slice(0, 10).replaceAll('-', '');
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

  const q = {
    mutation: db.prepare<[string], { status: string; reason: string | null }>('select status, reason from mutations where id = ?'),
    insertMutation: db.prepare('insert into mutations (id, client_id, seq, username, name, status, reason, applied_at) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    getCase: db.prepare<[string], { data: string }>('select data from cases where id = ?'),
    upsertCase: db.prepare(
      `insert into cases (id, code, county_code, town_code, department_id, version, data) values (@id, @code, @county, @town, @dept, @version, @data)
       on conflict(id) do update set code = excluded.code, county_code = excluded.county_code, town_code = excluded.town_code,
       department_id = excluded.department_id, version = excluded.version, data = excluded.data`,
    ),
    insertChange: db.prepare('insert into changes (entity, entity_id, county_code, town_code, department_id, data) values (?, ?, ?, ?, ?, ?)'),
    setChangeData: db.prepare('update changes set data = ? where version = ?'),
    latest: db.prepare<[], { v: number | null }>('select max(version) as v from changes'),
    pull: db.prepare<[{ after: number; town: string | null; dept: string | null; limit: number }], { version: number; entity_id: string; data: string }>(
      `select version, entity_id, data from changes where version > @after
       and (@town is null or town_code = @town) and (@dept is null or department_id = @dept) order by version limit @limit`,
    ),
    nextCounter: db.prepare<[string], { value: number }>(
      'insert into counters (key, value) values (?, 1) on conflict(key) do update set value = value + 1 returning value',
    ),
    countCases: db.prepare<[], { n: number }>('select count(*) as n from cases'),
    putAccount: db.prepare(
      `insert into accounts values (@username, @displayName, @role, @departmentId, @seatId, @countyCode, @townCode, @hash)
       on conflict(username) do update set display_name = excluded.display_name, role = excluded.role, department_id = excluded.department_id,
       seat_id = excluded.seat_id, county_code = excluded.county_code, town_code = excluded.town_code, password_hash = excluded.password_hash`,
    ),
    findAccount: db.prepare<[string], AccountRow>('select * from accounts where username = ?'),
    createSession: db.prepare('insert into sessions (token, username, created_at) values (?, ?, ?)'),
    findSession: db.prepare<[string], AccountRow>('select a.* from sessions s join accounts a on a.username = s.username where s.token = ?'),
  };

  const commit = db.transaction(
    (mutation: Mutation, username: string, caseId: string, decide: (c: Case | undefined, code: () => string) => Decision): CommitOutcome => {
      const seen = q.mutation.get(mutation.id);
      if (seen) {
        const result: MutationResult =
          seen.status === 'applied' ? { id: mutation.id, status: 'applied' } : { id: mutation.id, status: 'rejected', reason: seen.reason ?? '' };
        return { result, changes: [], duplicate: true };
      }
      const row = q.getCase.get(caseId);
      const current = row ? caseSchema.parse(JSON.parse(row.data)) : undefined;
      const now = new Date();
      const allocateCode = () => {
        const day = caseCodeDay(now);
        const n = q.nextCounter.get(`case:${day}`)!.value;
        return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
      };
      const decision = decide(current, allocateCode);
      if (!decision.ok) {
        q.insertMutation.run(mutation.id, mutation.clientId, mutation.seq, username, mutation.name, 'rejected', decision.reason, now.toISOString());
        return { result: { id: mutation.id, status: 'rejected', reason: decision.reason }, changes: [], duplicate: false };
      }
      const next = decision.next;
      const info = q.insertChange.run('case', next.id, next.countyCode, next.townCode, next.departmentId, '');
      const version = Number(info.lastInsertRowid);
      const stored: Case = { ...next, version };
      const data = JSON.stringify(stored);
      q.setChangeData.run(data, version);
      q.upsertCase.run({ id: next.id, code: next.code, county: next.countyCode, town: next.townCode, dept: next.departmentId, version, data });
      q.insertMutation.run(mutation.id, mutation.clientId, mutation.seq, username, mutation.name, 'applied', null, now.toISOString());
      return { result: { id: mutation.id, status: 'applied' }, changes: [{ version, entity: 'case', id: next.id, data: stored }], duplicate: false };
    },
  );

  return {
    async commitMutation(mutation, username, caseId, decide) {
      return commit.immediate(mutation, username, caseId, decide);
    },
    async pull(after, limit, scope: Scope) {
      const rows = q.pull.all({ after, town: scope.townCode, dept: scope.departmentId, limit });
      const changes: Change[] = rows.map((r) => ({ version: r.version, entity: 'case', id: r.entity_id, data: caseSchema.parse(JSON.parse(r.data)) }));
      return { changes, latest: q.latest.get()?.v ?? 0 };
    },
    async serverId() {
      return serverId;
    },
    async latestVersion() {
      return q.latest.get()?.v ?? 0;
    },
    async getCase(id) {
      const row = q.getCase.get(id);
      return row ? caseSchema.parse(JSON.parse(row.data)) : undefined;
    },
    async countCases() {
      return q.countCases.get()!.n;
    },
    async putAccount(account, hash) {
      q.putAccount.run({ ...account, hash });
    },
    async findAccount(username) {
      const row = q.findAccount.get(username);
      return row ? { account: toAccount(row), passwordHash: row.password_hash } : undefined;
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
