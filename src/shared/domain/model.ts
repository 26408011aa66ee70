// The command center's domain model: one definition shared by the server, the
// workstation core and the renderer. Pure types and zod schemas, no I/O.
import { z } from 'zod';

/** 12-digit 统计用区划代码 (NBS statistical division code). */
export const divisionCodeSchema = z.string().regex(/^\d{12}$/, '区划代码应为12位数字');
/** 15-digit grid code: 12-digit community code + 3-digit sequence. */
export const gridCodeSchema = z.string().regex(/^\d{15}$/, '网格编码应为15位数字');

export const divisionLevels = ['city', 'county', 'town', 'village'] as const;
export type DivisionLevel = (typeof divisionLevels)[number];

export const divisionSchema = z.object({
  code: divisionCodeSchema,
  name: z.string().min(1),
  level: z.enum(divisionLevels),
  parentCode: divisionCodeSchema.nullable(),
});
export type Division = z.infer<typeof divisionSchema>;

export const gridKinds = ['urban', 'rural', 'village', 'enterprise', 'school', 'hospital', 'mall'] as const;
export type GridKind = (typeof gridKinds)[number];
/** 基础网格 are drawn by households; 专属网格 cover one large unit. */
export const isDedicatedGrid = (kind: GridKind): boolean =>
  kind === 'enterprise' || kind === 'school' || kind === 'hospital' || kind === 'mall';

export const lngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type LngLat = z.infer<typeof lngLatSchema>;

export const gridSchema = z.object({
  code: gridCodeSchema,
  name: z.string().min(1),
  kind: z.enum(gridKinds),
  communityCode: divisionCodeSchema,
  households: z.number().int().nonnegative(),
  population: z.number().int().nonnegative(),
  areaKm2: z.number().nonnegative(),
  /** Outer ring of the polygon, WGS84, closed (first point = last point). */
  ring: z.array(lngLatSchema).min(4),
  /**
   * Inner rings, each closed, inside the outer one: ground within the grid's bounds that is not
   * its own, most often a school's, a hospital's or a mall's own grid. Absent where there are none.
   */
  holes: z.array(z.array(lngLatSchema).min(4)).optional(),
});
export type Grid = z.infer<typeof gridSchema>;

export const workerRoles = ['leader', 'fulltime', 'parttime'] as const; // 网格长 / 专职 / 兼职
export type WorkerRole = (typeof workerRoles)[number];
/** The "1+6+N" team: six professional kinds plus in-service party members and volunteers. */
export const workerKinds = [
  'party-building', // 党建引领
  'mediation', // 矛盾调处
  'livelihood', // 民生服务
  'public-security', // 社会治安
  'urban-property', // 城建物业
  'law-enforcement', // 综合执法
  'party-member', // 在职党员
  'volunteer', // 志愿者
] as const;
export type WorkerKind = (typeof workerKinds)[number];

export const gridWorkerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  phone: z.string().regex(/^1\d{10}$/),
  role: z.enum(workerRoles),
  kind: z.enum(workerKinds),
  gridCodes: z.array(gridCodeSchema).min(1),
});
export type GridWorker = z.infer<typeof gridWorkerSchema>;

export const platforms = ['grid', 'urban', 'government', 'agriculture', 'industry', 'commerce', 'health-education'] as const;
export type Platform = (typeof platforms)[number];

export const departmentSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** The name in English, where the city's data has one. */
  nameEn: z.string().min(1).optional(),
  platforms: z.array(z.enum(platforms)),
});
export type Department = z.infer<typeof departmentSchema>;

export const seatSchema = z.object({
  id: z.string().min(1),
  departmentId: z.string().min(1),
  /** The command center the seat sits in (a county or town division). */
  centerCode: divisionCodeSchema,
  name: z.string().min(1),
  /** The name in English, where the city's data has one. */
  nameEn: z.string().min(1).optional(),
});
export type Seat = z.infer<typeof seatSchema>;

export const caseSources = ['grid-worker', 'hotline', 'sensor', 'citizen', 'open311', 'leader'] as const;
export type CaseSource = (typeof caseSources)[number];
export const casePriorities = ['normal', 'urgent', 'critical'] as const; // 一般 / 紧急 / 特急
export type CasePriority = (typeof casePriorities)[number];

export const caseStates = [
  'reported', // 上报
  'voided', // 不予立案
  'filed', // 已立案
  'dispatched', // 已派遣
  'signed', // 已签收
  'handling', // 处置中
  'parked', // 挂账
  'resolved', // 待核查
  'verified', // 核查通过
  'closed', // 已结案
  'rated', // 已评价
] as const;
export type CaseState = (typeof caseStates)[number];
/** User-facing names of the states, for reasons, timelines and legends. */
export const caseStateLabels = {
  reported: '上报',
  voided: '不予立案',
  filed: '已立案',
  dispatched: '已派遣',
  signed: '已签收',
  handling: '处置中',
  parked: '挂账',
  resolved: '待核查',
  verified: '核查通过',
  closed: '已结案',
  rated: '已评价',
} as const satisfies Record<CaseState, string>;


export const wishStates = ['open', 'claimed', 'fulfilled'] as const;
export const wishSchema = z.object({
  id: z.uuid(),
  title: z.string().min(1).max(200),
  communityCode: divisionCodeSchema,
  state: z.enum(wishStates),
  claimedBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  claimedAt: z.iso.datetime().nullable(),
});
export type Wish = z.infer<typeof wishSchema>;

export const metricSchema = z.object({
  platform: z.enum(platforms),
  key: z.string().min(1),
  dimensions: z.record(z.string(), z.string()),
  at: z.iso.datetime(),
  value: z.number(),
});
export type Metric = z.infer<typeof metricSchema>;
