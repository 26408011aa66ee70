// One metrics model behind all seven platform panels: a point is a platform,
// a key, its dimensions, a time and a value. The catalog says which keys each
// platform has, their unit and how points roll up (sum of counts, or the
// mean/last of a level such as soil moisture).
import { z } from 'zod';
import { platforms, type Platform } from './domain/model.ts';

export const MAX_INGEST_BATCH = 1000;

export type MetricDef = { label: string; unit: string; agg: 'sum' | 'mean' | 'last'; dimension?: string };

export const metricCatalog = {
  grid: {
    patrols: { label: '网格巡查', unit: '次', agg: 'sum' },
    workers_online: { label: '在线网格员', unit: '人', agg: 'last' },
    livelihood_done: { label: '民生实事完成', unit: '件', agg: 'sum' },
  },
  urban: {
    sensor_alerts: { label: '物联感知告警', unit: '次', agg: 'sum', dimension: 'sensor' },
    street_patrol_km: { label: '街面巡查里程', unit: '公里', agg: 'sum' },
  },
  government: {
    items_handled: { label: '政务服务办件', unit: '件', agg: 'sum', dimension: 'hall' },
    instant_rate: { label: '即办率', unit: '%', agg: 'mean' },
    wait_minutes: { label: '大厅平均等候', unit: '分钟', agg: 'mean', dimension: 'hall' },
  },
  agriculture: {
    soil_moisture: { label: '土壤墒情', unit: '%', agg: 'mean', dimension: 'field' },
    soil_temperature: { label: '土壤温度', unit: '℃', agg: 'mean', dimension: 'field' },
    crop_area: { label: '作物面积', unit: '万亩', agg: 'last', dimension: 'crop' },
    field_alerts: { label: '农情告警', unit: '次', agg: 'sum' },
    trace_batches: { label: '溯源农产品批次', unit: '批', agg: 'sum' },
  },
  industry: {
    output: { label: '规上工业产值', unit: '万元', agg: 'sum', dimension: 'park' },
    energy: { label: '综合能耗', unit: '吨标煤', agg: 'sum', dimension: 'park' },
    anomalies: { label: '运行异常', unit: '次', agg: 'sum' },
  },
  commerce: {
    online_sales: { label: '农特产品网络零售额', unit: '万元', agg: 'sum', dimension: 'product' },
    orders: { label: '订单', unit: '单', agg: 'sum' },
    parcels: { label: '快递物流', unit: '件', agg: 'sum' },
  },
  'health-education': {
    clinic_visits: { label: '基层诊疗人次', unit: '人次', agg: 'sum' },
    vaccinations: { label: '疫苗接种', unit: '剂次', agg: 'sum' },
    school_attendance: { label: '在校学生出勤率', unit: '%', agg: 'mean' },
  },
} as const satisfies Record<Platform, Record<string, MetricDef>>;

export const platformLabels: Record<Platform, string> = {
  grid: '智慧网格', urban: '智慧城管', government: '智慧政务', agriculture: '智慧农业',
  industry: '智慧工业', commerce: '电子商务', 'health-education': '智慧卫教',
};

/** Units of things counted (cases, alerts, people, orders): their values are whole numbers. */
export const countUnits: readonly string[] = ['件', '次', '人', '个', '人次', '剂次', '单', '批'];

/** Whether a metric counts things, so that every value of it, a bucket's sum or a level, is whole. */
export const isCountMetric = (def: Pick<MetricDef, 'unit'>): boolean => countUnits.includes(def.unit);

export function metricDef(platform: Platform, key: string): MetricDef | undefined {
  const defs = metricCatalog[platform] as Record<string, MetricDef>;
  return Object.hasOwn(defs, key) ? defs[key] : undefined;
}

