// Storage behind one interface. SQLite is the embedded default; the shape is
// async and transaction-per-mutation so a PostgreSQL store can implement it
// as BEGIN … SELECT … FOR UPDATE … COMMIT without changing callers.
import type { CaseDecision, Placement } from '../../shared/case-commands.ts';
import type { Case } from '../../shared/domain/case.ts';
import type { CaseEvent } from '../../shared/domain/case-event.ts';
import type { ActorRole } from '../../shared/domain/actor.ts';
import type { Department, Division, Grid, GridWorker, LngLat, Seat, Wish } from '../../shared/domain/model.ts';
import type { Granularity, MetricPoint, Rollup } from '../../shared/metrics.ts';
import type { Change, Mutation, MutationResult } from '../../shared/wire.ts';
import type { ResponsibilityRule } from '../demo-city/types.ts';
import type { Scope } from '../../shared/scope.ts';

export type Role = ActorRole;

/** Who imported the grids a case was moved by. */
export type RegridActor = { id: string; role: Role };

export type Account = {
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  seatId: string | null;
  countyCode: string | null;
  townCode: string | null;
};


export type CommitOutcome = { result: MutationResult; changes: Change[]; duplicate: boolean };

/** One mutation of a pushed batch, planned: the case it touches and how to decide it on that case's current row. */
export type PlannedMutation = { mutation: Mutation; username: string; caseId: string; decide: (current: Case | undefined) => CaseDecision };

/** The city's reference data: divisions, grids, people, departments and seats. */
export type CityReference = {
  divisions: Division[];
  grids: Grid[];
  workers: GridWorker[];
  departments: Department[];
  seats: Seat[];
  /** Category + area → owning department (属地管理). */
  responsibility: ResponsibilityRule[];
};

export interface Store {
  /**
   * Apply a mutation exactly once: a mutation id already seen returns its first result.
   * `decide` runs inside the transaction on the current row; the store gives new cases their code.
   */
  commitMutation(mutation: Mutation, username: string, caseId: string, decide: (current: Case | undefined) => CaseDecision): Promise<CommitOutcome>;
  /**
   * Apply a pushed batch in order, each mutation decided on its own as commitMutation does (exactly
   * once by id; a rejected one records its reason and changes nothing else). Many mutations share a
   * commit, so the batch costs a few fsyncs rather than one each. Resolves only after every one of
   * them is committed: answer the client after this, never before.
   */
  commitMutations(batch: readonly PlannedMutation[]): Promise<CommitOutcome[]>;
  pull(after: number, limit: number, scope: Scope): Promise<{ changes: Change[]; latest: number }>;
  latestVersion(): Promise<number>;
  /** A stable identity for this store's data, so a workstation can tell a reset or another city. */
  serverId(): Promise<string>;
  /** Changes with every change of the reference data (a grid import): what a workstation fetched is current while it matches. */
  referenceVersion(): Promise<string>;
  getCase(id: string): Promise<Case | undefined>;
  listCases(scope: Scope): Promise<Case[]>;
  /** Every case whose attachments include these bytes: who may read them follows from the cases. */
  casesWithAttachment(sha256: string): Promise<Case[]>;
  caseEvents(caseId: string): Promise<CaseEvent[]>;
  countCases(): Promise<number>;
  /** Bulk load of finished history (seeding, migration from another system): one change per case. */
  importCases(cases: Case[], events: CaseEvent[]): Promise<void>;

  importCity(city: CityReference): Promise<void>;

  /** Add points to their minute, hour and day rollups. */
  ingestMetrics(points: readonly MetricPoint[]): Promise<void>;
  /** Bulk load of rolled-up history (seeding, migration). */
  importRollups(rollups: readonly Rollup[], granularity: Granularity): Promise<void>;
  rollups(granularity: Granularity, since: string): Promise<Rollup[]>;
  countRollups(): Promise<number>;
  putWishes(wishes: readonly Wish[]): Promise<void>;
  listWishes(): Promise<Wish[]>;
  loadCity(): Promise<CityReference>;
  /** The seats alone: what a dispatch is checked against, without reading every grid and worker. */
  loadSeats(): Promise<CityReference['seats']>;
  /** Grids by code: `remove` taken away, then new codes added and known codes replaced, in one transaction. */
  upsertGrids(grids: readonly Grid[], remove?: readonly string[]): Promise<void>;
  /**
   * Open cases placed anew after a grid import: each in one of `codes` (grids replaced or imported),
   * or in no grid, is asked `place` and takes its answer where the grid differs (a grid that is gone
   * and holds the point no more leaves the case in none). One change per moved case, and a `regrid`
   * event in its timeline by `by`, who imported the grids: the workflow did nothing, but the grid
   * team answering for the case changed.
   */
  regridOpenCases(codes: ReadonlySet<string>, place: (point: LngLat) => Placement, by: RegridActor): Promise<Change[]>;

  putAccount(account: Account, passwordHash: string): Promise<void>;
  findAccount(username: string): Promise<{ account: Account; passwordHash: string } | undefined>;
  listAccounts(): Promise<Account[]>;
  createSession(token: string, username: string): Promise<void>;
  findSession(token: string): Promise<Account | undefined>;

  close(): Promise<void>;
}
