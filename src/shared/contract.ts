// The one contract between the renderer and the main-process core: queries,
// commands and live events. Both hosts (Electron IPC, browser-host WebSocket)
// carry exactly this, and validate it with these schemas where it enters.
import { z } from 'zod';
import { caseSchema } from './domain/case.ts';
import { caseActionSchema } from './domain/case-action.ts';
import { caseEventSchema } from './domain/case-event.ts';
import { caseActionTypes } from './domain/case-action.ts';
import { categorySchema } from './catalog.ts';
import { ATTACHMENT_CHUNK_BYTES, attachmentStates, attachmentsSchema, MAX_ATTACHMENT_BYTES, sha256HexSchema } from './domain/attachment.ts';
import { caseListFilterSchema, caseSortKeys } from './case-filter.ts';
import { queueIds, type QueueId } from './queues.ts';
import { gridCrs } from './grid-tiles.ts';
import type { GridImportResult } from './grid-import.ts';
import { gridImportInputSchema } from './grid-file.ts';
import { parseBasemap, validTemplate, type BasemapSettings } from './basemap.ts';

const basemapSchema: z.ZodType<BasemapSettings> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offline') }),
  z.object({ kind: z.literal('tianditu'), key: z.string().regex(/^[0-9a-f]{16,64}$/i, '天地图密钥格式无效'), layer: z.enum(['vec', 'img']), gcj02: z.literal(false) }),
  z.object({ kind: z.literal('xyz'), url: z.string().refine(validTemplate, '瓦片地址须为 http(s) 且含 {z}、{x}、{y}'), scheme: z.enum(['xyz', 'tms']), gcj02: z.boolean() }),
]).transform((b) => parseBasemap(b));

const seriesViewSchema = z.object({
  platform: z.enum(platforms),
  key: z.string(),
  dims: z.string(),
  points: z.partialRecord(z.enum(['minute', 'hour', 'day']), z.array(z.tuple([z.string(), z.number()]))),
});
import { kpiDimensions } from './domain/kpi.ts';
import {
  casePriorities, caseSources, departmentSchema, wishSchema, divisionSchema, gridSchema, gridWorkerSchema, lngLatSchema, platforms, seatSchema, workerKinds,
} from './domain/model.ts';
import { refusalText } from './domain/refusals.ts';

export const linkStateSchema = z.object({
  /** online: socket up and outbox drained; syncing: pushing or pulling; offline: no link. */
  status: z.enum(['online', 'offline', 'syncing']),
  pending: z.number().int().nonnegative(),
  attention: z.number().int().nonnegative(),
  /** When the cache last matched the server (ISO), null if never. */
  lastSyncAt: z.iso.datetime().nullable(),
  serverUrl: z.string(),
});
export type LinkState = z.infer<typeof linkStateSchema>;

export const caseListItemSchema = caseSchema.extend({ pending: z.boolean() });
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const reportCaseInputSchema = z.object({
  title: z.string().trim().min(1, '标题不能为空').max(200),
  description: z.string().max(4000).default(''),
  platform: z.enum(platforms).default('grid'),
  /** Catalog kind and minor code together name a category: CJ/T 部件 and 事件 reuse minor codes. */
  categoryKind: z.string().min(1).max(16).nullable().default(null),
  categoryCode: z.string().min(1).max(16),
  /** Who brought it in; intake may record a hotline call or a citizen's own report. */
  source: z.enum(caseSources).optional(),
  priority: z.enum(casePriorities).default('normal'),
  point: lngLatSchema,
  address: z.string().max(200).default(''),
  /** Files attached at intake (metadata, see domain/attachment.ts). */
  attachments: attachmentsSchema.optional(),
});
export type ReportCaseInput = z.input<typeof reportCaseInputSchema>;

export const actOnCaseInputSchema = z.object({ caseId: z.uuid(), action: caseActionSchema });
export type ActOnCaseInput = z.input<typeof actOnCaseInputSchema>;

/**
 * A work queue over the whole cache, optionally narrowed (priority, SLA light, category, grid, street,
 * source, platform) and sorted (newest, most urgent, nearest deadline). `platform` at the top level is
 * the deep link's; inside `filter` it is the filter bar's; both must hold.
 */
const caseListInputSchema = z.object({
  queue: z.enum(queueIds as [QueueId, ...QueueId[]]).default('all'),
  platform: z.enum(platforms).optional(),
  filter: caseListFilterSchema.default({}),
  sort: z.enum(caseSortKeys).default('newest'),
});

