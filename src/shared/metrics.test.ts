import { describe, expect, it } from 'vitest';
import { bucketStart, dimsKey, isCountMetric, metricDef, rollupValue, validatePoints } from './metrics.ts';

describe('metrics', () => {
  const now = new Date('2026-11-26T06:00:00.000Z');
  it('keeps good points and rejects bad ones with their reasons', () => {
    const { points, result } = validatePoints([
      { platform: 'agriculture', key: 'soil_moisture', dimensions: { field: '星火' }, at: '2026-11-26T05:59:00.000Z', value: 31.5 },
      { platform: 'agriculture', key: 'soil_color', at: '2026-11-26T05:59:00.000Z', value: 1 },
      { platform: 'mars', key: 'x', at: '2026-11-26T05:59:00.000Z', value: 1 },
      { platform: 'industry', key: 'output', at: '2027-01-01T00:00:00.000Z', value: 1 },
      { platform: 'industry', key: 'output', at: '2026-11-26T05:59:00.000Z', value: Number.NaN },
    ], now);
    expect(points).toHaveLength(1);
    expect(result.accepted).toBe(1);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    expect(result.rejected[0]!.reason).toBe('未知指标: agriculture/soil_color');
    expect(result.rejected[2]!.reason).toBe('数据点时间晚于当前时间');
  });

  it('refuses what would spoil a series: a batch that is no list, values past any figure, foreign or key-breaking dimensions', () => {
    expect(validatePoints({}, now)).toMatchObject({ points: [], error: 'points 必须是数据点数组' });
    expect(validatePoints('not-a-list', now).error).toBeDefined();
    expect(validatePoints([], now).error).toBeUndefined();
    const at = '2026-11-26T05:59:00.000Z';
    const { points, result } = validatePoints([
      { platform: 'government', key: 'items_handled', dimensions: { hall: '市政务服务中心' }, at, value: 1e307 },
      { platform: 'government', key: 'items_handled', dimensions: { hall: 'B&x=1' }, at, value: 1000 },
      { platform: 'government', key: 'items_handled', dimensions: { planet: 'Mars' }, at, value: 1 },
      { platform: 'government', key: 'items_handled', dimensions: { hall: '市政务服务中心' }, at, value: -3 },
    ], now);
    expect(points).toHaveLength(1);
    expect(result.rejected).toEqual([
      { index: 0, reason: '数值超出范围' },
      { index: 1, reason: '维度名和值不能含 & 或 =' },
      { index: 2, reason: '指标 government/items_handled 没有维度 planet' },
    ]);
  });

  it('buckets by minute, hour and China-local day', () => {
    expect(bucketStart('2026-11-26T05:59:31.000Z', 'minute')).toBe('2026-11-26T05:59:00.000Z');
    expect(bucketStart('2026-11-26T05:59:31.000Z', 'hour')).toBe('2026-11-26T05:00:00.000Z');
    expect(bucketStart('2026-11-26T17:00:00.000Z', 'day')).toBe('2026-11-26T16:00:00.000Z'); // 01:00 on the 27th in China
    expect(dimsKey({ b: '2', a: '1' })).toBe('a=1&b=2');
    expect(rollupValue({ count: 4, sum: 10, last: 3 }, 'mean')).toBe(2.5);
  });

  it('knows which metrics count things (whole numbers) and which measure amounts or levels', () => {
    expect(isCountMetric(metricDef('urban', 'sensor_alerts')!)).toBe(true);
    expect(isCountMetric(metricDef('grid', 'workers_online')!)).toBe(true);
    expect(isCountMetric(metricDef('health-education', 'vaccinations')!)).toBe(true);
    expect(isCountMetric(metricDef('industry', 'energy')!)).toBe(false);
    expect(isCountMetric(metricDef('urban', 'street_patrol_km')!)).toBe(false);
    expect(isCountMetric(metricDef('government', 'wait_minutes')!)).toBe(false);
  });
});
