// Plausible series for the seven platforms of the demo: a daily rhythm, the
// seasons of a northern farming city, a little noise. Pure functions of the
// series and the time, so history and the live feed agree.
import type { Platform } from '../../shared/domain/model.ts';
import { bucketStart, dimsKey, isCountMetric, metricCatalog, type Granularity, type MetricDef, type MetricPoint, type Rollup } from '../../shared/metrics.ts';
import { rngFor } from './prng.ts';

const DIMENSION_VALUES: Record<string, readonly string[]> = {
  sensor: ['井盖位移', '路面积水', '烟感'],
  hall: ['市政务服务中心', '郊区政务服务中心', '向阳区政务服务中心'],
  field: ['长青乡示范田', '莲江口镇基地', '敖其镇基地', '望江镇基地'],
  crop: ['水稻', '玉米', '大豆'],
  park: ['佳木斯高新区', '桦南经济开发区', '富锦工业园区', '同江经济开发区'],
  product: ['富锦大米', '桦南紫苏', '抚远鲟鳇鱼', '汤原蓝莓'],
};

/**
 * Per-hour amount of the whole city for sums (shared out across a dimension's
 * values), the level of each series for means and lasts (a hall's wait, a
 * field's moisture: a level is not divided by how many halls or fields there are).
 */
const BASE: Record<string, number> = {
  patrols: 260, workers_online: 1850, livelihood_done: 0.4, sensor_alerts: 4, street_patrol_km: 120,
  items_handled: 45, instant_rate: 86, wait_minutes: 11, soil_moisture: 28, soil_temperature: 8,
  field_alerts: 0.3, trace_batches: 3, output: 2600, energy: 310, anomalies: 0.15, online_sales: 42, orders: 900,
  parcels: 5200, clinic_visits: 640, vaccinations: 120, school_attendance: 97.5,
};

/** Areas are levels per crop, each its own (万亩): the city's total is their sum. */
const CROP_AREA: Record<string, number> = { 水稻: 30, 玉米: 18, 大豆: 12 };

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
const MINUTE = 60_000;
const DAY = 86_400_000;

/** Working hours are busy, nights quiet (China time). */
function rhythm(t: number): number {
  const h = new Date(t + 8 * HOUR).getUTCHours();
  return h >= 8 && h < 18 ? 1.6 : h >= 6 && h < 22 ? 0.9 : 0.25;
}

/** The growing season lifts farming and soil figures; winter slows outdoor work. */
function season(key: string, t: number): number {
  const day = (Math.floor(t / DAY) % 365) / 365;
  const summer = Math.sin((day - 0.22) * 2 * Math.PI); // peaks in July
  if (key === 'soil_temperature') return 1 + 1.8 * summer;
  if (key === 'soil_moisture' || key === 'field_alerts') return 1 + 0.35 * summer;
  if (key === 'street_patrol_km' || key === 'patrols') return 1 + 0.15 * summer;
  return 1;
}

const growth = (t: number, now: number) => 1 + 0.08 * ((t - now) / (365 * DAY)); // ~8 % a year

/** A dimension value's own character: one hall is busier, one field drier (±12 %), fixed over time. */
const characters = new Map<string, number>();
function character(s: Series): number {
  const id = `${s.platform}|${s.key}|${dimsKey(s.dimensions)}`;
  let c = characters.get(id);
  if (c === undefined) characters.set(id, (c = 1 + (rngFor(0, s.platform, s.key, dimsKey(s.dimensions)).next() - 0.5) * 0.24));
  return c;
}

const clampRate = (v: number) => Math.min(100, Math.max(0, v));

/**
 * Grid workers on duty by the clock (China time), as a share of the day shift: the day shift
 * (08:30–17:00) out on the grids, an evening patrol, a few on call at night, with half-hour
 * handovers; weekends keep three in four of the day shift.
 */
const DUTY: readonly [number, number][] = [
  [0, 0.12], [5.5, 0.12], [6.5, 0.35], [7.5, 0.35], [8.5, 1], [17, 1], [18, 0.4], [21.5, 0.4], [22.5, 0.12], [24, 0.12],
];
export function dutyShare(t: number): number {
  const local = new Date(t + 8 * HOUR);
  const h = local.getUTCHours() + local.getUTCMinutes() / 60;
  let share = DUTY[0]![1];
  for (let i = 1; i < DUTY.length; i++) {
    const [h0, v0] = DUTY[i - 1]!;
    const [h1, v1] = DUTY[i]!;
    if (h >= h0 && h < h1) {
      share = v0 + ((v1 - v0) * (h - h0)) / (h1 - h0);
      break;
    }
  }
  const weekend = local.getUTCDay() === 0 || local.getUTCDay() === 6;
  return weekend && share > 0.12 ? 0.12 + (share - 0.12) * 0.75 : share;
}