/** Base64 of at most one chunk: the core decodes and checks the length again. */
const chunkDataSchema = z.string().max(Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, '附件数据须为 base64');

const def = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The interface languages: Simplified Chinese first. */
export const uiLocales = ['zh-CN', 'en'] as const;
export type UiLocale = (typeof uiLocales)[number];

export const queries = {
  /** Newest first, optionally one work queue (待受理, 待派遣 …). */
  'cases.list': def(caseListInputSchema.extend({ limit: z.number().int().min(1).max(5000).default(500) }), z.array(caseListItemSchema)),
  /** How many cases the same queue, filter and platform hold in the whole cache (the list shows at most its limit). */
  'cases.count': def(caseListInputSchema.omit({ sort: true }), z.number().int().nonnegative()),
  /** Each queue's size, narrowed by the list's filter when one is set (a platform link): the chips then count what the list shows. */
  /** The work queues' counts, and those of `also` (a figure's list shown now): the figure lists are not counted unasked. */
  'cases.queueCounts': def(z.object({ filter: caseListFilterSchema.default({}), also: z.array(z.enum(queueIds as [QueueId, ...QueueId[]])).max(3).default([]) }), z.partialRecord(z.enum(queueIds as [QueueId, ...QueueId[]]), z.number())),
  'link.state': def(z.object({}), linkStateSchema),
  /** Title, description and address (any length of query), or an exact case code. */
  'cases.search': def(z.object({ text: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(500).default(100) }), z.array(caseListItemSchema)),
  'cases.get': def(z.object({ id: z.uuid() }), caseListItemSchema.nullable()),
  /** The case's timeline (流转记录) from the server, or as last fetched when offline. */
  'cases.timeline': def(z.object({ id: z.uuid() }), z.object({ events: z.array(caseEventSchema), fetchedAt: z.string().nullable() })),
  /** The workflow actions the signed-in user may take on the case now: the UI offers exactly these. */
  'cases.actions': def(z.object({ id: z.uuid() }), z.array(z.enum(caseActionTypes as [string, ...string[]]))),
  /** The owning department and seat by the responsibility matrix (属地管理), for dispatch. */
  'cases.suggestOwner': def(z.object({ id: z.uuid() }), z.object({ departmentId: z.string(), seatId: z.string().nullable() }).nullable()),
  /** KPIs over the cached cases in the user's scope, grouped by one dimension. */
  'kpis.compute': def(z.object({ groupBy: z.enum(kpiDimensions).default('all'), platform: z.enum(platforms).optional() }), z.record(z.string(), z.record(z.string(), z.object({ value: z.number().nullable(), numerator: z.number(), denominator: z.number() })))),
  /** Names and routing: departments, seats, divisions and the category catalog, with when they were fetched. */
  'reference.directory': def(
    z.object({}),
    z.object({
      departments: z.array(departmentSchema), seats: z.array(seatSchema), divisions: z.array(divisionSchema), catalog: z.array(categorySchema),
      staff: z.array(z.object({ username: z.string(), displayName: z.string() })), fetchedAt: z.string().nullable(),
    }),
  ),
  'reference.grids': def(z.object({}), z.object({ grids: z.array(gridSchema), fetchedAt: z.string().nullable() })),
  /** Grids with open cases, with how many are near breach (yellow) or over the limit (red). */
  'grids.status': def(z.object({}), z.array(z.object({ gridCode: z.string(), open: z.number(), yellow: z.number(), red: z.number() }))),
  /** One vector tile of grid and community outlines (Mapbox Vector Tile, base64; '' where none lie), cut by the core. */
  'grids.tile': def(
    z.object({ z: z.number().int().min(0).max(22), x: z.number().int().min(0), y: z.number().int().min(0), crs: z.enum(gridCrs).default('wgs84') }),
    z.object({ data: z.string() }),
  ),
  /** One grid's card: the grid, its 网格长 and 网格员 (phones masked by role), open cases with SLA lights, KPIs. */
  'grids.card': def(
    z.object({ gridCode: z.string().regex(/^\d{15}$/) }),
    z.object({
      grid: gridSchema.nullable(),
      workers: z.array(gridWorkerSchema.extend({ phone: z.string() })),
      openCases: z.array(caseListItemSchema.extend({ light: z.enum(['green', 'yellow', 'red']).nullable() })),
      kpis: z.object({ accepted: z.number().nullable(), finishRate: z.number().nullable(), satisfactionRate: z.number().nullable(), overdue: z.number().nullable() }).nullable(),
    }),
  ),
  /** The platform panels' series (a year by day; two days by hour and an hour by minute), with their age. */
  'metrics.series': def(
    /** `include` leaves out the year of days (or the recent detail) a caller does not need this time: their arrays come back empty. */
    z.object({ include: z.array(z.enum(['daily', 'recent'])).min(1).optional() }),
    z.object({ daily: z.array(seriesViewSchema), dailyAt: z.string().nullable(), recent: z.array(seriesViewSchema), recentAt: z.string().nullable() }),
  ),
  'wishes.list': def(z.object({}), z.object({ wishes: z.array(wishSchema), fetchedAt: z.string().nullable() })),
  /** 席位看板: every department seat, its liaison and duty, queue, overdue, average handling time, today's 按期结案率. */
  'seats.board': def(
    z.object({}),
    z.array(z.object({
      seatId: z.string(), seatName: z.string(), departmentId: z.string(), departmentName: z.string(), liaison: z.string().nullable(), online: z.boolean(),
      queue: z.number(), overdue: z.number(), avgHandleMinutes: z.number().nullable(), onTimeToday: z.number().nullable(),
    })),
  ),
  /** Accounts connected to the center now (as last fetched), for 在线席位. */
  'presence.list': def(z.object({}), z.object({ presence: z.array(z.object({ username: z.string(), role: z.string(), seatId: z.string().nullable(), since: z.string() })), fetchedAt: z.string().nullable() })),
  /** The grid workers on the roster by their "1+6+N" kind, and how many in all. */
  'reference.workerCounts': def(z.object({}), z.object({ total: z.number(), byKind: z.partialRecord(z.enum(workerKinds), z.number()), fetchedAt: z.string().nullable() })),
  /** 在线席位: department seats with someone connected now, of all seats (as last fetched). */
  'seats.presence': def(z.object({}), z.object({ online: z.number(), total: z.number(), fetchedAt: z.string().nullable() })),
  'reference.gridWorkers': def(z.object({ gridCode: z.string() }), z.array(gridWorkerSchema.extend({ phone: z.string() }))),
  /** Every grid worker's grid codes and nothing else of them: the grid import says who serves a grid it takes away. */
  'reference.workerGrids': def(z.object({}), z.array(z.object({ gridCodes: z.array(z.string()) }))),
  /** Possible duplicates: cases of the same category in the same grid within recent days (newest first). */
  'cases.related': def(
    z.object({ point: lngLatSchema, categoryKind: z.string().nullable(), categoryCode: z.string(), days: z.number().int().min(1).max(90).default(7), excludeId: z.string().optional() }),
    z.object({ gridCode: z.string().nullable(), cases: z.array(caseListItemSchema) }),
  ),
  /** A seat's open work, most urgent deadline first; defaults to the signed-in liaison's seat. */
  'cases.queue': def(z.object({ seatId: z.string().min(1).optional(), limit: z.number().int().min(1).max(1000).default(200) }), z.array(caseListItemSchema)),
  'session.info': def(
    z.object({}),
    z.object({
      username: z.string(), displayName: z.string(), role: z.string(), locale: z.enum(uiLocales),
      /** Whether `locale` is the operator's choice (settings.setLocale) rather than the host's default. */
      localeChosen: z.boolean(),
      departmentId: z.string().nullable(), seatId: z.string().nullable(), countyCode: z.string().nullable(), townCode: z.string().nullable(),
    }),
  ),
  /** The online basemap setting (offline unless an operator set one), kept by the core. */
  'settings.basemap': def(z.object({}), basemapSchema),
  /** Where each attachment's bytes are (本地待上传 / 已上传 …): asks the center, when online, about those not stored here. */
  'attachments.status': def(
    z.object({ hashes: z.array(sha256HexSchema).min(1).max(50) }),
    z.array(z.object({ sha256: z.string(), state: z.enum(attachmentStates), local: z.boolean(), error: z.string().nullable() })),
  ),
  /**
   * One chunk of an attachment's bytes (base64), from the local store; bytes not stored here are first
   * fetched from the center (within the user's scope), verified and kept. `next` is the offset of the
   * following chunk, null after the last.
   */
  'attachments.read': def(
    z.object({ sha256: sha256HexSchema, offset: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES).default(0) }),
    z.object({ data: z.string(), size: z.number().int(), next: z.number().int().nullable() }),
  ),
  /** Mutations the server refused, with its reason and the operator's original input. */
  'attention.list': def(
    z.object({}),
    z.array(z.object({ id: z.string(), caseId: z.string(), name: z.string(), args: z.unknown(), at: z.string(), reason: z.string(), rejectedAt: z.string() })),
  ),
};

