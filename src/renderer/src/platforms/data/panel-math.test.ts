// The panels' arithmetic: China-time windows, month-to-date with 环比 / 同比,
// rolling dimensions up by aggregation, and number formatting.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { SeriesView } from '../../../../shared/metrics.ts';
import { kpiFigure, workersFigure } from '../framework/figures.ts';
import { change, formatAmount, formatCount, monthLabel, numberEms } from '../framework/format.ts';
import { tooltipValue, valueLabel } from '../framework/chart-option.ts';
import { acceptedMatching, catalogKey, majorsWithKeys, type Catalog } from './case-math.ts';
import { barLink } from './case-links.ts';
import { chinaDay, comparedMonths, shiftMonth } from './china-time.ts';
import { latestValue, lines, monthToDate, todayValue } from './series-math.ts';

/** A China-midnight bucket start, as the server writes day buckets. */
const day = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
const daily = (dims: string, values: Record<string, number>): SeriesView => ({
  platform: 'commerce', key: 'orders', dims, points: { day: Object.entries(values).map(([d, v]) => [day(d), v]) },
});

describe('china time', () => {
  it('counts days and months in UTC+8 whatever the machine zone', () => {
    expect(chinaDay(Date.parse('2026-11-26T16:30:00Z'))).toBe(chinaDay(Date.parse('2026-11-27T01:00:00+08:00')));
    expect(comparedMonths(Date.parse('2026-01-10T00:00:00+08:00'))).toEqual({ current: '2026-01', previous: '2025-12', lastYear: '2025-01' });
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });
});

describe('month to date', () => {
  const now = Date.parse('2026-11-04T10:00:00+08:00');
  const s = daily('', {
    '2025-11-01': 5, '2025-11-02': 5, '2025-11-03': 5, '2025-11-04': 100,
    '2026-10-01': 8, '2026-10-02': 8, '2026-10-03': 8, '2026-10-04': 100,
    '2026-11-01': 10, '2026-11-02': 10, '2026-11-03': 10, '2026-11-04': 1,
  });

  it('compares complete days only, the same days of last month and of last year', () => {
    expect(monthToDate([s], 'sum', now)).toEqual({ current: 30, previous: 24, lastYear: 15, days: 3 });
  });

  it('averages levels instead of adding them', () => {
    expect(monthToDate([s], 'mean', now).current).toBe(10);
  });

  it('takes all of a shorter last month, and reaches back across the new year', () => {
    const days = (month: string, n: number, v: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`${month}-${String(i + 1).padStart(2, '0')}`, v]));
    const march = daily('', { ...days('2025-03', 31, 1), ...days('2026-02', 28, 2), ...days('2026-03', 31, 3), '2026-04-01': 50 });
    expect(monthToDate([march], 'sum', Date.parse('2026-04-01T09:00:00+08:00')).current).toBeNull();
    expect(monthToDate([march], 'sum', Date.parse('2026-03-31T23:00:00+08:00'))).toEqual({ current: 90, previous: 56, lastYear: 30, days: 30 });
    const january = daily('', { ...days('2025-01', 31, 1), ...days('2025-12', 31, 2), ...days('2026-01', 5, 4) });
    expect(monthToDate([january], 'sum', Date.parse('2026-01-06T08:00:00+08:00'))).toEqual({ current: 20, previous: 10, lastYear: 5, days: 5 });
  });

  it('has nothing to compare on the first of the month', () => {
    expect(monthToDate([s], 'sum', Date.parse('2026-11-01T09:00:00+08:00')).current).toBeNull();
  });
});

