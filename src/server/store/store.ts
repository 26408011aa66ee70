// Storage behind one interface. SQLite is the embedded default; the shape is
// async and transaction-per-mutation so a PostgreSQL store can implement it
// as BEGIN … SELECT … FOR UPDATE … COMMIT without changing callers.
import type { Case } from '../../shared/domain/model.ts';
import type { Change, Mutation, MutationResult } from '../../shared/wire.ts';

export type Role = 'leader' | 'intake' | 'dispatcher' | 'seat' | 'grid-worker' | 'admin';

export type Account = {
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  seatId: string | null;
  countyCode: string | null;
  townCode: string | null;
};

/** What a client may see: null fields mean "no restriction". */
export type Scope = { townCode: string | null; departmentId: string | null };

/** A pure decision taken inside the store's transaction, given the current row. */
export type Decision = { ok: true; next: Case } | { ok: false; reason: string };

export type CommitOutcome = { result: MutationResult; changes: Change[]; duplicate: boolean };

export interface Store {
  /** Apply a mutation exactly once: a mutation id already seen returns its first result. */
  commitMutation(
    mutation: Mutation,
    username: string,
    caseId: string,
    decide: (current: Case | undefined, allocateCode: () => string) => Decision,
  ): Promise<CommitOutcome>;
  pull(after: number, limit: number, scope: Scope): Promise<{ changes: Change[]; latest: number }>;
  latestVersion(): Promise<number>;
  /** A stable identity for this store's data, so a workstation can tell a reset or another city. */
  serverId(): Promise<string>;
  getCase(id: string): Promise<Case | undefined>;
  countCases(): Promise<number>;

  putAccount(account: Account, passwordHash: string): Promise<void>;
  findAccount(username: string): Promise<{ account: Account; passwordHash: string } | undefined>;
  createSession(token: string, username: string): Promise<void>;
  findSession(token: string): Promise<Account | undefined>;

  close(): Promise<void>;
}