/** The value of a series at instant t, over `hours` of time for sums. */
export function valueAt(s: Series, t: number, now: number, hours = 1): number {
  const rng = rngFor(Math.floor(t / HOUR), s.platform, s.key, dimsKey(s.dimensions));
  const noise = 1 + (rng.next() - 0.5) * 0.2;
  if (s.def.agg === 'sum') {
    const share = s.def.dimension ? 1 / (DIMENSION_VALUES[s.def.dimension]?.length ?? 1) : 1;
    return Math.max(0, (BASE[s.key] ?? 1) * share * character(s) * hours * rhythm(t) * season(s.key, t) * growth(t, now) * noise);
  }
  if (s.key === 'crop_area') return CROP_AREA[s.dimensions.crop ?? ''] ?? 10;
  if (s.key === 'workers_online') return Math.round((BASE[s.key] ?? 1) * dutyShare(t) * (1 + (noise - 1) * 0.2));
  if (s.key === 'soil_temperature') return +((BASE[s.key] ?? 0) * season(s.key, t) - 6 + (character(s) - 1) * 10 + rng.between(-1, 1)).toFixed(1);
  const level = (BASE[s.key] ?? 1) * season(s.key, t) * (s.def.dimension ? character(s) : 1);
  if (s.def.unit !== '%') return +(level * (s.def.agg === 'last' ? 1 : noise)).toFixed(2);
  // A rate near its ceiling varies in what falls short of 100 %, so noise never pushes it past.
  const shaped = level > 50 ? 100 - (100 - level) * (1 + (noise - 1) * 3) : level * noise;
  return +clampRate(shaped).toFixed(2);
}

const round = (v: number) => Math.round(v * 100) / 100;

/** An hour's count: its expected amount rounded down or up by a draw of its own, so counts are whole and average out right. */
function hourCount(s: Series, hourStart: number, now: number): number {
  const draw = rngFor(Math.floor(hourStart / HOUR), s.platform, s.key, dimsKey(s.dimensions), 'whole').next();
  return Math.floor(valueAt(s, hourStart, now, 1) + draw);
}

/**
 * How many of a counted sum (alerts, orders, visits) fall in [from, to): each hour's whole count
 * spread evenly over the hour, so any cut of time (a day, the seeded part of an hour, a 10-s
 * point of the feed) holds a whole number, and the cuts of an hour add up to the hour.
 */
export function countBetween(s: Series, from: number, to: number, now: number): number {
  let n = 0;
  for (let h = Math.floor(from / HOUR) * HOUR; h < to; h += HOUR) {
    const k = hourCount(s, h, now);
    n += Math.floor((k * (Math.min(to, h + HOUR) - h)) / HOUR) - Math.floor((k * (Math.max(from, h) - h)) / HOUR);
  }
  return n;
}

const whole = (s: Series) => s.def.agg === 'sum' && isCountMetric(s.def);

/** One bucket from [start, end): sums add per-hour amounts by the hour's share, levels sample each hour. */
function bucket(s: Series, start: number, end: number, now: number): Omit<Rollup, 'platform' | 'key' | 'dims' | 'bucket'> {
  const values: number[] = [];
  for (let t = start; t < end; t = Math.min(end, Math.floor(t / HOUR) * HOUR + HOUR)) {
    const next = Math.min(end, Math.floor(t / HOUR) * HOUR + HOUR);
    values.push(whole(s) ? countBetween(s, t, next, now) : s.def.agg === 'sum' ? valueAt(s, t, now, (next - t) / HOUR) : valueAt(s, t, now));
  }
  const sum = values.reduce((a, b) => a + b, 0);
  return { count: values.length, sum: round(sum), min: round(Math.min(...values)), max: round(Math.max(...values)), last: round(values.at(-1)!) };
}

/**
 * Rolled-up history up to the start of the current minute, where the live feed
 * takes over: a day bucket per day for `days` (today's so far), an hour bucket
 * per hour for `hours` (this hour's so far), a minute bucket per minute of the last hour.
 */
export function seriesHistory(now: Date, days = 400, hours = 48): Record<Granularity, Rollup[]> {
  const end = now.getTime();
  const cut = Math.floor(end / MINUTE) * MINUTE;
  const out: Record<Granularity, Rollup[]> = { day: [], hour: [], minute: [] };
  const spans: [Granularity, number, number][] = [['day', days, DAY], ['hour', hours, HOUR], ['minute', 60, MINUTE]];
  for (const s of allSeries()) {
    const base = { platform: s.platform, key: s.key, dims: dimsKey(s.dimensions) };
    for (const [g, count, size] of spans) {
      const current = Date.parse(bucketStart(new Date(cut).toISOString(), g));
      for (let i = count; i >= 0; i--) {
        const start = current - i * size; // China keeps no summer time: every day is 24 hours
        const stop = Math.min(cut, start + size);
        if (stop <= start) continue;
        out[g].push({ ...base, bucket: new Date(start).toISOString(), ...bucket(s, start, stop, end) });
      }
    }
  }
  return out;
}

/** The live feed: one point per series for the last `seconds`. */
export function livePoints(now: Date, seconds: number): MetricPoint[] {
  const t = now.getTime();
  return allSeries().map((s) => ({
    platform: s.platform, key: s.key, dimensions: s.dimensions, at: now.toISOString(),
    value: whole(s) ? countBetween(s, t, t + seconds * 1000, t) : round(valueAt(s, t, t, s.def.agg === 'sum' ? seconds / 3600 : 1)),
  }));
}
