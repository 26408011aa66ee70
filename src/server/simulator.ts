// Keeps the demo city alive: new reports from grid workers, the 12345 hotline
// and sensors at a configurable rate, and open cases worked forward through
// the same mutation path the workstations use.
import { v7 as uuidv7 } from 'uuid';
import type { Case } from '../shared/domain/case.ts';
import type { Change, Mutation, Presence } from '../shared/wire.ts';
import { SEAT_WORK_STATES } from '../shared/queues.ts';
import { GRID_APP_ACCOUNT, type Actor } from '../shared/domain/actor.ts';
import { nextStep } from './demo-city/case-life.ts';
import { livePoints } from './demo-city/metric-series.ts';
import { rngFor } from './demo-city/prng.ts';
import type { Logger } from './log.ts';
import { planMutation } from './mutations.ts';
import type { SeededCity } from './seed.ts';
import { systemAccount } from './seed.ts';
import type { Account, Store } from './store/store.ts';

export type Simulator = {
  stop(): void;
  /** The demo's liaisons at the seats the simulator works: the seat board reads them on duty, as it would real logins. */
  presence(): Presence;
};

const OPEN_WORK = new Set<string>(SEAT_WORK_STATES);

const accountOf = (actor: Actor): Account => ({
  username: actor.id, displayName: actor.id, role: actor.role, departmentId: actor.departmentId ?? null, seatId: actor.seatId ?? null,
  countyCode: actor.countyCode ?? null, townCode: actor.townCode ?? null,
});

/**
 * How many open cases to move one step for each new report. A case takes some eight steps from report
 * to rating: two per report (as before) let the open cases grow by hundreds an hour, and a wall left on
 * overnight showed this month's finish rate falling by half. A step for every tenth open case holds
 * them near eighty (each case then moves every ten reports or so, a life of some eighty reports).
 */
export function workSteps(open: number): number {
  return Math.min(30, Math.max(2, Math.round(open / 10)));
}

export function startSimulator(opts: {
  store: Store;
  city: SeededCity;
  /** New reports per minute; open cases move forward at a pace that keeps their number steady (workSteps). */
  perMinute: number;
  publish: (changes: Change[]) => void;
  /** Cases people are working: the simulator moves none of them (it would act in their names, under their hands). */
  leaveAlone?: (caseId: string) => boolean;
  /** Seats a person is signed in at: the simulator takes no liaison's step there (the timeline would name them for work they did not do). */
  seatStaffed?: (seatId: string) => boolean;
  logger: Logger;
  seed?: number;
}): Simulator {
  const rng = rngFor(opts.seed ?? Date.now() >>> 0, 'simulator');
  let seq = 0;
  let stopped = false;
  /** Each seat's liaison account (from the roll call at start): a seat's step is taken at the seat the case is at. */
  let liaisons = new Map<string, Account>();
  const atWork = new Map<string, Presence[number]>();
  const clockIn = (actor: Actor) => {
    if (actor.seatId && !atWork.has(actor.seatId)) atWork.set(actor.seatId, { username: actor.id, role: actor.role, seatId: actor.seatId, since: new Date().toISOString() });
  };
  const commit = async (name: string, args: unknown, account: Account) => {
    const m: Mutation = { id: uuidv7(), clientId: 'simulator', seq: ++seq, name, args, at: new Date().toISOString() };
    const plan = planMutation(m, { account, locate: opts.city.locate, now: () => new Date() });
    if ('error' in plan) return;
    const out = await opts.store.commitMutation(m, account.username, plan.caseId, plan.decide);
    opts.publish(out.changes);
  };

  const report = async () => {
    const d = opts.city.draft(rng);
    // The account acts (its login is the timeline's); its display name is who reported (the case's 上报人).
    const reporter = opts.city.reporter(d.source, d.grid.code, rng);
    const account: Account =
      d.source === 'sensor' ? systemAccount
      : d.source === 'grid-worker' ? { ...systemAccount, username: GRID_APP_ACCOUNT, displayName: reporter, role: 'grid-worker', ...opts.city.place(d.grid) }
      : { ...systemAccount, username: 'intake', displayName: reporter, role: 'intake' };
    const { grid: _grid, ...draft } = d;
    await commit('case.report', { ...draft, id: uuidv7(), description: '', source: d.source }, account);
  };

  /** Moves open cases one step each: as many as workSteps says, none twice in a tick. */
  const work = async () => {
    const open = (await opts.store.listCases({ countyCode: null, townCode: null, departmentId: null })).filter(
      (c: Case) => !['voided', 'rated'].includes(c.state) && !opts.leaveAlone?.(c.id),
    );
    const picked = new Set<number>();
    while (picked.size < Math.min(workSteps(open.length), open.length)) picked.add(Math.floor(rng.next() * open.length));
    for (const i of picked) {
      const c = open[i]!;
      const step = nextStep(c, rng, opts.city.cast);
      // Asked again here: a person may have taken the case up while the steps before this one were committed.
      if (!step || opts.leaveAlone?.(c.id)) continue;
      // The matrix's owner may not be where the case was sent (a dispatcher's own choice): its liaison could not act there.
      const atSeat = step.actor.role === 'seat' && c.seatId ? liaisons.get(c.seatId) : undefined;
      const actor: Actor = atSeat ? { id: atSeat.username, role: 'seat', seatId: atSeat.seatId!, ...(atSeat.departmentId ? { departmentId: atSeat.departmentId } : {}) } : step.actor;
      // The seat the case is at (the actor may be the matrix owner's liaison where that seat has none).
      if (actor.role === 'seat' && c.seatId && opts.seatStaffed?.(c.seatId)) continue;
      clockIn(actor);
      await commit('case.act', { caseId: c.id, action: step.action }, accountOf(actor));
    }
  };

  // The liaison of every seat holding open work is at it from the start, not only after the simulator's first step there.
  void Promise.all([opts.store.listCases({ countyCode: null, townCode: null, departmentId: null }), opts.store.listAccounts()])
    .then(([cases, accounts]) => {
      liaisons = new Map(accounts.filter((a) => a.role === 'seat' && a.seatId).map((a) => [a.seatId!, a]));
      for (const c of cases) {
        const liaison = c.seatId && OPEN_WORK.has(c.state) ? liaisons.get(c.seatId) : undefined;
        if (liaison) clockIn({ id: liaison.username, role: 'seat', seatId: liaison.seatId! });
      }
    })
    .catch((err: unknown) => !stopped && opts.logger.error('simulator roll call failed', { err: String(err) }));

  // The platforms' sensors and systems report every 10 s, whatever the case rate.
  const feed = setInterval(() => {
    void opts.store.ingestMetrics(livePoints(new Date(), 10)).catch((err: unknown) => opts.logger.error('metrics feed failed', { err: String(err) }));
  }, 10_000);
  feed.unref();

  const period = 60_000 / Math.max(opts.perMinute, 0.001);
  const timer = setInterval(() => {
    void report()
      .then(work)
      .catch((err: unknown) => opts.logger.error('simulator step failed', { err: String(err) }));
  }, period);
  timer.unref();
  opts.logger.info('simulator started', { perMinute: opts.perMinute });
  return {
    presence: () => [...atWork.values()],
    stop: () => {
      stopped = true;
      clearInterval(timer);
      clearInterval(feed);
    },
  };
}