describe('rolling dimensions up', () => {
  const a = daily('park=A', { '2026-11-01': 10, '2026-11-02': 20 });
  const b = daily('park=B', { '2026-11-01': 30, '2026-11-02': 40 });

  it('adds counts and averages levels per bucket', () => {
    expect(lines([a, b], 'day', 'sum', false)[0]!.points.map(([, v]) => v)).toEqual([40, 60]);
    expect(lines([a, b], 'day', 'mean', false)[0]!.points.map(([, v]) => v)).toEqual([20, 30]);
    expect(lines([a, b], 'day', 'sum', true).map((l) => l.name)).toEqual(['A', 'B']);
  });

  it('reads today from the hours of today and the latest level from the minute', () => {
    const hourly: SeriesView = {
      platform: 'commerce', key: 'orders', dims: '',
      // 23:00 yesterday, then 00:00 and 01:00 today (China time).
      points: { hour: [['2026-11-03T15:00:00.000Z', 7], ['2026-11-03T16:00:00.000Z', 2], ['2026-11-03T17:00:00.000Z', 3]], minute: [['2026-11-03T17:59:00.000Z', 9]] },
    };
    expect(todayValue([hourly], 'sum', Date.parse('2026-11-04T02:30:00+08:00'))).toBe(5);
    expect(latestValue([hourly], 'last')).toBe(9);
  });
});

describe('formatting for the wall', () => {
  it('shortens large amounts and keeps the unit apart', () => {
    expect(formatAmount(23456, '万元')).toEqual({ text: '2.35', unit: '亿元' });
    expect(formatAmount(1234567, '件')).toEqual({ text: '123.5', unit: '万件' });
    expect(formatAmount(8080, '个')).toEqual({ text: '8,080', unit: '个' });
    expect(formatAmount(null, '件').text).toBe('—');
  });

  it('writes amounts in English with English units, 万 units in their base unit', () => {
    expect(formatAmount(23456, '万元', 'en')).toEqual({ text: '234.6', unit: 'M CNY' });
    expect(formatAmount(379_800, '万元', 'en')).toEqual({ text: '3.80', unit: 'B CNY' });
    expect(formatAmount(1234567, '件', 'en')).toEqual({ text: '1.2', unit: 'M' });
    expect(formatAmount(8080, '个', 'en')).toEqual({ text: '8,080', unit: '' });
    expect(formatAmount(12.5, '公里', 'en')).toEqual({ text: '12.5', unit: 'km' });
    expect(formatAmount(-7, '℃', 'en')).toEqual({ text: '-7', unit: '°C' });
    // A temperature is read to a tenth of a degree, small or not.
    expect([formatAmount(-0.8, '℃').text, formatAmount(-0.8, '℃', 'en').text, formatAmount(0.8, '次').text]).toEqual(['-0.8', '-0.8', '0.80']);
    expect(formatAmount(96.44, '%', 'en')).toEqual({ text: '96.4', unit: '%' });
    expect(formatAmount(3, 'working h', 'en')).toEqual({ text: '3', unit: 'working h' });
    expect(formatAmount(null, '件', 'en')).toEqual({ text: '—', unit: '' });
    // Never 1,000.0M or 10,000.0万: the next magnitude up.
    expect(formatAmount(999_999_999, '件', 'en')).toEqual({ text: '1.00', unit: 'B' });
    expect(formatAmount(999_940_000, '件', 'en')).toEqual({ text: '999.9', unit: 'M' });
    expect(formatAmount(99_999_999, '件')).toEqual({ text: '1.00', unit: '亿件' });
    expect(formatAmount(99_994_000, '件')).toEqual({ text: '9,999.4', unit: '万件' });
    expect([monthLabel(1, 'en'), monthLabel(12, 'en'), monthLabel(12, 'zh')]).toEqual(['Jan', 'Dec', '12月']);
  });

  it('labels chart values rounded, with the unit where the title does not say it, and tooltips with it always', () => {
    // A mean from the metric feed: never its raw digits.
    expect(valueLabel(12.345678, '次', 'zh')).toBe('12.3');
    expect(tooltipValue(12.345678, '次', 'zh')).toBe('12.3次');
    expect(valueLabel(4.6, '%')).toBe('4.6%');
    expect(valueLabel(23456, '万元')).toBe('2.35亿元');
    expect(valueLabel(23456, '万元', 'en')).toBe('234.6M CNY');
    // A unit word the title already gives stays off the value, in English as in Chinese; a symbol stays on.
    expect([valueLabel(1200, '人次', 'zh'), valueLabel(1200, '人次', 'en')]).toEqual(['1,200', '1,200']);
    expect([valueLabel(11.4, '分钟', 'en'), valueLabel(-11.7, '℃', 'en'), valueLabel(4.6, '%', 'en')]).toEqual(['11.4', '-11.7°C', '4.6%']);
    expect(tooltipValue(5, '公里', 'en')).toBe('5 km');
    expect(tooltipValue(1500, '件', 'en')).toBe('1,500');
    expect([valueLabel(null, '件'), tooltipValue(undefined, '件')]).toEqual(['', '—']);
  });

  it('gives rate changes in points and counts in percent', () => {
    expect(change(0.95, 0.9, true, '个百分点')).toEqual({ text: '↑5.0个百分点', direction: 'up' });
    expect(change(90, 100, false)).toEqual({ text: '↓10.0%', direction: 'down' });
    expect(change(5, null, false).direction).toBe('none');
  });
});

