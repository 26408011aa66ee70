// The host-agnostic main-process core: it implements the renderer contract
// over the local cache and the server link. Hosts (Electron IPC, the browser
// host's WebSocket) only carry its requests and events.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  commands, isCommandName, isQueryName, queries, requestSchema,
  type CommandInput, type CommandName, type CommandOutput, type ContractEvent, type ContractHandler, type ContractResponse,
  type EventName, type EventPayload, type LinkState, type QueryName, type QueryOutput, type UiLocale,
} from '../../shared/contract.ts';
import { ACT_MUTATION, actorOf, decideAct, decideReport, REPORT_MUTATION, type CaseDecision } from '../../shared/case-commands.ts';
import type { SessionUser } from '../../shared/wire.ts';
import type { Case } from '../../shared/domain/case.ts';
import { openCache } from './cache.ts';
import { createCaseQueries } from './case-queries.ts';
import { createServerResources } from './server-resources.ts';
import { createMetricsCache } from './metrics-cache.ts';
import { suggestOwner } from './suggest-owner.ts';
import { gridCard, gridStatuses } from './grid-queries.ts';
import { seatBoard } from './seat-board.ts';
import { createGridTileThread, threadTileAnswer } from './grid-tile-thread.ts';
import { basemapOrigins, parseBasemap, type BasemapSettings } from '../../shared/basemap.ts';
import { polygonContains } from '../../shared/geo.ts';
import { availableActions } from '../../shared/domain/case-rules.ts';
import { computeKpis } from '../../shared/domain/kpi.ts';
import { createLink, type Link } from './link.ts';
import { createReplica } from './replica.ts';
import { createBackgroundIndexer, createSearchIndex } from './search-index.ts';
import { startCheckpointer } from './checkpointer.ts';
import { createAttachmentStore } from './attachment-store.ts';
import { createAttachmentUploads } from './attachment-uploads.ts';
import { join } from 'node:path';
import { ATTACHMENT_CHUNK_BYTES } from '../../shared/domain/attachment.ts';
import { canSeePhones, maskPhone } from '../../shared/people.ts';
import { newId } from './ids.ts';
import { refusalText } from '../../shared/domain/refusals.ts';
import { parseRefusal } from '../../shared/domain/refusal-parse.ts';

/** A failed fetch of a reference copy the server has moved past is tried again after about this long. */
const REFERENCE_RETRY_MS = 10_000;
/** After an announcement, each workstation waits up to this long before it fetches. */
const REFERENCE_SPREAD_MS = 2000;

export type CoreOptions = {
  dataDir: string;
  serverUrl: string;
  credentials: { username: string; password: string };
  locale?: UiLocale;
};

export type Core = ContractHandler & {
  close(): Promise<void>;
  linkState(): LinkState;
  /** The configured online basemap's tile origins ([] when offline): the hosts' CSP admits exactly these. */
  basemapOrigins(): string[];
  /** The interface language: the operator's last choice, else the host's default. */
  locale(): UiLocale;
};

type QueryHandlers = { [K in QueryName]: (input: z.output<(typeof queries)[K]['input']>) => QueryOutput<K> | Promise<QueryOutput<K>> };
type CommandHandlers = { [K in CommandName]: (input: z.output<(typeof commands)[K]['input']>) => CommandOutput<K> | Promise<CommandOutput<K>> };

/**
 * Why the contract refuses an input: the operator's own words when the first issue is one of the
 * domain's refusals (请填写退回原因: the renderer can say it in the operator's language), else
 * the validator's full account, for whoever wrote the call.
 */
function inputRefusal(error: z.ZodError): string {
  const first = error.issues[0]?.message;
  return first !== undefined && parseRefusal(first) !== null ? first : z.prettifyError(error);
}

