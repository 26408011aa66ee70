// The link to the command-center server: log in, keep a socket.io connection
// with jittered reconnects, push the outbox in order, pull by cursor, apply
// live batches when contiguous and pull when there is a gap.
import { io, type Socket } from 'socket.io-client';
import {
  changeBatchSchema, MAX_PULL_PAGE, MAX_PUSH_BATCH, WIRE_EVENTS,
  type LoginResponse, type PullResponse, type PushResponse,
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
  ackTimeoutMs?: number;
};

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
      const batch = replica.outboxBatch(MAX_PUSH_BATCH);
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
    for (;;) {
      const res = (await s.timeout(ackTimeout).emitWithAck(WIRE_EVENTS.pull, { after: replica.cursor(), limit: MAX_PULL_PAGE })) as PullResponse;
      if (!res.ok) throw new Error(res.error);
      const ids = replica.applyChanges(res.changes, res.latest);
      if (ids.length) opts.onCasesChanged(ids);
      if (!res.hasMore) return;
    }
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
    socket.on(WIRE_EVENTS.changes, (raw: unknown) => {
      const parsed = changeBatchSchema.safeParse(raw);
      if (!parsed.success) return;
      const batch = parsed.data;
      const cursor = replica.cursor();
      const last = batch.changes.at(-1)?.version ?? batch.after;
      if (running || batch.after > cursor) return void sync(); // a gap, or a pass in flight: pull covers it
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
