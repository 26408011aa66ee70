// The platform panels' data on the workstation: a year of daily values
// (refreshed every 10 minutes), the last two days by hour and the last hour
// by minute (every 15 s), and the residents' wishes. Kept in the cache so the
// big screen shows the last known values, with their age, when the link is down.
import type { Wish } from '../../shared/domain/model.ts';
import type { SeriesView } from '../../shared/metrics.ts';
import type { Presence } from '../../shared/wire.ts';
import type { CacheDb } from './cache.ts';

const DAILY_EVERY = 10 * 60_000;
const RECENT_EVERY = 15_000;

type Stored<T> = { data: T; fetchedAt: string | null };

export function createMetricsCache(db: CacheDb, opts: { serverUrl: string; token: () => string | undefined; isOnline: () => boolean; onChange: () => void }) {
  const put = db.prepare('insert into reference (kind, data, fetched_at) values (?, ?, ?) on conflict(kind) do update set data = excluded.data, fetched_at = excluded.fetched_at');
  const get = db.prepare<[string], { data: string; fetched_at: string }>('select data, fetched_at from reference where kind = ?');
  const ageOf = db.prepare<[string], { fetched_at: string }>('select fetched_at from reference where kind = ?');
  const read = <T>(kind: string, empty: T): Stored<T> => {
    const row = get.get(kind);
    return row ? { data: JSON.parse(row.data) as T, fetchedAt: row.fetched_at } : { data: empty, fetchedAt: null };
  };

  async function fetchJson<T>(path: string): Promise<T> {
    const token = opts.token();
    if (!token) throw new Error('not signed in');
    const res = await fetch(new URL(path, opts.serverUrl), { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) });
    const body = (await res.json()) as { ok: boolean; error?: string } & T;
    if (!body.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
    return body;
  }

  const PATHS = { 'metrics:daily': '/api/metrics/daily', 'metrics:recent': '/api/metrics/recent', wishes: '/api/wishes', presence: '/api/presence' } as const;
  async function refresh(kind: keyof typeof PATHS): Promise<void> {
    const body = await fetchJson<{ series?: SeriesView[]; wishes?: Wish[]; presence?: Presence }>(PATHS[kind]);
    put.run(kind, JSON.stringify(body.series ?? body.wishes ?? body.presence ?? []), new Date().toISOString());
  }

  let busy = false;
  async function tick() {
    if (busy || !opts.isOnline()) return;
    busy = true;
    try {
      const age = (kind: string) => Date.now() - Date.parse(get.get(kind)?.fetched_at ?? '1970-01-01T00:00:00Z');
      if (age('metrics:daily') > DAILY_EVERY) await refresh('metrics:daily');
      if (age('wishes') > DAILY_EVERY) await refresh('wishes');
      await refresh('metrics:recent');
      await refresh('presence');
      opts.onChange();
    } catch {
      // Offline or refused: the panels keep the last values and show their age.
    } finally {
      busy = false;
    }
  }
  const timer = setInterval(() => void tick(), RECENT_EVERY);
  timer.unref();

  return {
    tick,
    /** A part left out is not read nor parsed: the wall asks for the recent detail alone every 15 s. */
    series: (include: readonly ('daily' | 'recent')[]) => {
      const part = (kind: 'daily' | 'recent'): Stored<SeriesView[]> =>
        include.includes(kind) ? read<SeriesView[]>(`metrics:${kind}`, []) : { data: [], fetchedAt: ageOf.get(`metrics:${kind}`)?.fetched_at ?? null };
      return { daily: part('daily'), recent: part('recent') };
    },
    wishes: () => read<Wish[]>('wishes', []),
    presence: () => read<Presence>('presence', []),
    close: () => clearInterval(timer),
  };
}
