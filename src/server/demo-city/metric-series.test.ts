import { describe, expect, it } from 'vitest';
import { bucketStart, isCountMetric, rollupValue, type Rollup } from '../../shared/metrics.ts';
import { allSeries, countBetween, dutyShare, livePoints, seriesHistory, valueAt } from './metric-series.ts';

const HOUR = 3_600_000;
// 10:37:25 China time, in the growing season and mid-hour, so partial buckets show.
const NOW = new Date('2026-07-15T02:37:25.000Z');
const history = seriesHistory(NOW, 30);
const of = (rows: readonly Rollup[], key: string, dims = '') => rows.filter((r) => r.key === key && r.dims === dims);

describe('demo metric series', () => {
  it('keeps every rate within 0–100 %, hour by hour over a year', () => {
    const rates = allSeries().filter((s) => s.def.unit === '%');
    expect(rates.map((s) => s.key)).toEqual(expect.arrayContaining(['school_attendance', 'instant_rate', 'soil_moisture']));
    for (const s of rates) {
      for (let t = NOW.getTime() - 365 * 24 * HOUR; t <= NOW.getTime(); t += HOUR) {
        const v = valueAt(s, t, NOW.getTime());
        if (!(v >= 0 && v <= 100)) throw new Error(`${s.key} ${JSON.stringify(s.dimensions)} at ${new Date(t).toISOString()}: ${v}`);
      }
    }
    for (const r of [...history.day, ...history.hour, ...history.minute].filter((r) => r.key === 'school_attendance')) {
      expect(r.max).toBeLessThanOrEqual(100);
      expect(rollupValue(r, 'mean')).toBeLessThanOrEqual(100);
    }
  });

  it('gives each hall and field its own plausible level, not a share of the city', () => {
    const plausible: Record<string, [number, number]> = { wait_minutes: [6, 20], soil_moisture: [20, 55], instant_rate: [70, 100], school_attendance: [90, 100] };
    for (const [key, [lo, hi]] of Object.entries(plausible)) {
      const days = history.day.filter((r) => r.key === key);
      expect(days.length).toBeGreaterThan(0);
      for (const d of days) {
        const v = rollupValue(d, 'mean');
        if (!(v >= lo && v <= hi)) throw new Error(`${key} ${d.dims} on ${d.bucket}: ${v}`);
      }
    }
    // Summed amounts are shared out: the halls together handle about what the city's base says (45 an hour by day).
    const today = history.hour.filter((r) => r.key === 'items_handled' && r.bucket === '2026-07-15T01:00:00.000Z');
    expect(today).toHaveLength(3);
    const total = today.reduce((n, r) => n + r.sum, 0);
    expect(total).toBeGreaterThan(45 * 1.6 * 0.7);
    expect(total).toBeLessThan(45 * 1.6 * 1.3);
  });

  it('counts in whole numbers: every bucket, every point of the feed', () => {
    const counted = new Set(allSeries().filter((s) => isCountMetric(s.def)).map((s) => s.key));
    expect([...counted]).toEqual(expect.arrayContaining(['sensor_alerts', 'orders', 'workers_online', 'anomalies']));
    for (const r of [...history.day, ...history.hour, ...history.minute].filter((r) => counted.has(r.key))) {
      if (!Number.isInteger(r.sum) || !Number.isInteger(r.last)) throw new Error(`${r.key} ${r.dims} ${r.bucket}: ${r.sum} / ${r.last}`);
    }
    for (const p of livePoints(NOW, 10).filter((p) => counted.has(p.key))) expect(Number.isInteger(p.value)).toBe(true);
    // The cuts of an hour add up to the hour, and a day of sensor alerts is a plausible few dozen to a hundred and more.
    const alerts = allSeries().find((s) => s.key === 'sensor_alerts')!;
    const h = Date.parse('2026-07-14T02:00:00.000Z');
    expect(countBetween(alerts, h, h + 1_234_567, NOW.getTime()) + countBetween(alerts, h + 1_234_567, h + HOUR, NOW.getTime())).toBe(countBetween(alerts, h, h + HOUR, NOW.getTime()));
    const day = allSeries().filter((s) => s.key === 'sensor_alerts').reduce((n, s) => n + countBetween(s, Date.parse('2026-07-13T16:00:00.000Z'), Date.parse('2026-07-14T16:00:00.000Z'), NOW.getTime()), 0);
    expect(day).toBeGreaterThan(40);
    expect(day).toBeLessThan(200);
  });

  it('follows the grid workers\' shifts: many by day, few at night', () => {
    const workers = allSeries().find((s) => s.key === 'workers_online')!;
    // Tuesday 14 July 2026, China time.
    const at = (hhmm: string) => valueAt(workers, Date.parse(`2026-07-14T${hhmm}:00+08:00`), NOW.getTime());
    expect(at('10:00')).toBeGreaterThan(1700);
    expect(at('03:00')).toBeLessThan(300);
    expect(at('20:00')).toBeGreaterThan(at('03:00'));
    expect(at('20:00')).toBeLessThan(at('10:00'));
    expect(Number.isInteger(at('08:00'))).toBe(true);
    // A Saturday's day shift is smaller than a weekday's.
    expect(dutyShare(Date.parse('2026-07-18T10:00:00+08:00'))).toBeLessThan(dutyShare(Date.parse('2026-07-14T10:00:00+08:00')));
    const hours = history.hour.filter((r) => r.key === 'workers_online').map((r) => r.last);
    expect(Math.max(...hours) - Math.min(...hours)).toBeGreaterThan(1000);
  });

  it('reaches the seed time without a gap, so the live feed continues the same buckets', () => {
    const cut = '2026-07-15T02:37:00.000Z';
    const hours = of(history.hour, 'orders').map((r) => Date.parse(r.bucket));
    for (let i = 1; i < hours.length; i++) expect(hours[i]! - hours[i - 1]!).toBe(HOUR);
    expect(new Date(hours.at(-1)!).toISOString()).toBe(bucketStart(cut, 'hour'));
    expect(of(history.minute, 'orders').at(-1)!.bucket).toBe('2026-07-15T02:36:00.000Z');
    expect(of(history.day, 'orders').at(-1)!.bucket).toBe(bucketStart(cut, 'day'));
    // Today's day bucket holds today's hours so far.
    const todayHours = of(history.hour, 'orders').filter((r) => r.bucket >= bucketStart(cut, 'day'));
    expect(of(history.day, 'orders').at(-1)!.sum).toBeCloseTo(todayHours.reduce((n, r) => n + r.sum, 0), 0);
    // The seeded part of this hour plus the feed's 10-s points for the rest make the whole hour.
    const orders = allSeries().find((s) => s.key === 'orders')!;
    const seeded = of(history.hour, 'orders').at(-1)!.sum;
    let live = 0;
    for (let t = Date.parse(cut); t < Date.parse('2026-07-15T03:00:00.000Z'); t += 10_000) live += livePoints(new Date(t), 10).find((p) => p.key === 'orders')!.value;
    const whole = valueAt(orders, Date.parse('2026-07-15T02:00:00.000Z'), NOW.getTime(), 1);
    expect(Math.abs(seeded + live - whole) / whole).toBeLessThan(0.01);
  });
});
