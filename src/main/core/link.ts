// The link to the command-center server: log in, keep a socket.io connection
// with jittered reconnects, push the outbox in order, pull by cursor, apply
// live batches when contiguous and pull when there is a gap.
import { io, type Socket } from 'socket.io-client';
import {
  changeBatchSchema, fitPushBatch, MAX_PULL_PAGE, MAX_PUSH_BATCH, referenceVersionSchema, WIRE_EVENTS,
  type Change, type LoginResponse, type PullResponse, type PushResponse,
} from '../../shared/wire.ts';
import type { Replica } from './replica.ts';

export type LinkStatus = 'online' | 'offline' | 'syncing';
export type LinkOptions = {
  serverUrl: string;
  credentials: { username: string; password: string };
  replica: Replica;
  /** The status changed, or the outbox drained a batch while syncing: announce the link state. */
  onStatus: (status: LinkStatus) => void;
  onCasesChanged: (ids: string[]) => void;
  onSynced: () => void;
  /** Called on every login with the server's data identity, before anything is pulled. */
  onServerIdentity: (serverId: string) => void;
  /** The server's reference data version, told on connecting and whenever it changes (a grid import). */
  onReferenceVersion?: (version: string) => void;
  ackTimeoutMs?: number;
};

/**
 * CPU time of one apply transaction while pulling: well under a 50 ms stall, with room for a
 * garbage collection or a search-index merge landing in the same slice. CPU rather than wall time,
 * so a machine busy with other work does not shrink slices until commits cost more than changes.
 */
const SLICE_MS = 12;
const FIRST_SLICE = 20;
const MIN_SLICE = 10;

