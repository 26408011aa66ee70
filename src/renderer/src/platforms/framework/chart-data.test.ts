// What the charts show in English: the catalog's English major names and the
// demo series' dimension words, with names (fields, products) left as they are.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { platforms } from '../../../../shared/domain/model.ts';
import type { SeriesView } from '../../../../shared/metrics.ts';
import { initI18n } from '../../i18n/index.ts';
import { catalogKey, type Catalog } from '../data/case-math.ts';
import type { PanelData } from '../data/panel-data.tsx';
import { chartData, chartIsEmpty, type ChartData } from './chart-data.ts';

const NOW = Date.parse('2026-11-27T10:00:00+08:00');
const hourAgo = new Date(NOW - 3_600_000).toISOString();
const crop = (name: string, area: number) => ({ platform: 'agriculture', key: 'crop_area', dims: `crop=${name}`, points: { hour: [[hourAgo, area]], day: [] } });

function panelData(): PanelData {
  const perPlatform = Object.fromEntries(platforms.map((p) => [p, {}]));
  const cell = (n: number) => ({ value: n, numerator: n, denominator: n });
  const series = [crop('水稻', 30), crop('大豆', 12), crop('某某特产', 1)] as unknown as SeriesView[];
  const catalog = new Map([
    [catalogKey('事件', '0101'), { kind: '事件', minorCode: '0101', majorCode: '01', majorName: '市容环境', en: { kind: 'Event', major: 'Cityscape & environment', minor: 'Illegal construction' } }],
    [catalogKey('事件', '0501'), { kind: '事件', minorCode: '0501', majorCode: '05', majorName: '街面秩序', en: null }],
  ]) as unknown as Catalog;
  return {
    now: NOW,
    kpis: { all: {}, platform: {}, month: {}, monthToDate: {}, platformMonthToDate: perPlatform, platformCategory: { ...perPlatform, urban: { '事件:0101': { accepted: cell(5) }, '事件:0501': { accepted: cell(2) } } } },
    series: { daily: series, recent: series, dailyAt: null, recentAt: null },
    gridCount: 0, seatCount: 0, workers: null, seatsOnline: null, catalog, sample: [], sampleSize: 0,
  } as unknown as PanelData;
}

describe('chart data in the UI language', () => {
  it('names case categories and dimension words in English, names stay', async () => {
    initI18n('en');
    await i18next.changeLanguage('en');
    const t = i18next.t.bind(i18next);
    const categories = chartData({ from: 'case-categories', filter: {} }, 'urban', panelData(), t);
    // A category without English keeps its Chinese name.
    expect(categories.shape === 'category' && categories.categories).toEqual(['Cityscape & environment', '街面秩序']);
    const crops = chartData({ from: 'metric-by-dim', keys: ['crop_area'], window: 'latest' }, 'agriculture', panelData(), t);
    expect(crops.shape === 'category' && crops.categories).toEqual(['Soybean', '某某特产', 'Rice']);
    await i18next.changeLanguage('zh-CN');
    const zh = chartData({ from: 'case-categories', filter: {} }, 'urban', panelData(), i18next.t.bind(i18next));
    expect(zh.shape === 'category' && zh.categories).toEqual(['市容环境', '街面秩序']);
  });

  it('shows no categories until the catalog has arrived, rather than counts by kind', async () => {
    await i18next.changeLanguage('zh-CN');
    const data = { ...panelData(), catalog: new Map() as Catalog };
    const categories = chartData({ from: 'case-categories', filter: {} }, 'urban', data, i18next.t.bind(i18next));
    expect(categories.shape === 'category' && categories.categories).toEqual([]);
  });
});

describe('an empty chart', () => {
  it('is one with no categories, no values or no points, not one of zeros', () => {
    const bars = (categories: string[], values: (number | null)[]): ChartData => ({ shape: 'category', categories, series: [{ name: '', unit: '件', values }] });
    expect(chartIsEmpty(bars([], []))).toBe(true);
    expect(chartIsEmpty(bars(['矛盾纠纷'], [null]))).toBe(true);
    expect(chartIsEmpty(bars(['矛盾纠纷'], [0]))).toBe(false);
    expect(chartIsEmpty({ shape: 'time', lines: [{ name: '', points: [] }], unit: '', hourly: false })).toBe(true);
  });
});