export async function createCore(opts: CoreOptions): Promise<Core> {
  const db = openCache(opts.dataDir);
  const checkpointer = startCheckpointer(db);
  const listeners = new Set<(e: ContractEvent) => void>();
  const emit = <K extends EventName>(event: K, payload: EventPayload<K>) => {
    for (const l of listeners) l({ event, payload });
  };
  // Until the first login the workstation knows only the name it was given. Parsed once per login,
  // not once per command.
  let parsedUser: { raw: string; user: SessionUser } | undefined;
  const user = (): SessionUser => {
    const raw = replica.meta('user');
    if (raw) {
      if (parsedUser?.raw !== raw) parsedUser = { raw, user: JSON.parse(raw) as SessionUser };
      return parsedUser.user;
    }
    const username = opts.credentials.username;
    return { username, displayName: username, role: 'intake', departmentId: null, seatId: null, countyCode: null, townCode: null };
  };
  const replica = createReplica(db, user);
  const caseQueries = createCaseQueries(db);
  // Writes only mark rows for search; they are indexed here when the link is not applying a pull.
  const indexer = createBackgroundIndexer(createSearchIndex(db), { busy: () => link.status() === 'syncing' });
  const resources = createServerResources(db, { serverUrl: opts.serverUrl, token: () => replica.meta('token') });
  const gridTiles = createGridTileThread({ version: () => resources.referenceFetchedAt('grids') ?? '', gridsJson: () => resources.referenceJson('grids') });
  const metrics = createMetricsCache(db, {
    serverUrl: opts.serverUrl,
    token: () => replica.meta('token'),
    isOnline: () => link.status() === 'online',
    onChange: () => emit('metrics.changed', { at: new Date().toISOString() }),
  });
  // The reference data is megabytes: one fetch at a time, and one more after it only if the server
  // announced a new version while it ran. A copy of another version than the server's is fetched again
  // on a failure (after a while, while the link is up) and on every sync until it is current.
  let serverReferenceVersion: string | null = null;
  let refreshing = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let failedAt = -Infinity;
  const behind = () => serverReferenceVersion !== null && resources.referenceVersion() !== serverReferenceVersion;
  const refreshReference = (force = false) => {
    if (refreshing || closed) return;
    refreshing = true;
    clearTimeout(retry);
    const announced = serverReferenceVersion;
    void resources.refreshReference(force).then(
      (changed) => {
        refreshing = false;
        if (closed) return;
        if (changed) emit('reference.changed', { fetchedAt: new Date().toISOString() });
        if (serverReferenceVersion !== announced && behind()) refreshReference(true);
      },
      () => {
        refreshing = false; // offline or refused: the cached copy stays in use
        failedAt = Date.now();
        if (!closed && behind()) retry = setTimeout(() => link.status() !== 'offline' && refreshReference(true), REFERENCE_RETRY_MS * (0.5 + Math.random()));
      },
    );
  };
  if (!replica.meta('clientId')) replica.setMeta('clientId', randomUUID());
  const attachmentFiles = createAttachmentStore(join(opts.dataDir, 'attachments'));
  const uploads = createAttachmentUploads(db, attachmentFiles, {
    serverUrl: opts.serverUrl,
    token: () => replica.meta('token'),
    canTry: () => link.status() !== 'offline',
    onChange: (hashes) => emit('attachments.changed', { hashes }),
  });

  const linkState = (): LinkState => ({
    status: link.status(),
    pending: replica.pendingCount(),
    attention: replica.attentionCount(),
    lastSyncAt: replica.meta('lastSyncAt') ?? null,
    serverUrl: opts.serverUrl,
  });
  const announceLink = () => emit('link.changed', linkState());

  let lastStatus: LinkState['status'] = 'offline';
  const link: Link = createLink({
    serverUrl: opts.serverUrl,
    credentials: opts.credentials,
    replica,
    onStatus: (status) => {
      announceLink();
      if (status !== 'offline') uploads.kick();
      // Whether the center can be asked about bytes not stored here changed: states are re-read.
      if ((status === 'offline') !== (lastStatus === 'offline')) emit('attachments.changed', { hashes: [] });
      lastStatus = status;
    },
    onCasesChanged: (ids) => {
      indexer.schedule();
      emit('cases.changed', { ids });
      announceLink();
    },
    // Grids imported at another workstation: fetched now, not on the next periodic refresh.
    onReferenceVersion: (version) => {
      serverReferenceVersion = version;
      // Every workstation hears at once: spread their fetches of the same megabytes a little.
      clearTimeout(retry);
      if (behind()) retry = setTimeout(() => !closed && behind() && refreshReference(true), Math.random() * REFERENCE_SPREAD_MS);
    },
    onServerIdentity: (serverId) => {
      // Data from another server (or a reset one) must not mix with this one: replicate afresh.
      if (replica.resetForServer(serverId)) {
        uploads.forgetServer();
        indexer.schedule();
        emit('cases.changed', { ids: [] });
      }
    },
    onSynced: () => {
      replica.setMeta('lastSyncAt', new Date().toISOString());
      announceLink();
      // Syncs come with every pushed batch: a fetch that just failed waits for its retry instead.
      refreshReference(behind() && Date.now() - failedAt > REFERENCE_RETRY_MS);
      void metrics.tick();
      uploads.kick();
    },
  });

  const queryHandlers: QueryHandlers = {
    'cases.list': ({ queue, limit, platform, filter, sort }) => caseQueries.list({ queue, platform, filter, sort }, limit),
    'cases.count': ({ queue, platform, filter }) => caseQueries.count({ queue, platform, filter }),
    'cases.queueCounts': ({ filter, also }) => caseQueries.queueCounts(filter, also),
    'link.state': () => linkState(),
    'cases.search': ({ text, limit }) => caseQueries.search(text, limit),
    'cases.queue': ({ seatId, limit }) => {
      const seat = seatId ?? user().seatId;
      return seat ? caseQueries.seatQueue(seat, limit) : [];
    },
    'session.info': () => ({ ...user(), locale: locale(), localeChosen: chosenLocale() !== null }),
    'cases.get': ({ id }) => caseQueries.get(id),
    'cases.timeline': ({ id }) => {
      return resources.timeline(id).then(({ data, fetchedAt }) => ({ events: data, fetchedAt }));
    },
    'cases.actions': ({ id }) => {
      const c = replica.getCase(id);
      return c ? availableActions(c, actorOf(user())) : [];
    },
    'cases.suggestOwner': ({ id }) => {
      const c = replica.getCase(id);
      return c ? suggestOwner(c, resources) : null;
    },
    'kpis.compute': ({ groupBy, platform }) => {
      const cases = platform ? caseQueries.all().filter((c) => c.platform === platform) : caseQueries.all();
      // 微心愿 are a 党建引领 service: they count with the 智慧网格 platform's figures.
      const wishes = !platform || platform === 'grid' ? metrics.wishes().data : [];
      const groups = computeKpis(cases, wishes, { groupBy, now: new Date().toISOString() });
      return Object.fromEntries(Object.entries(groups).map(([k, set]) => [k, Object.fromEntries(Object.entries(set).map(([name, v]) => [name, { value: v.value, numerator: v.numerator, denominator: v.denominator }]))]));
    },
    'reference.directory': () => {
      const catalog = resources.reference('catalog');
      return {
        departments: resources.reference('departments').data, seats: resources.reference('seats').data,
        divisions: resources.reference('divisions').data, catalog: catalog.data, staff: resources.reference('staff').data, fetchedAt: catalog.fetchedAt,
      };
    },
    'reference.grids': () => {
      const { data, fetchedAt } = resources.reference('grids');
      return { grids: data, fetchedAt };
    },
    'grids.status': () => gridStatuses(caseQueries.all(), new Date().toISOString()),
    // Cut on the tile worker: the event loop only passes the request on and encodes the answer.
    'grids.tile': ({ z, x, y, crs }) => threadTileAnswer(gridTiles, z, x, y, crs),
    'grids.card': ({ gridCode }) => gridCard(gridCode, caseQueries.all(), resources, new Date().toISOString(), gridWorkers(gridCode)),
    'metrics.series': ({ include = ['daily', 'recent'] }) => {
      const { daily, recent } = metrics.series(include);
      return { daily: daily.data, dailyAt: daily.fetchedAt, recent: recent.data, recentAt: recent.fetchedAt };
    },
    'wishes.list': () => {
      const { data, fetchedAt } = metrics.wishes();
      return { wishes: data, fetchedAt };
    },
    'cases.related': ({ point, categoryKind, categoryCode, days, excludeId }) => {
      const grid = resources.reference('grids').data.find((g) => polygonContains(g, point)) ?? null;
      const since = new Date(Date.now() - days * 86_400_000).toISOString();
      const cases = grid
        // A declined report (不予立案) is no case to duplicate: the issue it named is not being worked.
        ? caseQueries.all().filter((c) => c.gridCode === grid.code && c.categoryKind === categoryKind && c.categoryCode === categoryCode && c.reportedAt >= since && c.id !== excludeId && c.state !== 'voided')
        : [];
      return { gridCode: grid?.code ?? null, cases: cases.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt)).map((c) => ({ ...c, pending: false })) };
    },
    'seats.board': () => {
      const rows = seatBoard(caseQueries.all(), resources.reference('seats').data, resources.reference('departments').data, resources.reference('liaisons').data, metrics.presence().data, new Date().toISOString());
      // A seat's cache holds its department's cases only: every other seat would read 0 in work, 0 overdue, as if idle.
      const u = user();
      return u.role === 'seat' ? rows.filter((r) => r.departmentId === u.departmentId) : rows;
    },
    'presence.list': () => {
      const { data, fetchedAt } = metrics.presence();
      return { presence: data, fetchedAt };
    },
    'reference.workerCounts': () => {
      const { data, fetchedAt } = resources.reference('workers');
      return { total: data.length, byKind: Object.fromEntries([...Map.groupBy(data, (w) => w.kind)].map(([k, ws]) => [k, ws.length])), fetchedAt };
    },
    'seats.presence': () => {
      const presence = metrics.presence();
      const seats = resources.reference('seats').data;
      const onDuty = new Set(presence.data.map((p) => p.seatId));
      return { online: seats.filter((s) => onDuty.has(s.id)).length, total: seats.length, fetchedAt: presence.fetchedAt };
    },
    'reference.gridWorkers': ({ gridCode }) => gridWorkers(gridCode),
    'reference.workerGrids': () => resources.reference('workers').data.map((w) => ({ gridCodes: w.gridCodes })),
    'attention.list': () => replica.attention(),
    'attachments.status': ({ hashes }) => uploads.status(hashes),
    'attachments.read': async ({ sha256, offset }) => {
      await uploads.ensureLocal(sha256);
      const size = attachmentFiles.size(sha256);
      const data = attachmentFiles.read(sha256, offset, ATTACHMENT_CHUNK_BYTES);
      const end = offset + data.length;
      return { data: data.toString('base64'), size, next: end < size ? end : null };
    },
    'settings.basemap': () => basemap(),
  };

  /**
   * Queue a mutation the local workflow accepts, decided at `at` (the mutation's time, so a replay
   * over fresh server state decides as this did); refuse the rest at once with its reason.
   */
  const enqueue = (name: string, caseId: string, args: unknown, at: string, decision: CaseDecision, previous?: Case) => {
    if (!decision.ok) throw new Error(decision.reason);
    const mutationId = newId();
    replica.enqueue({ id: mutationId, clientId: replica.meta('clientId')!, name, args, at }, caseId, decision.next, previous);
    indexer.schedule();
    emit('cases.changed', { ids: [caseId] });
    announceLink();
    link.kick();
    return mutationId;
  };

  /**
   * A grid's workers as the account here now may see them. The cached roster is as the server gave
   * it to whoever fetched it last, so it is masked again; an account not yet logged in (known only
   * by name, its role a guess) sees masked phones.
   */
  const gridWorkers = (gridCode: string) => {
    const workers = resources.reference('workers').data.filter((w) => w.gridCodes.includes(gridCode));
    const u = user();
    const sees = !!replica.meta('user') && u.username === opts.credentials.username && canSeePhones(u.role);
    return sees ? workers : workers.map((w) => ({ ...w, phone: maskPhone(w.phone) }));
  };

  /** The operator's choice (settings.setLocale), if one was made. */
  const chosenLocale = (): UiLocale | null => {
    const chosen = replica.meta('locale');
    return chosen === 'en' || chosen === 'zh-CN' ? chosen : null;
  };
  const locale = (): UiLocale => chosenLocale() ?? opts.locale ?? 'zh-CN';

  const basemap = (): BasemapSettings => parseBasemap(JSON.parse(replica.meta('basemap') ?? 'null'));

  const commandHandlers: CommandHandlers = {
    'grids.import': async (input) => {
      const result = await resources.importGrids(input);
      // The center has the grids now: a refresh that fails here (a slow link, a blip) is the
      // reference timer's to retry, not a failed import to report and perhaps repeat.
      // The server announces the new version to every workstation, this one too; fetched here at once all the same.
      if (result.imported) refreshReference(true);
      return result;
    },
    'settings.setLocale': (input) => {
      if (input.locale !== chosenLocale()) {
        replica.setMeta('locale', input.locale);
        emit('settings.locale', input);
      }
      return input;
    },
    'settings.setBasemap': (input) => {
      replica.setMeta('basemap', JSON.stringify(input));
      return { origins: basemapOrigins(input) };
    },
    'attachments.write': ({ sha256, size, offset, data }) => {
      const bytes = Buffer.from(data, 'base64');
      if (bytes.length > ATTACHMENT_CHUNK_BYTES) throw new Error(refusalText('attachmentChunkTooBig', { bytes: ATTACHMENT_CHUNK_BYTES }));
      const progress = attachmentFiles.write(sha256, size, offset, bytes);
      // Durable in the store first, then queued: bytes a crash left stored but unqueued are queued at
      // the next start (and by the next write of the same file: enqueue is idempotent).
      if (progress.done && uploads.enqueue(sha256, size)) emit('attachments.changed', { hashes: [sha256] });
      return { received: progress.received, done: progress.done };
    },
    'cases.report': (input) => {
      const u = user();
      const args = { ...input, id: newId() };
      const where = { countyCode: u.countyCode, townCode: u.townCode, gridCode: null };
      const at = new Date().toISOString();
      enqueue(REPORT_MUTATION, args.id, args, at, decideReport(args, actorOf(u), u.displayName, where, at));
      return { id: args.id };
    },
    'cases.act': (input) => {
      const current = replica.getCase(input.caseId);
      const args = { ...input, baseVersion: current?.version };
      const at = new Date().toISOString();
      // The seats as last fetched: before the first fetch there are none to check against, and the center still checks.
      const seats = resources.reference('seats').data;
      const seatDepartment = seats.length > 0 ? (id: string) => seats.find((s) => s.id === id)?.departmentId : undefined;
      return { mutationId: enqueue(ACT_MUTATION, input.caseId, args, at, decideAct(current, args, actorOf(user()), at, { seatDepartment }), current) };
    },
  };

  async function request(raw: unknown): Promise<ContractResponse> {
    const envelope = requestSchema.safeParse(raw);
    if (!envelope.success) return { id: -1, ok: false, error: { code: 'bad-request', message: '请求格式无效' } };
    const { id, kind, name, args } = envelope.data;
    const known = kind === 'query' ? isQueryName(name) : isCommandName(name);
    if (!known) return { id, ok: false, error: { code: 'unknown-name', message: `未知的${kind === 'query' ? '查询' : '命令'}: ${name}` } };
    const def = kind === 'query' ? queries[name as QueryName] : commands[name as CommandName];
    const input = def.input.safeParse(args ?? {});
    if (!input.success) return { id, ok: false, error: { code: 'bad-request', message: inputRefusal(input.error) } };
    try {
      const handler = (kind === 'query' ? queryHandlers[name as QueryName] : commandHandlers[name as CommandName]) as (i: unknown) => unknown;
      return { id, ok: true, result: await handler(input.data) };
    } catch (err) {
      return { id, ok: false, error: { code: 'failed', message: err instanceof Error ? err.message : String(err) } };
    }
  }

  void link.start();
  indexer.schedule(); // rows a previous run marked and did not index before it stopped

  return {
    request,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    linkState,
    basemapOrigins: () => basemapOrigins(basemap()),
    locale,
    async close() {
      closed = true;
      clearTimeout(retry);
      link.close();
      uploads.close();
      indexer.close();
      metrics.close();
      listeners.clear();
      await gridTiles.close();
      await checkpointer.close();
      db.close();
    },
  };
}

export type { CommandInput };
