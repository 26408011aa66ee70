// The server's HTTP side: login, health, KPIs, reference data and case
// timelines. Every route but login and health needs a session token.
import { mayImportGrids } from '../shared/domain/actor.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import type { Category } from '../shared/catalog.ts';
import { computeKpis, kpiDimensions } from '../shared/domain/kpi.ts';
import { canSeePhones, maskPhone } from '../shared/people.ts';
import { caseInScope, scopeOf } from '../shared/scope.ts';
import { loginRequestSchema, type LoginResponse, type Presence, type ReferenceData } from '../shared/wire.ts';
import { validatePoints } from '../shared/metrics.ts';
import { importResult, validateGridImport, type DistrictBoundary } from '../shared/grid-import.ts';
import { gridImportInputSchema, MAX_GRID_IMPORT_BYTES } from '../shared/grid-file.ts';
import { gridFileGeoJson } from '../shared/grid-file-read.ts';
import { ShapefileZipError } from '../shared/shapefile-zip.ts';
import { newToken, verifyPassword } from './auth.ts';
import { metricsView } from './metrics-view.ts';
import type { Logger } from './log.ts';
import type { Account, RegridActor, Store } from './store/store.ts';
import { AttachmentRefused, type AttachmentFiles } from './attachment-files.ts';
import type { UploadQuota } from './upload-quota.ts';
import { MAX_ATTACHMENT_BYTES } from '../shared/domain/attachment.ts';
import { refusalText } from '../shared/domain/refusals.ts';

// Metric batches of up to 1,000 points fit; anything larger is refused before parsing.
const MAX_BODY = 512 * 1024;
const METRIC_WRITERS: readonly Account['role'][] = ['admin', 'intake'];
/** Grid boundaries are the city's: the administrator or a city-wide dispatcher (no county) may import them. */
/** A city's grid file: 100,000 simple polygons fit. */

/** A request the sender must fix: answered with its status and this message. Any other error is ours (500). */
class BadRequest extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

async function readJson(req: IncomingMessage, max = MAX_BODY): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BadRequest(413, refusalText('requestTooLarge'));
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest(400, refusalText('requestNotJson'));
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

type Ctx = { req: IncomingMessage; res: ServerResponse; url: URL; account: Account };
type Route = { method: string; path: RegExp; auth: boolean; handle: (ctx: Ctx, match: RegExpMatchArray) => Promise<void> };

