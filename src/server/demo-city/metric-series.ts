// Plausible series for the seven platforms of the demo: a daily rhythm, the
// seasons of a northern farming city, a little noise. Pure functions of the
// series and the time, so history and the live feed agree.
import type { Platform } from '../../shared/domain/model.ts';
import { bucketStart, dimsKey, metricCatalog, type MetricDef, type MetricPoint, type Rollup } from '../../shared/metrics.ts';
import { rngFor } from './prng.ts';

const DIMENSION_VALUES: Record<string, readonly string[]> = {
  sensor: ['井盖位移', '路面积水', '烟感'],
  hall: ['市政务服务中心', '郊区政务服务中心', '向阳区政务服务中心'],
  field: ['长青乡示范田', '莲江口镇基地', '敖其镇基地', '望江镇基地'],
  crop: ['水稻', '玉米', '大豆'],
  park: ['佳木斯高新区', '桦南经济开发区', '富锦工业园区', '同江经济开发区'],
  product: ['富锦大米', '桦南紫苏', '抚远鲟鳇鱼', '汤原蓝莓'],
};

/** Per-hour amount for sums, the level for means and lasts, before rhythm and season. */
const BASE: Record<string, number> = {
  patrols: 260, workers_online: 1850, livelihood_done: 0.4, sensor_alerts: 1.6, street_patrol_km: 120,
  items_handled: 45, instant_rate: 86, wait_minutes: 11, soil_moisture: 28, soil_temperature: 8, crop_area: 60,
  field_alerts: 0.3, trace_batches: 3, output: 2600, energy: 310, anomalies: 0.15, online_sales: 42, orders: 900,
  parcels: 5200, clinic_visits: 640, vaccinations: 120, school_attendance: 97.5,
};

export type Series = { platform: Platform; key: string; def: MetricDef; dimensions: Record<string, string> };

export function allSeries(): Series[] {
  const out: Series[] = [];
  for (const [platform, defs] of Object.entries(metricCatalog) as [Platform, Record<string, MetricDef>][]) {
    for (const [key, def] of Object.entries(defs)) {
      const values = def.dimension ? (DIMENSION_VALUES[def.dimension] ?? []) : [null];
      for (const v of values) out.push({ platform, key, def, dimensions: v && def.dimension ? { [def.dimension]: v } : {} });
    }
  }
  return out;
}

const HOUR = 3_600_000;

/** Working hours are busy, nights quiet (China time). */
function rhythm(t: number): number {
  const h = new Date(t + 8 * HOUR).getUTCHours();
  return h >= 8 && h < 18 ? 1.6 : h >= 6 && h < 22 ? 0.9 : 0.25;
}

/** The growing season lifts farming and soil figures; winter slows outdoor work. */
function season(key: string, t: number): number {
  const day = (Math.floor(t / 86_400_000) % 365) / 365;
  const summer = Math.sin((day - 0.22) * 2 * Math.PI); // peaks in July
  if (key === 'soil_temperature') return 1 + 1.8 * summer;
  if (key === 'soil_moisture' || key === 'field_alerts') return 1 + 0.35 * summer;
  if (key === 'street_patrol_km' || key === 'patrols') return 1 + 0.15 * summer;
  return 1;
}

const growth = (t: number, now: number) => 1 + 0.08 * ((t - now) / (365 * 86_400_000)); // ~8 % a year

/** The value of a series at instant t, over `hours` of time for sums. */
export function valueAt(s: Series, t: number, now: number, hours = 1): number {
  const rng = rngFor(Math.floor(t / HOUR), s.platform, s.key, dimsKey(s.dimensions));
  const base = (BASE[s.key] ?? 1) * (s.def.dimension ? 1 / (DIMENSION_VALUES[s.def.dimension]?.length ?? 1) : 1);
  const noise = 1 + (rng.next() - 0.5) * 0.2;
  if (s.def.agg === 'sum') return Math.max(0, base * hours * rhythm(t) * season(s.key, t) * growth(t, now) * noise);
  if (s.key === 'soil_temperature') return +(base * season(s.key, t) - 6 + rng.between(-1, 1)).toFixed(1);
  return +(base * season(s.key, t) * (s.def.agg === 'last' ? 1 : noise)).toFixed(2);
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Rolled-up history: a day bucket per day for `days`, an hour bucket per hour for `hours`. */
export function seriesHistory(now: Date, days = 400, hours = 48): { daily: Rollup[]; hourly: Rollup[] } {
  const end = now.getTime();
  const daily: Rollup[] = [];
  const hourly: Rollup[] = [];
  for (const s of allSeries()) {
    const base = { platform: s.platform, key: s.key, dims: dimsKey(s.dimensions) };
    for (let d = days; d >= 1; d--) {
      const start = Date.parse(bucketStart(new Date(end - d * 86_400_000).toISOString(), 'day'));
      const hoursOfDay = Array.from({ length: 24 }, (_, h) => valueAt(s, start + h * HOUR, end));
      const sum = hoursOfDay.reduce((a, b) => a + b, 0);
      daily.push({ ...base, bucket: new Date(start).toISOString(), count: 24, sum: round(sum), min: round(Math.min(...hoursOfDay)), max: round(Math.max(...hoursOfDay)), last: round(hoursOfDay[23]!) });
    }
    for (let h = hours; h >= 1; h--) {
      const t = Date.parse(bucketStart(new Date(end - h * HOUR).toISOString(), 'hour'));
      const v = round(valueAt(s, t, end));
      hourly.push({ ...base, bucket: new Date(t).toISOString(), count: 1, sum: v, min: v, max: v, last: v });
    }
  }
  return { daily, hourly };
}

/** The live feed: one point per series for the last `seconds`. */
export function livePoints(now: Date, seconds: number): MetricPoint[] {
  const t = now.getTime();
  return allSeries().map((s) => ({
    platform: s.platform, key: s.key, dimensions: s.dimensions, at: now.toISOString(),
    value: round(valueAt(s, t, t, s.def.agg === 'sum' ? seconds / 3600 : 1)),
  }));
}