/** Past this a value is a sensor's fault, not a figure: one such point would make its buckets' sums useless. */
export const MAX_METRIC_VALUE = 1e12;
// & and = join a series' dimensions into its key (dimsKey): in a name or value they would merge two series.
const dimensionText = (max: number) => z.string().min(1).max(max).regex(/^[^&=]+$/, '维度名和值不能含 & 或 =');
export const metricPointSchema = z.object({
  platform: z.enum(platforms),
  key: z.string().min(1).max(64),
  dimensions: z.record(dimensionText(32), dimensionText(64)).default({}),
  at: z.iso.datetime(),
  value: z.number().finite().min(-MAX_METRIC_VALUE, '数值超出范围').max(MAX_METRIC_VALUE, '数值超出范围'),
});
export type MetricPoint = z.output<typeof metricPointSchema>;

export type IngestResult = { accepted: number; rejected: { index: number; reason: string }[] };

/**
 * Validate a batch point by point: good points are kept, each bad one gets its reason. A batch that
 * is no list at all is refused whole (`error`): it was not an empty batch.
 */
export function validatePoints(raw: unknown, now: Date): { points: MetricPoint[]; result: IngestResult; error?: string } {
  if (!Array.isArray(raw)) return { points: [], result: { accepted: 0, rejected: [] }, error: 'points 必须是数据点数组' };
  const list = raw.slice(0, MAX_INGEST_BATCH);
  const rejected: IngestResult['rejected'] = [];
  const points: MetricPoint[] = [];
  const latest = now.getTime() + 5 * 60_000;
  list.forEach((item, index) => {
    const parsed = metricPointSchema.safeParse(item);
    if (!parsed.success) return void rejected.push({ index, reason: parsed.error.issues[0]?.message ?? '数据点格式无效' });
    const p = parsed.data;
    const def = metricDef(p.platform, p.key);
    if (!def) return void rejected.push({ index, reason: `未知指标: ${p.platform}/${p.key}` });
    const stray = Object.keys(p.dimensions).find((k) => k !== def.dimension);
    if (stray !== undefined) return void rejected.push({ index, reason: `指标 ${p.platform}/${p.key} 没有维度 ${stray}` });
    if (Date.parse(p.at) > latest) return void rejected.push({ index, reason: '数据点时间晚于当前时间' });
    points.push(p);
  });
  if (raw.length > MAX_INGEST_BATCH) {
    for (let i = MAX_INGEST_BATCH; i < raw.length; i++) rejected.push({ index: i, reason: `单批最多 ${MAX_INGEST_BATCH} 个数据点` });
  }
  return { points, result: { accepted: points.length, rejected } };
}

export const granularities = ['minute', 'hour', 'day'] as const;
export type Granularity = (typeof granularities)[number];

/** The bucket a point falls in, in China local time for days. */
export function bucketStart(iso: string, g: Granularity): string {
  const t = Date.parse(iso);
  const size = g === 'minute' ? 60_000 : g === 'hour' ? 3_600_000 : 86_400_000;
  const offset = g === 'day' ? 8 * 3_600_000 : 0;
  return new Date(Math.floor((t + offset) / size) * size - offset).toISOString();
}

/** One rolled-up bucket of one series (platform, key, dimensions). */
export type Rollup = { platform: Platform; key: string; dims: string; bucket: string; count: number; sum: number; min: number; max: number; last: number };

/** The value a bucket shows, by the metric's aggregation. */
export const rollupValue = (r: Pick<Rollup, 'count' | 'sum' | 'last'>, agg: MetricDef['agg']): number =>
  agg === 'sum' ? r.sum : agg === 'mean' ? r.sum / Math.max(1, r.count) : r.last;

/** Dimensions as a stable key: sorted k=v pairs. */
export const dimsKey = (d: Record<string, string>): string =>
  Object.keys(d).sort().map((k) => `${k}=${d[k]}`).join('&');

/** One series as the panels read it: its points by granularity, [bucket start, value]. */
export type SeriesView = { platform: Platform; key: string; dims: string; points: Partial<Record<Granularity, [string, number][]>> };
