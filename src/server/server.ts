// The command-center server: HTTP (http-api.ts) and socket.io (push, pull,
// live changes, case timelines) over one authoritative store.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server as SocketServer, type Socket } from 'socket.io';
import { z } from 'zod';
import {
  caseEventsRequestSchema, changeBatchSchema, type CaseEventsResponse, MAX_MESSAGE_BYTES, pullRequestSchema, pushRequestSchema, referenceVersionSchema, WIRE_EVENTS,
  type Change, type ChangeBatch, type MutationResult, type Presence, type PullResponse, type PushResponse,
} from '../shared/wire.ts';
import type { Category } from '../shared/catalog.ts';
import type { DistrictBoundary } from '../shared/grid-import.ts';
import { createHttpApi } from './http-api.ts';
import { createAttachmentFiles } from './attachment-files.ts';
import { createUploadQuota } from './upload-quota.ts';
import { MAX_ATTACHMENT_BYTES } from '../shared/domain/attachment.ts';
import { validatePoints, type IngestResult } from '../shared/metrics.ts';

type IngestResponse = ({ ok: true } & IngestResult) | { ok: false; error: string };
import { createLogger, type Logger } from './log.ts';
import { planMutation, type Locate } from './mutations.ts';
import type { Locator } from './locate.ts';
import { caseInScope, scopeOf, type Scope } from '../shared/scope.ts';
import type { Account, RegridActor, Store } from './store/store.ts';
import { refusalText } from '../shared/domain/refusals.ts';

export type ServerOptions = {
  store: Store; locate: Locate | Locator; catalog?: readonly Category[]; port?: number; host?: string; logger?: Logger;
  /** The counties' boundaries, for the grid import's check that a grid lies in the county of its code. */
  districts?: readonly DistrictBoundary[];
  /** Where attachment bytes are kept (content-addressed); without it the attachment routes answer 503. */
  attachmentsDir?: string;
  /** New attachment bytes each account may store per day (default 2 GiB). */
  attachmentQuotaBytes?: number;
};
export type RunningServer = {
  url: string;
  port: number;
  io: SocketServer;
  /** Broadcast changes committed outside a socket handler (the simulator, imports). */
  publish(changes: Change[]): void;
  /** Whether a workstation has pushed work on this case since the server started: the demo's simulator leaves such cases to the people working them. */
  handledByPeople(caseId: string): boolean;
  /** Whether a liaison is signed in at this seat now: the demo's simulator takes no step there in their name. */
  seatStaffed(seatId: string): boolean;
  /** Accounts at work without a socket of their own (the demo's simulated liaisons), listed after those connected. */
  addPresence(source: () => Presence): void;
  close(): Promise<void>;
};

function roomsOfScope(s: Scope): string[] {
  if (s.departmentId) return [`dept:${s.departmentId}`];
  if (s.townCode) return [`town:${s.townCode}`];
  if (s.countyCode) return [`county:${s.countyCode}`];
  return ['all'];
}

/** Unnamed bytes younger than this are kept: their case may still be in a workstation's outbox. */
const ATTACHMENT_GRACE_MS = 7 * 86_400_000;
const ATTACHMENT_SWEEP_EVERY_MS = 6 * 3_600_000;
/** About a hundred full-size photos per account and day: far above a seat's day, far below a disk. */
const DEFAULT_UPLOAD_QUOTA_BYTES = 2 * 1024 ** 3;

const roomsOfPlace = (p: { countyCode: string | null; townCode: string | null; departmentId: string | null }): string[] => [
  ...(p.countyCode ? [`county:${p.countyCode}`] : []),
  ...(p.townCode ? [`town:${p.townCode}`] : []),
  ...(p.departmentId ? [`dept:${p.departmentId}`] : []),
];