describe('case splits from the KPIs by category', () => {
  const cell = (n: number) => ({ value: n, numerator: n, denominator: n });
  const groups = { '事件:0101': { accepted: cell(5) }, '事件:0102': { accepted: cell(3) }, '事件:0501': { accepted: cell(4) }, '部件:0101': { accepted: cell(9) }, ':X': { accepted: cell(1) } };
  const cat = (kind: string, minorCode: string, majorCode: string, majorName: string) => [catalogKey(kind, minorCode), { kind, minorCode, majorCode, majorName }] as const;
  const acceptedByMajor = (...args: Parameters<typeof majorsWithKeys>) => majorsWithKeys(...args).map(([name, n]) => [name, n]);
  const catalog = new Map([cat('事件', '0101', '01', '市容环境'), cat('事件', '0102', '01', '市容环境'), cat('事件', '0501', '05', '街面秩序'), cat('部件', '0101', '01', '公用设施')]) as unknown as Catalog;

  it('folds categories into their majors, keeping 部件 and 事件 apart by kind', () => {
    expect(acceptedByMajor(groups, { kind: '事件' }, catalog)).toEqual([['市容环境', 8], ['街面秩序', 4]]);
    expect(acceptedByMajor(groups, {}, catalog)).toEqual([['公用设施', 9], ['市容环境', 8], ['街面秩序', 4], ['其他', 1]]);
    expect(acceptedByMajor(groups, {}, catalog, 'Other').at(-1)).toEqual(['Other', 1]);
    expect(acceptedMatching(groups, { kind: '事件', majors: ['05'] }, catalog)).toBe(4);
    expect(acceptedMatching(undefined, { kind: '事件' }, catalog)).toBeNull();
  });

  it('gives each bar the categories it counts, and a click on the bar opens their accepted cases', () => {
    const bars = majorsWithKeys(groups, {}, catalog);
    expect(bars).toEqual([['公用设施', 9, ['部件:0101']], ['市容环境', 8, ['事件:0101', '事件:0102']], ['街面秩序', 4, ['事件:0501']], ['其他', 1, [':X']]]);
    const data = { shape: 'category', cases: bars.map(([, , keys]) => keys) };
    expect(barLink({ platform: 'urban' }, data, 1)).toEqual({ platform: 'urban', queue: 'accepted', categories: ['事件:0101', '事件:0102'] });
    // A chart with no cases per bar (a trend), or a click beside the bars, opens the chart's own link.
    expect(barLink({ platform: 'urban' }, { shape: 'time' }, 0)).toEqual({ platform: 'urban' });
    expect(barLink({ platform: 'urban' }, data, undefined)).toEqual({ platform: 'urban' });
  });

  it('names the majors in English where the catalog has English, in Chinese where it has none', () => {
    const en = (major: string) => ({ kind: 'Event', major, minor: 'x' });
    const english = new Map([...catalog].map(([k, c]) => [k, { ...c, en: c.majorName === '市容环境' ? en('Cityscape') : c.majorName === '街面秩序' ? en('Street order') : null }])) as unknown as Catalog;
    expect(acceptedByMajor(groups, {}, english, 'Other', 'en')).toEqual([['公用设施', 9], ['Cityscape', 8], ['Street order', 4], ['Other', 1]]);
    expect(acceptedByMajor(groups, {}, english, '其他', 'zh')).toEqual([['公用设施', 9], ['市容环境', 8], ['街面秩序', 4], ['其他', 1]]);
  });
});

