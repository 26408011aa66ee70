// The soak bench's stand-in for the core (bundled by bench/bigscreen-soak.ts
// and injected before the app starts; not part of the app). It answers the
// contract from a snapshot of the demo city (fixtures fetched from the bench's
// server) and keeps it moving at the demo's pace: every simulated second an
// open case moves on a step (most seconds) and the platform figures change,
// every ten seconds a new case arrives, and cases.changed and metrics.changed
// fire — `speed` times per real second, as the big screen's
// own clock runs (#/bigscreen?speed=N). Answers are parsed from JSON like the
// real bridge's, so the app sees fresh objects every time and pays the same
// parse; each answer is serialized once per tick, as the core would serve it,
// so the stand-in's own work stays out of the page's long tasks.
import type { Bridge, CaseListItem, ContractEvent, ContractRequest, ContractResponse, EventPayload, QueryOutput } from '../../../../shared/contract.ts';
import { queues, type QueueId } from '../../../../shared/queues.ts';
import { isOverdue } from '../../../../shared/domain/kpi.ts';
import { timeScaleFrom } from '../time-scale.ts';

export type Fixtures = {
  session: QueryOutput<'session.info'>;
  cases: CaseListItem[];
  kpis: Record<'all' | 'platform' | 'month' | 'monthToDate', QueryOutput<'kpis.compute'>>;
  series: QueryOutput<'metrics.series'>;
  grids: QueryOutput<'reference.grids'>;
  directory: QueryOutput<'reference.directory'>;
  wishes: QueryOutput<'wishes.list'>;
  /** Other answers as the core gave them, keyed by `name JSON(args)`. */
  answers: Record<string, unknown>;
};

type SoakStats = { ticks: number; longTasks: number; over100: number; maxLongTask: number; slow: { at: number; ms: number }[]; answered: Record<string, { count: number; bytes: number }> };
declare global {
  interface Window {
    __soak?: { stats(): SoakStats; reset(): void };
  }
}

// Long tasks, counted from the first script on: the bench reads and resets them after warm-up.
const stats: SoakStats = { ticks: 0, longTasks: 0, over100: 0, maxLongTask: 0, slow: [], answered: {} };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    stats.longTasks += 1;
    if (e.duration > 100) {
      stats.over100 += 1;
      // When, in the page's clock, so a CPU profile of the same window can be read at that point.
      if (stats.slow.length < 50) stats.slow.push({ at: Math.round(performance.timeOrigin + e.startTime), ms: Math.round(e.duration) });
    }
    stats.maxLongTask = Math.max(stats.maxLongTask, e.duration);
  }
}).observe({ type: 'longtask', buffered: true });
window.__soak = { stats: () => structuredClone(stats), reset: () => Object.assign(stats, { longTasks: 0, over100: 0, maxLongTask: 0, slow: [], answered: {} }) };

const NEXT: Record<string, string> = { reported: 'filed', filed: 'dispatched', dispatched: 'signed', signed: 'handling', handling: 'resolved', resolved: 'verified', verified: 'closed', closed: 'rated' };