export const commands = {
  'cases.report': def(reportCaseInputSchema, z.object({ id: z.uuid() })),
  /** A workflow action on a case (立案, 派遣, 签收 …); the server has the last word. */
  'cases.act': def(actOnCaseInputSchema, z.object({ mutationId: z.uuid() })),
  /** Import grid boundaries (GeoJSON) on the server: all or nothing, with the accepted and rejected counts and every issue. */
  'grids.import': def(gridImportInputSchema, z.custom<GridImportResult>()),
  /**
   * One chunk of a file being attached, in order from offset 0. After the last chunk the core checks
   * the SHA-256 and the size, keeps the bytes in its content-addressed store (durable before it
   * answers) and queues them for upload; `done` then. Bytes already stored answer `done` at once.
   */
  'attachments.write': def(
    z.object({ sha256: sha256HexSchema, size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES, refusalText('attachmentTooBig', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })), offset: z.number().int().min(0), data: chunkDataSchema }),
    z.object({ received: z.number().int(), done: z.boolean() }),
  ),
  /**
   * The interface language the operator chose: the core remembers it over the host's default, and
   * the host's own texts (Electron's menu) follow it.
   */
  'settings.setLocale': def(z.object({ locale: z.enum(uiLocales) }), z.object({ locale: z.enum(uiLocales) })),
  /** Set the online basemap; the page's CSP admits its tile origins from the next page load. */
  'settings.setBasemap': def(basemapSchema, z.object({ origins: z.array(z.string()) })),
};

