// What the core fetches from the server over HTTP rather than through the
// replica: reference data and case timelines. Both are kept in the cache and
// served from there when the link is down, with the time they were fetched.
import type { CaseEvent } from '../../shared/domain/case-event.ts';
import type { ReferenceData } from '../../shared/wire.ts';
import type { GridImportResult } from '../../shared/grid-import.ts';
import type { GridImportInput } from '../../shared/grid-file.ts';
import { withNormalSync, type CacheDb } from './cache.ts';
import { refusalText } from '../../shared/domain/refusals.ts';

const REFERENCE_KINDS = ['divisions', 'grids', 'workers', 'departments', 'seats', 'catalog', 'responsibility', 'liaisons', 'staff'] as const;
const REFRESH_MS = 10 * 60_000;
/** Kept beside the reference kinds: which of the server's versions they are. */
const VERSION_KIND = 'version';

export type Fetched<T> = { data: T; fetchedAt: string | null };

export function createServerResources(db: CacheDb, opts: { serverUrl: string; token: () => string | undefined; timeoutMs?: number; importTimeoutMs?: number }) {
  const q = {
    putRef: db.prepare('insert into reference (kind, data, fetched_at) values (?, ?, ?) on conflict(kind) do update set data = excluded.data, fetched_at = excluded.fetched_at'),
    getRef: db.prepare<[string], { data: string; fetched_at: string }>('select data, fetched_at from reference where kind = ?'),
    getRefAt: db.prepare<[string], { fetched_at: string }>('select fetched_at from reference where kind = ?'),
    putTimeline: db.prepare('insert into case_timelines (case_id, data, fetched_at) values (?, ?, ?) on conflict(case_id) do update set data = excluded.data, fetched_at = excluded.fetched_at'),
    getTimeline: db.prepare<[string], { data: string; fetched_at: string }>('select data, fetched_at from case_timelines where case_id = ?'),
  };
  const saveReference = db.transaction((texts: [kind: string, json: string][], at: string) => {
    for (const [kind, json] of texts) q.putRef.run(kind, json, at);
  });
  let cache: Partial<ReferenceData> = {};

  async function get<T>(path: string): Promise<T> {
    const token = opts.token();
    if (!token) throw new Error(refusalText('notLoggedIn'));
    const res = await fetch(new URL(path, opts.serverUrl), { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000) });
    const body = (await res.json()) as { ok: boolean; error?: string } & T;
    if (!body.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
    return body;
  }

  return {
    /** Fetch reference data when never fetched or older than the refresh interval; true if it changed. */
    async refreshReference(force = false): Promise<boolean> {
      const last = q.getRefAt.get('catalog')?.fetched_at;
      // A kind this version reads and the cache has never held (a workstation just upgraded) is fetched at once.
      const complete = REFERENCE_KINDS.every((kind) => q.getRefAt.get(kind));
      if (!force && complete && last && Date.now() - Date.parse(last) < REFRESH_MS) return false;
      const { reference, version } = await get<{ reference: ReferenceData; version?: string }>('/api/reference');
      // The city's reference data is megabytes of JSON (grids and workers above all). Parsing it,
      // serializing each kind and storing them all would hold the main thread for ~100 ms at
      // once, so each step gets its own macrotask; the store stays one transaction. Its commit is
      // NORMAL: a copy lost to a power cut is fetched again on the next sync.
      const texts: [string, string][] = [];
      for (const kind of REFERENCE_KINDS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        // A kind the server does not send (one older than this workstation) is stored empty.
        texts.push([kind, JSON.stringify(reference[kind] ?? [])]);
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (version) texts.push([VERSION_KIND, JSON.stringify(version)]);
      withNormalSync(db, () => saveReference(texts, new Date().toISOString()));
      cache = {};
      return true;
    },
    /** The server's version of the reference data fetched last (null: none, or a server that does not say). */
    referenceVersion(): string | null {
      const row = q.getRef.get(VERSION_KIND);
      return row ? (JSON.parse(row.data) as string) : null;
    },
    reference<K extends keyof ReferenceData>(kind: K): Fetched<ReferenceData[K]> {
      const row = q.getRef.get(kind);
      if (!row) return { data: [] as ReferenceData[K], fetchedAt: null };
      cache[kind] ??= JSON.parse(row.data) as ReferenceData[K];
      return { data: cache[kind] as ReferenceData[K], fetchedAt: row.fetched_at };
    },
    /** The stored JSON text of `kind` ('' when never fetched), for a worker thread to parse itself. */
    referenceJson: (kind: keyof ReferenceData): string => q.getRef.get(kind)?.data ?? '',
    /** When `kind` was last fetched, without reading the data: a cheap version stamp. */
    referenceFetchedAt: (kind: keyof ReferenceData): string | null => q.getRefAt.get(kind)?.fetched_at ?? null,
    /** Send a grid boundary file (GeoJSON or a zipped Shapefile) to the server's all-or-nothing import; online only. */
    async importGrids(input: GridImportInput): Promise<GridImportResult> {
      const token = opts.token();
      if (!token) throw new Error(refusalText('notLoggedIn'));
      const res = await fetch(new URL('/api/grids/import', opts.serverUrl), {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(opts.importTimeoutMs ?? 120_000),
      }).catch((err: unknown) => {
        // No answer in time is not "unreachable": the center may still be writing the grids.
        throw new Error(refusalText(err instanceof Error && err.name === 'TimeoutError' ? 'gridImportNoAnswer' : 'gridImportOffline'));
      });
      const body = (await res.json()) as { ok: boolean; error?: string; result?: GridImportResult };
      if (!body.ok || !body.result) throw new Error(body.error ?? `HTTP ${res.status}`);
      return body.result;
    },
    /** The server's timeline when reachable, else the one fetched last. */
    async timeline(caseId: string): Promise<Fetched<CaseEvent[]>> {
      try {
        const { events } = await get<{ events: CaseEvent[] }>(`/api/cases/${caseId}/events`);
        const at = new Date().toISOString();
        q.putTimeline.run(caseId, JSON.stringify(events), at);
        return { data: events, fetchedAt: at };
      } catch {
        const row = q.getTimeline.get(caseId);
        return row ? { data: JSON.parse(row.data) as CaseEvent[], fetchedAt: row.fetched_at } : { data: [], fetchedAt: null };
      }
    },
  };
}
export type ServerResources = ReturnType<typeof createServerResources>;