function createCity(f: Fixtures) {
  const pool = f.cases;
  const size = pool.length;
  let seq = 0;
  const recent = f.series.recent;
  const accepted = { n: 0 };

  const DONE = new Set(['voided', 'closed', 'rated', 'parked']);
  const tick = (): string[] => {
    const now = new Date();
    const ids: string[] = [];
    seq += 1;
    // Arrivals (one per 10 s, the demo simulator's 6 a minute) and steps (0.8 a second, the eight
    // steps each arrival takes) balance, so the city keeps as many open cases as the snapshot had.
    if (seq % 10 === 0) {
      const template = pool[(seq * 7919) % size]!;
      const born: CaseListItem = {
        ...template, id: `01a30000-0000-7000-8000-${String(seq).padStart(12, '0')}`, code: `JQ-SOAK-${seq}`, state: 'reported',
        reportedAt: now.toISOString(), updatedAt: now.toISOString(), filedAt: null, dispatchedAt: null, signedAt: null, resolvedAt: null,
        verifiedAt: null, closedAt: null, ratedAt: null, deadlineAt: null, satisfaction: null,
      };
      pool.unshift(born);
      pool.length = size; // a fixed-size city: the oldest case leaves as a new one arrives
      ids.push(born.id);
    }
    if (Math.random() < 0.8) {
      const open = pool.filter((c) => !DONE.has(c.state));
      const c = open[Math.floor(Math.random() * open.length)];
      const next = c && NEXT[c.state];
      if (c && next) {
        Object.assign(c, { state: next, updatedAt: now.toISOString(), deadlineAt: c.deadlineAt ?? new Date(now.getTime() + 3_600_000).toISOString() });
        ids.push(c.id);
      }
    }
    accepted.n = Math.floor(seq / 10);
    // The live minute of every series moves: the newest point takes a new value.
    for (const s of recent) {
      const minute = s.points.minute;
      if (minute?.length) minute[minute.length - 1]![1] = Math.max(0, minute[minute.length - 1]![1] * (0.97 + Math.random() * 0.06));
    }
    return ids;
  };

  const open = (c: CaseListItem, q: QueueId, now: number) => {
    const def = queues[q];
    if (def.states.length && !(def.states as readonly string[]).includes(c.state)) return false;
    if ('overdue' in def && def.overdue) return isOverdue(c, new Date(now).toISOString());
    return true;
  };

  const kpis = (groupBy: string) => {
    const groups = structuredClone(f.kpis[groupBy as keyof Fixtures['kpis']] ?? f.kpis.all);
    for (const g of Object.values(groups)) if (g.accepted) g.accepted.value = (g.accepted.value ?? 0) + accepted.n;
    return groups;
  };

  const fixed = (name: string, args: Record<string, unknown>): unknown => {
    const key = `${name} ${JSON.stringify(args)}`;
    if (!(key in f.answers)) throw new Error(`not in the soak fixtures: ${key}`);
    return f.answers[key];
  };

  const answer = (name: string, args: Record<string, unknown>): unknown => {
    const now = Date.now();
    switch (name) {
      case 'session.info':
        return f.session;
      case 'link.state':
        return { status: 'online', pending: 0, attention: 0, lastSyncAt: new Date(now).toISOString(), serverUrl: 'soak://fixtures' };
      case 'cases.list': {
        const q = (args.queue as QueueId | undefined) ?? 'all';
        const limit = (args.limit as number | undefined) ?? 500;
        const out: CaseListItem[] = [];
        for (const c of pool) if (out.length < limit && open(c, q, now)) out.push(c);
        return out;
      }
      case 'cases.queueCounts':
        return Object.fromEntries(Object.keys(queues).map((q) => [q, pool.filter((c) => open(c, q as QueueId, now)).length]));
      case 'grids.status': {
        const by = new Map<string, { gridCode: string; open: number; yellow: number; red: number }>();
        for (const c of pool) {
          if (!c.gridCode || ['voided', 'closed', 'rated'].includes(c.state)) continue;
          const s = by.get(c.gridCode) ?? { gridCode: c.gridCode, open: 0, yellow: 0, red: 0 };
          s.open += 1;
          by.set(c.gridCode, s);
        }
        return [...by.values()];
      }
      case 'kpis.compute':
        return args.platform ? fixed(name, args) : kpis((args.groupBy as string | undefined) ?? 'all');
      case 'metrics.series': {
        const at = new Date(now).toISOString();
        const include = (args.include as string[] | undefined) ?? ['daily', 'recent'];
        return { daily: include.includes('daily') ? f.series.daily : [], dailyAt: at, recent: include.includes('recent') ? recent : [], recentAt: at };
      }
      case 'reference.grids':
        return f.grids;
      case 'reference.directory':
        return f.directory;
      case 'wishes.list':
        return f.wishes;
      case 'attention.list':
      case 'cases.search':
        return [];
      case 'cases.get':
        return pool.find((c) => c.id === args.id) ?? null;
      default:
        return fixed(name, args);
    }
  };
  // The city changes once per tick: one serialized answer per query and tick.
  const served = new Map<string, string>();
  const serve = (name: string, args: Record<string, unknown>): unknown => {
    const key = `${name} ${JSON.stringify(args)}`;
    let json = served.get(key);
    if (json === undefined) served.set(key, (json = JSON.stringify(answer(name, args)) ?? 'null'));
    // What the app asked for, and how much it had to parse: the wall's cost per simulated hour.
    const seen = (stats.answered[name] ??= { count: 0, bytes: 0 });
    seen.count += 1;
    seen.bytes += json.length;
    return JSON.parse(json);
  };
  return {
    tick: () => {
      served.clear();
      return tick();
    },
    serve,
  };
}

function createFakeBridge(): Bridge {
  const listeners = new Set<(e: ContractEvent) => void>();
  const emit = (event: ContractEvent) => listeners.forEach((l) => l(event));
  const ready = fetch('/__soak/fixtures.json').then((r) => r.json() as Promise<Fixtures>).then((f) => {
    const city = createCity(f);
    const speed = timeScaleFrom(location.hash);
    // One simulated second per tick; the wall's clock runs `speed` times faster.
    setInterval(() => {
      stats.ticks += 1;
      const ids = city.tick();
      emit({ event: 'cases.changed', payload: { ids } });
      emit({ event: 'metrics.changed', payload: { at: new Date().toISOString() } });
      if (stats.ticks % 10 === 0) emit({ event: 'link.changed', payload: city.serve('link.state', {}) as EventPayload<'link.changed'> });
    }, 1000 / speed);
    return city;
  });
  return {
    async request(req: ContractRequest): Promise<ContractResponse> {
      const city = await ready;
      // Answer on a later task, as a socket or IPC reply would arrive.
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        return { id: req.id, ok: true, result: city.serve(req.name, (req.args ?? {}) as Record<string, unknown>) };
      } catch (err) {
        return { id: req.id, ok: false, error: { code: 'unknown-name', message: String(err) } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

window.gridBridge = createFakeBridge();