const roomsOfChange = (c: Change): string[] => ['all', ...roomsOfPlace(c.data), ...(c.from ? roomsOfPlace(c.from) : [])];

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { store, locate } = opts;
  const log = opts.logger ?? createLogger({ svc: 'server' });

  // Who is connected, per account: the seat board's on-duty marks.
  const online = new Map<string, { account: Account; sockets: number; since: string }>();
  // Which department each seat is of: a dispatch must name a seat of its department. Seats come with the city, not with a grid import.
  const seatDepartments = new Map((await store.loadSeats()).map((s) => [s.id, s.departmentId]));
  const seatDepartment = (seatId: string) => seatDepartments.get(seatId);
  const presenceSources: (() => Presence)[] = [];
  const peoplesCases = new Set<string>();
  const presence = (): Presence => {
    const connected = [...online.values()].map((o) => ({ username: o.account.username, role: o.account.role, seatId: o.account.seatId, since: o.since }));
    const names = new Set(connected.map((p) => p.username));
    return [...connected, ...presenceSources.flatMap((source) => source().filter((p) => !names.has(p.username)))];
  };
  // What every socket is told on connecting, and all of them when the reference data changes.
  const referenceAnnouncement = async () => referenceVersionSchema.parse({ version: await store.referenceVersion() });
  // A case reported after a grid import is placed in the imported grids, not the ones the server started
  // with; an open case in a grid the import replaced (or in none) is placed anew, and every workstation hears,
  // of the moved cases and of the grids themselves (which it then fetches again).
  const gridsChanged = async (codes: ReadonlySet<string>, by: RegridActor) => {
    if ('reload' in locate) {
      const city = await store.loadCity();
      locate.reload(city.grids, city.divisions);
      const moved = await store.regridOpenCases(codes, locate, by);
      if (moved.length > 0) {
        log.info('open cases placed in the imported grids', { cases: moved.length });
        broadcast(moved);
      }
    }
    io.emit(WIRE_EVENTS.reference, await referenceAnnouncement());
  };
  const attachments = opts.attachmentsDir ? createAttachmentFiles(opts.attachmentsDir, MAX_ATTACHMENT_BYTES) : undefined;
  const uploadQuota = createUploadQuota(opts.attachmentQuotaBytes ?? DEFAULT_UPLOAD_QUOTA_BYTES);
  const api = createHttpApi({ store, catalog: opts.catalog ?? [], districts: opts.districts ?? [], log, presence, attachments, uploadQuota, gridsChanged });
  // Bytes no case names (an upload whose case was refused, or never sent) do not stay for ever.
  const sweepAttachments = () =>
    void attachments
      ?.sweep(async (sha256) => (await store.casesWithAttachment(sha256)).length > 0, ATTACHMENT_GRACE_MS)
      .then((removed) => removed.length > 0 && log.info('unreferenced attachments removed', { count: removed.length }))
      .catch((err: unknown) => log.warn('attachment sweep failed', { err: err instanceof Error ? err.message : String(err) }));
  const sweepTimers = attachments ? [setTimeout(sweepAttachments, 60_000), setInterval(sweepAttachments, ATTACHMENT_SWEEP_EVERY_MS)] : [];
  for (const t of sweepTimers) t.unref();
  const http = createServer((req, res) => {
    api(req, res)
      .then((answered) => {
        if (answered || req.url?.startsWith('/socket.io')) return; // socket.io answers its own
        res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: false, error: 'not found' }));
      })
      // The API answers its own errors; whatever escapes it ends this request, never the server.
      .catch((err: unknown) => {
        log.error('request failed', { url: req.url, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ ok: false, error: refusalText('serverError') }));
      });
  });

  const io = new SocketServer(http, { maxHttpBufferSize: MAX_MESSAGE_BYTES, serveClient: false, cors: { origin: false } });

  io.use(async (socket, next) => {
    const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : '';
    const account = token ? await store.findSession(token) : undefined;
    if (!account) return next(new Error('unauthorized'));
    socket.data.account = account;
    next();
  });

  const broadcast = (changes: Change[]) => {
    for (const change of changes) {
      const batch: ChangeBatch = { after: change.version - 1, changes: [change] };
      io.to(roomsOfChange(change)).emit(WIRE_EVENTS.changes, changeBatchSchema.parse(batch));
    }
  };

  /** Acked handlers: the result is the reply; one that throws answers with an error and the server keeps serving everyone else. */
  const acked =
    (event: string, user: string, fn: (raw: unknown) => Promise<PushResponse | PullResponse | CaseEventsResponse | IngestResponse>) =>
    async (raw: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      try {
        ack(await fn(raw));
      } catch (err) {
        log.error('handler failed', { event, user, err: err instanceof Error ? err.message : String(err) });
        ack({ ok: false, error: refusalText('serverError') });
      }
    };

  io.on('connection', (socket: Socket) => {
    const account = socket.data.account as Account;
    const scope = scopeOf(account);
    void socket.join(roomsOfScope(scope));
    log.info('client connected', { user: account.username, sid: socket.id });
    void referenceAnnouncement().then((announcement) => socket.emit(WIRE_EVENTS.reference, announcement));
    const here = online.get(account.username) ?? { account, sockets: 0, since: new Date().toISOString() };
    here.sockets += 1;
    online.set(account.username, here);

    socket.on(WIRE_EVENTS.push, acked(WIRE_EVENTS.push, account.username, async (raw): Promise<PushResponse> => {
      const parsed = pushRequestSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: `推送格式无效: ${z.prettifyError(parsed.error)}` };
      const ctx = { account, locate, now: () => new Date(), seatDepartment };
      const planned = parsed.data.mutations.map((m) => {
        const plan = planMutation(m, ctx);
        return 'error' in plan
          ? { mutation: m, username: account.username, caseId: '', decide: () => ({ ok: false as const, reason: plan.error }) }
          : { mutation: m, username: account.username, caseId: plan.caseId, decide: plan.decide };
      });
      // Marked before the commit: the simulator must not step in between a person's work and its answer.
      for (const p of planned) if (p.caseId) peoplesCases.add(p.caseId);
      // Committed before answering: an acknowledged mutation is on disk.
      const outcomes = await store.commitMutations(planned);
      const results: MutationResult[] = [];
      const applied: Change[] = [];
      for (const [i, outcome] of outcomes.entries()) {
        results.push(outcome.result);
        applied.push(...outcome.changes);
        if (outcome.result.status === 'rejected' && !outcome.duplicate) {
          const m = parsed.data.mutations[i]!;
          log.warn('mutation rejected', { user: account.username, id: m.id, name: m.name, reason: outcome.result.reason });
        }
      }
      // Acknowledge before broadcasting, so the pusher learns the outcome before it sees the change.
      setImmediate(() => broadcast(applied));
      return { ok: true, results };
    }));

    socket.on(WIRE_EVENTS.pull, acked(WIRE_EVENTS.pull, account.username, async (raw): Promise<PullResponse> => {
      const parsed = pullRequestSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: `拉取参数无效: ${z.prettifyError(parsed.error)}` };
      const { changes, latest } = await store.pull(parsed.data.after, parsed.data.limit, scope);
      const hasMore = changes.length === parsed.data.limit;
      return { ok: true, changes, latest: hasMore ? changes.at(-1)!.version : latest, hasMore };
    }));

    socket.on(WIRE_EVENTS.caseEvents, acked(WIRE_EVENTS.caseEvents, account.username, async (raw): Promise<CaseEventsResponse> => {
      const parsed = caseEventsRequestSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, error: '案件编号无效' };
      const c = await store.getCase(parsed.data.caseId);
      if (!c || !caseInScope(c, scope)) return { ok: false, error: refusalText('caseNotFound') };
      return { ok: true, events: await store.caseEvents(c.id) };
    }));

    socket.on(WIRE_EVENTS.metrics, acked(WIRE_EVENTS.metrics, account.username, async (raw): Promise<IngestResponse> => {
      if (account.role !== 'admin' && account.role !== 'intake') return { ok: false, error: '该账号无权上报指标数据' };
      const { points, result, error } = validatePoints((raw as { points?: unknown } | null)?.points, new Date());
      if (error) return { ok: false, error };
      await store.ingestMetrics(points);
      return { ok: true, ...result };
    }));

    socket.on('disconnect', (reason) => {
      log.info('client disconnected', { user: account.username, reason });
      if (--here.sockets === 0) online.delete(account.username);
    });
  });

  await new Promise<void>((resolve) => http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  log.info('server listening', { url });
  return {
    url,
    port,
    io,
    publish: broadcast,
    addPresence: (source) => void presenceSources.push(source),
    handledByPeople: (caseId) => peoplesCases.has(caseId),
    // A liaison's login only: an intake or a street dispatcher carries a seat too, but signs nothing there.
    seatStaffed: (seatId) => [...online.values()].some((o) => o.account.role === 'seat' && o.account.seatId === seatId),
    async close() {
      for (const t of sweepTimers) clearTimeout(t);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.close();
    },
  };
}