export const events = {
  'link.changed': linkStateSchema,
  /** Cases changed in the cache (from the server or a local command): ids to refresh. */
  'cases.changed': z.object({ ids: z.array(z.string()) }),
  /** Reference data was refreshed from the server. */
  'reference.changed': z.object({ fetchedAt: z.string() }),
  /** Attachments stored here or uploaded, or the link went up or down: their states may have changed (no hashes: any). */
  'attachments.changed': z.object({ hashes: z.array(z.string()) }),
  /** New platform metrics or wishes arrived from the server. */
  'metrics.changed': z.object({ at: z.string() }),
  /** The operator chose another interface language. */
  'settings.locale': z.object({ locale: z.enum(uiLocales) }),
};

export type Queries = typeof queries;
export type Commands = typeof commands;
export type Events = typeof events;
export type QueryName = keyof Queries;
export type CommandName = keyof Commands;
export type EventName = keyof Events;
export type QueryInput<K extends QueryName> = z.input<Queries[K]['input']>;
export type QueryOutput<K extends QueryName> = z.output<Queries[K]['output']>;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;
export type EventPayload<K extends EventName> = z.output<Events[K]>;

/** One request envelope for both transports. */
export const requestSchema = z.object({
  id: z.number().int().nonnegative(),
  kind: z.enum(['query', 'command']),
  name: z.string().max(64),
  args: z.unknown(),
});
export type ContractRequest = z.infer<typeof requestSchema>;

export type ContractResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { code: ContractErrorCode; message: string } };
export type ContractErrorCode = 'bad-request' | 'unknown-name' | 'failed';

export type ContractEvent = { event: EventName; payload: unknown };

/**
 * What a host gives the renderer. The Electron preload exposes it through
 * contextBridge; in the browser host the renderer builds it over WebSocket.
 */
export interface Bridge {
  request(req: ContractRequest): Promise<ContractResponse>;
  subscribe(listener: (event: ContractEvent) => void): () => void;
}

/** What a host carries: the core validates every request itself, so it takes unknown input. */
export interface ContractHandler {
  request(raw: unknown): Promise<ContractResponse>;
  subscribe(listener: (event: ContractEvent) => void): () => void;
}

export const isQueryName = (name: string): name is QueryName => Object.hasOwn(queries, name);
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name);