describe('KPI figures against months so far', () => {
  const t = ((key: string, o?: { value?: string }) => (o?.value ? `${key}:${o.value}` : key)) as unknown as TFunction;
  const cell = (value: number, numerator: number, denominator: number) => ({ value, numerator, denominator });
  // 20 Nov 2026, China time: the month-to-date groups hold 1–20 Nov, 1–20 Oct and 1–20 Nov 2025.
  const now = Date.parse('2026-11-20T12:00:00+08:00');
  const monthToDate = {
    '2025-11': { accepted: cell(100, 100, 100), finishRate: cell(0.8, 80, 100) },
    '2026-10': { accepted: cell(200, 200, 200), finishRate: cell(0.9, 180, 200) },
    '2026-11': { accepted: cell(150, 150, 150), finishRate: cell(0.93, 139, 150) },
  };
  const all = { all: { accepted: cell(5000, 5000, 5000), finishRate: cell(0.91, 4550, 5000) } };

  it('compares a count with the same stretch of last month and last year, in percent', () => {
    const fig = kpiFigure('accepted', all, 'all', { now }, t, { monthToDate });
    expect(fig.raw).toBe(5000);
    expect(fig.compare.map((c) => c.text)).toEqual(['↓25.0%', '↑50.0%']);
  });

  it('compares a rate in points', () => {
    const fig = kpiFigure('finishRate', all, 'all', { now }, t, { monthToDate });
    expect(fig.compare.map((c) => c.text)).toEqual(['↑3.0platforms.unit.points', '↑13.0platforms.unit.points']);
  });

  it('has nothing to compare without the grouping', () => {
    expect(kpiFigure('accepted', all, 'all', { now }, t, {}).compare).toEqual([]);
  });
});

describe('numbers in sentences and tiles', () => {
  it('groups a count in a note as the figures do', () => {
    expect(formatCount(22068)).toBe('22,068');
    expect(formatCount(22068, 'en')).toBe('22,068');
    expect(formatCount(1234567)).toBe('123.5万');
    expect(formatCount(1234567, 'en')).toBe('1.2M');
  });

  it('writes the 1+6+N split of the roster with thousands separators', () => {
    const t = ((key: string, o?: Record<string, unknown>) => (key === 'platforms.workersNote' ? `专业 ${o!.team} · 党员志愿者 ${o!.n}` : key)) as unknown as TFunction;
    const workers = { total: 26861, byKind: { 'party-member': 2971, volunteer: 1822, livelihood: 22068 }, fetchedAt: '2026-11-27T00:00:00.000Z' };
    const fig = workersFigure({ workers } as unknown as Parameters<typeof workersFigure>[0], t);
    expect(fig.amount.text).toBe('26,861');
    expect(fig.note).toBe('专业 22,068 · 党员志愿者 4,793');
  });

  it('measures a number in ems of its figures, separators narrower', () => {
    expect(numberEms('197,501')).toBeCloseTo(6 * 0.7 + 0.4);
    expect(numberEms('16.24')).toBeCloseTo(4 * 0.7 + 0.4);
    expect(numberEms('—')).toBe(1);
    // Longer numbers are wider, so the stylesheet sets them smaller in the same tile.
    expect(numberEms('121,542')).toBeGreaterThan(numberEms('21,769'));
  });
});