export function createLink(opts: LinkOptions) {
  const { replica } = opts;
  const ackTimeout = opts.ackTimeoutMs ?? 15_000;
  let socket: Socket | undefined;
  let status: LinkStatus = 'offline';
  let running = false;
  let again = false;
  let closed = false;
  let loginTimer: NodeJS.Timeout | undefined;
  let loginAttempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;
  /** Changes per apply transaction during a pull; adapts so one takes about SLICE_MS of CPU. */
  let sliceSize = FIRST_SLICE;

  const setStatus = (s: LinkStatus) => {
    if (s === status) return;
    status = s;
    opts.onStatus(s);
  };

  async function login(): Promise<string> {
    const res = await fetch(new URL('/api/login', opts.serverUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(opts.credentials),
      signal: AbortSignal.timeout(ackTimeout),
    });
    const body = (await res.json()) as LoginResponse;
    if (closed) throw new Error('link closed');
    if (!body.ok) throw new Error(body.error);
    opts.onServerIdentity(body.serverId);
    replica.setMeta('token', body.token);
    replica.setMeta('user', JSON.stringify(body.user));
    return body.token;
  }

  /** One sync pass at a time; a kick during a pass schedules one more. */
  async function sync(): Promise<void> {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        if (!socket?.connected) return;
        setStatus('syncing');
        await pushAll(socket);
        await pullAll(socket);
      } while (again && !closed);
      failures = 0;
      if (socket?.connected && replica.pendingCount() === 0) {
        setStatus('online');
        opts.onSynced();
      }
    } catch {
      // A dropped socket: the reconnect handler starts a new pass. An error answer or a
      // timed-out ack on a live socket: nothing else would, so try again after a pause.
      if (!socket?.connected) setStatus('offline');
      else if (!closed) {
        failures += 1;
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void sync(), Math.min(10_000, 500 * 2 ** failures) * (0.5 + Math.random() / 2));
      }
    } finally {
      running = false;
    }
  }

  async function pushAll(s: Socket): Promise<void> {
    for (;;) {
      const batch = fitPushBatch(replica.outboxBatch(MAX_PUSH_BATCH));
      if (batch.length === 0) return;
      const res = (await s.timeout(ackTimeout).emitWithAck(WIRE_EVENTS.push, { mutations: batch })) as PushResponse;
      if (!res.ok) throw new Error(res.error);
      const { caseIds } = replica.acknowledge(res.results);
      if (caseIds.length) opts.onCasesChanged(caseIds);
      // The outbox shrank: announce it, so 同步中 · N 条待同步 counts down during a long flush.
      else opts.onStatus(status);
    }
  }

  async function pullAll(s: Socket): Promise<void> {
    const pull = (after: number) => {
      const answer = s.timeout(ackTimeout).emitWithAck(WIRE_EVENTS.pull, { after, limit: MAX_PULL_PAGE }) as Promise<PullResponse>;
      answer.catch(() => undefined); // awaited below; a page fetched ahead that is never awaited must not go unhandled
      return answer;
    };
    let next = pull(replica.cursor());
    for (;;) {
      const res = await next;
      if (!res.ok) throw new Error(res.error);
      // Ask for the next page before applying this one, so the server reads and sends it while this
      // one is written: the same request the loop would make after the apply (`latest` is the
      // page's last version when there is more).
      if (res.hasMore) next = pull(res.latest);
      const ids = await applyPage(res.changes, res.latest);
      if (ids.length) opts.onCasesChanged(ids);
      if (!res.hasMore) return;
    }
  }

  /**
   * Apply a page as a run of smaller pages, one transaction each, yielding to the event loop
   * between them so a page of 1,000 changes (each validated, rebuilt and indexed for search) does
   * not hold the main thread. Each slice moves the cursor to its last version (the last slice to
   * the page's `latest`), so a crash between slices resumes from what was committed. Slices are
   * sized to take about SLICE_MS of CPU.
   */
  async function applyPage(changes: Change[], latest: number): Promise<string[]> {
    if (changes.length === 0) return replica.applyChanges(changes, latest);
    const serverId = replica.meta('serverId');
    const ids = new Set<string>();
    // The page arrived in this macrotask, parsed from JSON (a 1,000-change page is over a megabyte):
    // yield before the first slice too, so parsing and applying never add up in one stall.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (closed || replica.meta('serverId') !== serverId) throw new Error('link closed or server changed while applying a page');
    for (let i = 0; i < changes.length; ) {
      const end = Math.min(changes.length, i + sliceSize);
      const started = process.cpuUsage();
      for (const id of replica.applyChanges(changes.slice(i, end), end < changes.length ? changes[end - 1]!.version : latest)) ids.add(id);
      const used = process.cpuUsage(started);
      const spent = (used.user + used.system) / 1000;
      // Grow at most twofold per slice: one cheap slice must not set up a long one.
      const fit = Math.floor(((end - i) * SLICE_MS) / Math.max(spent, 0.1));
      sliceSize = Math.max(MIN_SLICE, Math.min(MAX_PULL_PAGE, 2 * (end - i), fit));
      i = end;
      if (i < changes.length) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        // Closed, or logged in to a reset server (the replica was emptied): the rest of this page is stale.
        if (closed || replica.meta('serverId') !== serverId) throw new Error('link closed or server changed while applying a page');
      }
    }
    return [...ids];
  }

  function connect(token: string) {
    socket = io(opts.serverUrl, {
      auth: (cb) => cb({ token: replica.meta('token') ?? token }),
      reconnectionDelay: 500,
      reconnectionDelayMax: 5_000,
      randomizationFactor: 0.5,
      transports: ['websocket'],
    });
    socket.on('connect', () => void sync());
    socket.on('disconnect', () => setStatus('offline'));
    socket.on('connect_error', (err) => {
      setStatus('offline');
      // A stale session (server data reset): log in again, then reconnect. socket.io does not
      // retry a connection its server refused, so without connect() the link stays down for good.
      if (err.message === 'unauthorized') relogin();
    });
    socket.on(WIRE_EVENTS.reference, (raw: unknown) => {
      const parsed = referenceVersionSchema.safeParse(raw);
      if (parsed.success) opts.onReferenceVersion?.(parsed.data.version);
    });
    socket.on(WIRE_EVENTS.changes, (raw: unknown) => {
      // A pass in flight pulls these changes anyway (during a flush, the server echoes each pushed
      // batch back): not worth validating a batch only to drop it.
      if (running) return void sync();
      const parsed = changeBatchSchema.safeParse(raw);
      if (!parsed.success) return;
      const batch = parsed.data;
      const cursor = replica.cursor();
      const last = batch.changes.at(-1)?.version ?? batch.after;
      if (batch.after > cursor) return void sync(); // a gap: pull covers it
      if (last <= cursor) return; // already have it
      const ids = replica.applyChanges(batch.changes.filter((c) => c.version > cursor), last);
      if (ids.length) opts.onCasesChanged(ids);
      opts.onSynced();
    });
  }

  /** After a refused session: log in with backoff until the server answers, then reconnect the socket. */
  function relogin(attempt = 0): void {
    if (closed) return;
    clearTimeout(loginTimer);
    login().then(
      () => void (closed || socket?.connect()),
      () => {
        if (closed) return;
        const delay = Math.min(5_000, 500 * 2 ** attempt) * (0.5 + Math.random() / 2);
        loginTimer = setTimeout(() => relogin(attempt + 1), delay);
      },
    );
  }

  /** Log in with backoff until the server answers, then hold the socket. */
  async function start(): Promise<void> {
    if (closed) return;
    try {
      const token = await login();
      if (!closed) connect(token);
    } catch {
      if (closed) return;
      const saved = replica.meta('token');
      if (saved) return connect(saved); // socket.io keeps retrying; the session may still be valid
      loginAttempt += 1;
      const delay = Math.min(5_000, 500 * 2 ** loginAttempt) * (0.5 + Math.random() / 2);
      loginTimer = setTimeout(() => void start(), delay);
    }
  }

  return {
    start,
    status: () => status,
    kick: () => void sync(),
    close() {
      closed = true;
      clearTimeout(loginTimer);
      clearTimeout(retryTimer);
      socket?.close();
    },
  };
}
export type Link = ReturnType<typeof createLink>;