export function createHttpApi(opts: {
  store: Store; catalog: readonly Category[]; districts?: readonly DistrictBoundary[]; log: Logger; presence: () => Presence; attachments?: AttachmentFiles;
  /** New attachment bytes each account may store per day. */
  uploadQuota?: UploadQuota;
  /** After a grid import is committed, with the codes of the grids it replaced or brought in: whatever reads the grids (the point locator, the open cases' places) follows. */
  gridsChanged?: (codes: ReadonlySet<string>, by: RegridActor) => Promise<void>;
}) {
  const { store, log } = opts;
  const anonymous = {} as Account;

  /**
   * Read access to an attachment follows the cases: an account may read bytes that a case it can see
   * refers to. Unknown and out-of-scope look the same (404), so probing digests tells nothing.
   */
  async function readable(account: Account, sha256: string): Promise<{ ok: true } | { ok: false; status: number; error: string }> {
    if (!opts.attachments) return { ok: false, status: 503, error: refusalText('attachmentStoreMissing') };
    const scope = scopeOf(account);
    const visible = (await store.casesWithAttachment(sha256)).find((c) => caseInScope(c, scope));
    if (!visible) return { ok: false, status: 404, error: refusalText('attachmentNotFound') };
    if (!opts.attachments.has(sha256)) return { ok: false, status: 404, error: refusalText('attachmentNotUploaded') };
    return { ok: true };
  }
  const serveAttachment = (withBody: boolean) => async ({ res, account }: Ctx, m: RegExpMatchArray) => {
    const sha256 = m[1]!;
    const access = await readable(account, sha256);
    if (!access.ok) return send(res, access.status, { ok: false, error: access.error });
    // Served as opaque bytes, never as the type a reporter claimed: nothing from here renders in a page.
    res.writeHead(200, {
      'content-type': 'application/octet-stream', 'content-disposition': 'attachment', 'content-length': String(opts.attachments!.size(sha256)),
      'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff',
    });
    if (!withBody) return void res.end();
    await pipeline(opts.attachments!.open(sha256), res);
  };

  const routes: Route[] = [
    {
      method: 'GET', path: /^\/api\/health$/, auth: false,
      handle: async ({ res }) => send(res, 200, { ok: true, version: await store.latestVersion() }),
    },
    {
      method: 'POST', path: /^\/api\/login$/, auth: false,
      handle: async ({ req, res }) => {
        const parsed = loginRequestSchema.safeParse(await readJson(req));
        if (!parsed.success) return send(res, 400, { ok: false, error: '用户名或密码格式无效' } satisfies LoginResponse);
        const found = await store.findAccount(parsed.data.username);
        if (!found || !verifyPassword(parsed.data.password, found.passwordHash)) {
          log.warn('login failed', { username: parsed.data.username });
          return send(res, 401, { ok: false, error: '用户名或密码错误' } satisfies LoginResponse);
        }
        const token = newToken();
        await store.createSession(token, found.account.username);
        send(res, 200, { ok: true, token, serverId: await store.serverId(), user: found.account } satisfies LoginResponse);
      },
    },
    {
      method: 'GET', path: /^\/api\/kpis$/, auth: true,
      handle: async ({ res, url, account }) => {
        const groupBy = url.searchParams.get('groupBy') ?? 'all';
        const parsed = z.enum(kpiDimensions).safeParse(groupBy);
        if (!parsed.success) return send(res, 400, { ok: false, error: `无效的分组维度: ${groupBy}` });
        const groups = computeKpis(await store.listCases(scopeOf(account)), [], { groupBy: parsed.data, now: new Date().toISOString() });
        // Case lists behind each figure only on request: they are large for a whole city.
        const body = url.searchParams.get('ids') === '1'
          ? groups
          : Object.fromEntries(Object.entries(groups).map(([k, set]) => [k, Object.fromEntries(Object.entries(set).map(([name, v]) => [name, { ...v, caseIds: undefined }]))]));
        send(res, 200, { ok: true, groups: body });
      },
    },
    {
      method: 'GET', path: /^\/api\/reference$/, auth: true,
      handle: async ({ res, account }) => {
        // Read first: an import landing between the two makes the data newer than its version, and the next announcement fetches it again.
        const version = await store.referenceVersion();
        const city = await store.loadCity();
        const phones = canSeePhones(account.role);
        const accounts = await store.listAccounts();
        const body: ReferenceData = {
          divisions: city.divisions, grids: city.grids, departments: city.departments, seats: city.seats, catalog: [...opts.catalog], responsibility: city.responsibility,
          liaisons: accounts.filter((a) => a.role === 'seat' && a.seatId).map((a) => ({ seatId: a.seatId!, username: a.username, displayName: a.displayName })),
          staff: accounts.map((a) => ({ username: a.username, displayName: a.displayName })),
          workers: phones ? city.workers : city.workers.map((w) => ({ ...w, phone: maskPhone(w.phone) })),
        };
        send(res, 200, { ok: true, reference: body, version });
      },
    },
    {
      // All or nothing: the file is checked as the workstation's dialog checks it, against the
      // server's own divisions, and only a file with no error is written, in one transaction.
      method: 'POST', path: /^\/api\/grids\/import$/, auth: true,
      handle: async ({ req, res, account }) => {
        if (!mayImportGrids(account)) return send(res, 403, { ok: false, error: refusalText('gridImportForbidden') });
        const input = gridImportInputSchema.safeParse(await readJson(req, MAX_GRID_IMPORT_BYTES));
        if (!input.success) return send(res, 400, { ok: false, error: `导入请求格式无效: ${z.prettifyError(input.error)}` });
        let geojson: unknown;
        try {
          geojson = await gridFileGeoJson(input.data);
        } catch (err) {
          // A zip that cannot be read is the sender's to fix: say why, write nothing.
          if (err instanceof ShapefileZipError) return send(res, 400, { ok: false, error: err.message, code: err.code });
          throw err;
        }
        const city = await store.loadCity();
        const report = validateGridImport(geojson, { divisions: city.divisions, existing: city.grids, mode: input.data.mode, workers: city.workers, districts: opts.districts });
        if (report.errors > 0) return send(res, 200, { ok: true, result: importResult(report, false) });
        await store.upsertGrids(report.grids, report.replaces);
        await opts.gridsChanged?.(new Set([...report.replaces, ...report.grids.map((g) => g.code)]), { id: account.username, role: account.role });
        log.info('grids imported', { by: account.username, grids: report.grids.length, replaced: report.replaces.length, mode: input.data.mode, from: input.data.shapefileZip ? 'shapefile' : 'geojson', crs: input.data.crs });
        send(res, 200, { ok: true, result: importResult(report, true) });
      },
    },
    {
      method: 'POST', path: /^\/api\/metrics$/, auth: true,
      handle: async ({ req, res, account }) => {
        if (!METRIC_WRITERS.includes(account.role)) return send(res, 403, { ok: false, error: '该账号无权上报指标数据' });
        const body = (await readJson(req)) as { points?: unknown };
        const { points, result, error } = validatePoints(body?.points, new Date());
        if (error) return send(res, 400, { ok: false, error });
        await store.ingestMetrics(points);
        send(res, 200, { ok: true, ...result });
      },
    },
    {
      method: 'GET', path: /^\/api\/metrics\/(daily|recent)$/, auth: true,
      handle: async ({ res }, m) => send(res, 200, { ok: true, ...(await metricsView(store, m[1] as 'daily' | 'recent')) }),
    },
    {
      method: 'GET', path: /^\/api\/presence$/, auth: true,
      handle: async ({ res }) => send(res, 200, { ok: true, presence: opts.presence() }),
    },
    {
      method: 'GET', path: /^\/api\/wishes$/, auth: true,
      handle: async ({ res }) => send(res, 200, { ok: true, wishes: await store.listWishes() }),
    },
    {
      // Any signed-in account may upload: the bytes usually arrive before the case that names them.
      // Checked as they stream: over the size limit, or not matching the digest in the address, and
      // nothing is kept. The same bytes again are simply acknowledged.
      method: 'PUT', path: /^\/api\/attachments\/([0-9a-f]{64})$/, auth: true,
      handle: async ({ req, res, account }, m) => {
        if (!opts.attachments) return send(res, 503, { ok: false, error: refusalText('attachmentStoreMissing') });
        const declared = Number(req.headers['content-length'] ?? NaN);
        if (declared > MAX_ATTACHMENT_BYTES) {
          res.setHeader('connection', 'close');
          return send(res, 413, { ok: false, error: refusalText('attachmentOverLimit', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }) });
        }
        // Bytes already stored cost nothing; a body without a declared length is counted once stored.
        const quota = opts.uploadQuota;
        if (quota && !opts.attachments.has(m[1]!) && !quota.allows(account.username, Number.isFinite(declared) ? declared : 0)) {
          res.setHeader('connection', 'close');
          log.warn('attachment over quota', { by: account.username, sha256: m[1] });
          return send(res, 429, { ok: false, error: refusalText('uploadQuota', { gb: quota.limitBytes / 1024 / 1024 / 1024 }) });
        }
        try {
          const stored = await opts.attachments.put(m[1]!, req);
          if (stored) quota?.add(account.username, opts.attachments.size(m[1]!));
          if (stored) log.info('attachment stored', { by: account.username, sha256: m[1] });
          send(res, stored ? 201 : 200, { ok: true, sha256: m[1], stored });
        } catch (err) {
          if (!(err instanceof AttachmentRefused)) throw err;
          log.warn('attachment refused', { by: account.username, sha256: m[1], status: err.status });
          res.setHeader('connection', 'close');
          send(res, err.status, { ok: false, error: err.message });
        }
      },
    },
    { method: 'GET', path: /^\/api\/attachments\/([0-9a-f]{64})$/, auth: true, handle: serveAttachment(true) },
    { method: 'HEAD', path: /^\/api\/attachments\/([0-9a-f]{64})$/, auth: true, handle: serveAttachment(false) },
    {
      method: 'GET', path: /^\/api\/cases\/([0-9a-f-]{36})\/events$/, auth: true,
      handle: async ({ res, account }, m) => {
        const c = await store.getCase(m[1]!);
        if (!c || !caseInScope(c, scopeOf(account))) return send(res, 404, { ok: false, error: refusalText('caseNotFound') });
        send(res, 200, { ok: true, events: await store.caseEvents(c.id) });
      },
    },
  ];

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      // An absolute request line that is no URL (GET http://[/api/health): the sender's mistake, not a reason to stop.
      send(res, 400, { ok: false, error: refusalText('requestBadAddress') });
      return true;
    }
    const route = routes.find((r) => r.method === req.method && r.path.test(url.pathname));
    if (!route) return false;
    try {
      let account = anonymous;
      if (route.auth) {
        const found = await store.findSession((req.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (!found) {
          send(res, 401, { ok: false, error: refusalText('sessionExpired') });
          return true;
        }
        account = found;
      }
      await route.handle({ req, res, url, account }, url.pathname.match(route.path)!);
    } catch (err) {
      if (res.headersSent) {
        // Mid-answer (a download whose reader went away): nothing more can be said on this response.
        log.warn('response cut short', { path: url.pathname, error: String(err) });
        res.destroy();
      } else if (err instanceof BadRequest) {
        send(res, err.status, { ok: false, error: err.message });
      } else {
        log.error('request failed', { method: req.method, path: url.pathname, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
        send(res, 500, { ok: false, error: refusalText('serverError') });
      }
    }
    return true;
  };
}
