// The echarts options the panels draw: category names read whole, counts have whole ticks.
import { describe, expect, it } from 'vitest';
import type { CategoryData, TimeData } from './chart-data.ts';
import * as echarts from 'echarts';
import { chartOption, timeTickStep, timeTicks, timeTooltip, axisDay } from './chart-option.ts';
import { textWidth } from './balanced-lines.ts';
import { deskStyle, wallStyle } from './chart-style.ts';

type Axis = { axisLabel: { fontSize: number; lineHeight?: number; formatter: (name: string) => string }; minInterval?: number };

const categories = (n: number): CategoryData => ({
  shape: 'category',
  categories: ['Disputes', 'Livelihood requests', 'Public security risks', 'Special groups management', 'Work safety hazards', 'Environment', 'Other'].slice(0, n),
  series: [{ name: '', unit: '', values: Array.from({ length: n }, (_, i) => 100 * (i + 1)) }],
  numbers: 'en',
});

describe('category charts', () => {
  it('wraps long names beside many horizontal bars, in a smaller size, instead of cutting them', () => {
    for (const style of [deskStyle, wallStyle(1)]) {
      const many = chartOption({ kind: 'hbar' }, categories(7), style).yAxis as Axis;
      expect(many.axisLabel.formatter('Special groups management')).toBe('Special groups\nmanagement');
      const few = chartOption({ kind: 'hbar' }, categories(4), style).yAxis as Axis;
      expect(few.axisLabel.formatter('Special groups management')).toContain('\n');
      expect(many.axisLabel.fontSize).toBeLessThan(few.axisLabel.fontSize);
      // Two lines of the smaller size take little more than one line and a half of the larger.
      expect(2 * many.axisLabel.lineHeight!).toBeLessThanOrEqual(1.6 * few.axisLabel.lineHeight!);
    }
  });

  it('keeps names on one line, cut at two fifths of the width, where the rows are too low for two lines', () => {
    const style = wallStyle(0.75);
    // With the height, long names go over their bars, whole (see the test below).
    const tall = chartOption({ kind: 'hbar' }, categories(6), style, { width: 330, height: 240 }).yAxis as Axis & { axisLabel: { inside?: boolean } };
    expect(tall.axisLabel.inside).toBe(true);
    expect(tall.axisLabel.formatter('Special groups management')).toBe('Special groups management');
    const short = chartOption({ kind: 'hbar' }, categories(6), style, { width: 330, height: 104 }).yAxis as Axis;
    const cut = short.axisLabel.formatter('Special groups management');
    expect(cut).toMatch(/^Special groups.*…$/);
    expect(textWidth(cut, short.axisLabel.fontSize)).toBeLessThanOrEqual(132);
    expect(short.axisLabel.formatter('Disputes')).toBe('Disputes');
  });

  it('sets a long name on even lines, never leaving a character alone', () => {
    const halls: CategoryData = { shape: 'category', categories: ['向阳区政务服务中心', '市政务服务中心'], series: [{ name: '', unit: '件', values: [10_293, 10_647] }] };
    const axis = chartOption({ kind: 'hbar' }, halls, wallStyle(0.5), { width: 400, height: 300 }).yAxis as Axis;
    // 10 px text in at most 85 px: eight characters fit, and echarts would leave 心 alone on the second line.
    expect(axis.axisLabel.formatter('向阳区政务服务中心')).toBe('向阳区政务\n服务中心');
    expect(axis.axisLabel.formatter('市政务服务中心')).toBe('市政务服务中心');
  });

  it('sets the names over the bars where beside them they would leave the bars too little of a narrow chart', () => {
    const parks: CategoryData = { shape: 'category', categories: ['佳木斯高新区', '同江经济开发区', '富锦工业园区', '桦南经济开发区'], series: [{ name: '', unit: '万元', values: [460_600, 383_600, 453_300, 387_200] }] };
    const style = wallStyle(1024 / 1920);
    const option = chartOption({ kind: 'hbar' }, parks, style, { width: 174, height: 320 });
    const axis = option.yAxis as Axis & { axisLabel: { inside?: boolean } };
    expect(axis.axisLabel.inside).toBe(true);
    expect(axis.axisLabel.formatter('桦南经济开发区')).toBe('桦南经济开发区');
    const chart = echarts.init(null as never, undefined, { renderer: 'svg', ssr: true, width: 174, height: 320 });
    try {
      chart.setOption(option as never);
      const at = (value: number, row: number) => chart.convertToPixel({ gridIndex: 0 }, [value, row]) as number[];
      // The bars start at the chart's left and the longest value label still ends inside it.
      expect(at(0, 0)[0]!).toBeLessThanOrEqual(5);
      expect(at(460_600, 0)[0]! + 5 + textWidth('46.06亿元', 11)).toBeLessThanOrEqual(174);
      expect(at(460_600, 0)[0]! - at(0, 0)[0]!).toBeGreaterThan(0.4 * 174);
    } finally {
      chart.dispose();
    }
    // Too low for a line over each bar (six rows in 110 px): beside them, cut to one line.
    const low = chartOption({ kind: 'hbar' }, { ...parks, categories: [...parks.categories, '甲', '乙'], series: [{ name: '', unit: '万元', values: [1, 2, 3, 4, 5, 6] }] }, style, { width: 174, height: 110 });
    expect((low.yAxis as Axis & { axisLabel: { inside?: boolean } }).axisLabel.inside).toBeUndefined();
  });

  it('ends a negative value\'s bar and label left of the zero line, clear of the names', () => {
    const fields: CategoryData = { shape: 'category', categories: ['长青乡示范田', '莲江口镇基地', '敖其镇基地'], series: [{ name: '', unit: '℃', values: [-3.2, 1.4, -0.8] }] };
    const option = chartOption({ kind: 'hbar' }, fields, deskStyle, { width: 420, height: 240 });
    const data = (option.series as { data: unknown[] }[])[0]!.data;
    expect(data[0]).toMatchObject({ value: -3.2, label: { position: 'left' } });
    expect(data[1]).toBe(1.4);
    const chart = echarts.init(null as never, undefined, { renderer: 'svg', ssr: true, width: 420, height: 240 });
    try {
      chart.setOption(option as never);
      const x = (value: number) => (chart.convertToPixel({ gridIndex: 0 }, [value, 0]) as number[])[0]!;
      const fontSize = (option.yAxis as Axis).axisLabel.fontSize;
      // From the left: the names, the gap, the label -3.2℃, its bar, the zero line, then the positive bars and their labels.
      const namesEnd = 8 + textWidth('莲江口镇基地', fontSize);
      expect(x(-3.2) - 5 - textWidth('-3.2℃', 14)).toBeGreaterThanOrEqual(namesEnd);
      expect(x(0)).toBeGreaterThan(x(-3.2));
      expect(x(1.4) + 5 + textWidth('1.4℃', 14)).toBeLessThanOrEqual(420);
    } finally {
      chart.dispose();
    }
  });

  it('wraps names under vertical bars', () => {
    expect((chartOption({ kind: 'bar' }, categories(7), deskStyle).xAxis as Axis).axisLabel.formatter('Special groups management')).toContain('\n');
  });

  it('leaves the bars and their values the room the names do not need', () => {
    const parks: CategoryData = { shape: 'category', categories: ['佳木斯高新区', '同江经济开发区'], series: [{ name: '', unit: '万元', values: [46_100, 38_400] }], numbers: 'en' };
    const option = chartOption({ kind: 'hbar' }, parks, wallStyle(1366 / 1920), { width: 232, height: 150 });
    const chart = echarts.init(null as never, undefined, { renderer: 'svg', ssr: true, width: 232, height: 150 });
    try {
      chart.setOption(option as never);
      // The plot ends where the value labels' room begins, and the longest label (4.61B CNY) fits before the edge.
      const at = (value: number, row: number) => chart.convertToPixel({ gridIndex: 0 }, [value, row]) as number[];
      const barEnd = at(46_100, 0)[0]!;
      expect(barEnd + 5 + textWidth('4.61B CNY', 14)).toBeLessThanOrEqual(232);
      // The names are given what they take, a tenth to spare, and the gap to the bars.
      expect(at(0, 0)[0]!).toBeLessThanOrEqual(6 + textWidth('同江经济开发区', 14) * 1.1 + 8);
    } finally {
      chart.dispose();
    }
  });
});

describe('time charts', () => {
  const time = (unit: string): TimeData => ({ shape: 'time', lines: [{ name: '', points: [[0, 1], [3_600_000, 2]] }], unit, hourly: true });
  const hours48: TimeData = { shape: 'time', lines: [{ name: '', points: Array.from({ length: 48 }, (_, h) => [h * 3_600_000, h] as [number, number]) }], unit: '人', hourly: true };
  const HOUR = 3_600_000;

  it('ticks a narrow chart less often, so that no label has to be hidden out of turn', () => {
    const narrow = timeTickStep(hours48, wallStyle(0.53), { width: 184, height: 300 });
    const wide = timeTickStep(hours48, deskStyle, { width: 640, height: 300 });
    expect(narrow).toBe(24 * HOUR);
    expect(wide).toBeLessThanOrEqual(6 * HOUR);
    // Each step is one of the clock's divisions, so ticks fall on the same hours every day.
    expect((24 * HOUR) % wide!).toBe(0);
    expect(timeTickStep(hours48, deskStyle)).toBeUndefined();
  });

  it('ticks on the center\'s clock, evenly across a month\'s start, and echarts draws those ticks', () => {
    // 45 days from 10-31 (China time), and 48 hours from 11-10 13:00.
    const series = (from: string, n: number, step: number) => [{ name: '', points: Array.from({ length: n }, (_, i) => [Date.parse(from) + i * step, i] as [number, number]) }];
    const days: TimeData = { shape: 'time', lines: series('2026-10-30T16:00:00Z', 45, 24 * HOUR), unit: '%', hourly: false };
    const hours: TimeData = { ...hours48, lines: series('2026-11-10T05:00:00Z', 48, HOUR) };
    const drawn = (data: TimeData, width: number) => {
      const room = { width, height: 240 };
      const chart = echarts.init(null as never, undefined, { renderer: 'svg', ssr: true, ...room });
      try {
        chart.setOption(chartOption({ kind: 'line' }, data, deskStyle, room) as never);
        return [...chart.renderToSVGString().matchAll(/>(\d\d[-:]\d\d)</g)].map((m) => m[1]!);
      } finally {
        chart.dispose();
      }
    };
    expect(timeTicks(Date.parse('2026-10-30T16:00:00Z'), Date.parse('2026-11-13T16:00:00Z'), 7 * 24 * HOUR).map((t) => new Date(t + 8 * HOUR).toISOString().slice(5, 10))).toEqual(['11-05', '11-12']);
    for (const width of [1200, 640, 330, 200]) {
      const step = timeTickStep(days, deskStyle, { width, height: 240 })! / (24 * HOUR);
      const labels = drawn(days, width);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      // Day numbers since the epoch, step apart, through November into December.
      const dayOf = (label: string) => (Date.parse(`2026-${label}T00:00:00+08:00`) + 8 * HOUR) / (24 * HOUR);
      labels.slice(1).forEach((label, i) => expect(dayOf(label) - dayOf(labels[i]!)).toBe(step));
    }
    expect(drawn(hours, 640)).toEqual(['18:00', '11-11', '06:00', '12:00', '18:00', '11-12', '06:00', '12:00']);
    expect(drawn(hours, 250)).toEqual(['11-11', '11-12']);
  });

  it('heads a tooltip with the day or the hour on the center\'s clock, whatever the PC\'s zone', () => {
    const day = Date.parse('2026-11-15T16:00:00Z'); // 11-16 00:00 in China
    const daily = timeTooltip({ shape: 'time', lines: [], unit: '℃', hourly: false });
    const tip = daily([{ marker: '●', seriesName: '敖其镇<基地>', value: [day, -10.63] }, { seriesName: 'series\u00001', value: [day, 2] }]);
    expect(tip).toMatch(/^<div>2026-11-16<\/div>/);
    expect(tip).toContain('●敖其镇&#60;基地&#62;</span><b>-10.6℃</b>');
    expect(tip).toContain('<span></span><b>2℃</b>');
    const hourly = timeTooltip({ shape: 'time', lines: [], unit: '人', hourly: true, numbers: 'en' });
    expect(hourly({ seriesName: '', value: [Date.parse('2026-11-28T06:00:00Z'), 1234] })).toMatch(/^<div>11-28 14:00<\/div>.*<b>1,234<\/b>/);
  });

  it('gives counts whole ticks and leaves levels and amounts free', () => {
    expect((chartOption({ kind: 'line' }, time('次'), deskStyle).yAxis as Axis).minInterval).toBe(1);
    expect((chartOption({ kind: 'line' }, time('人'), deskStyle).yAxis as Axis).minInterval).toBe(1);
    expect((chartOption({ kind: 'line' }, time('分钟'), deskStyle).yAxis as Axis).minInterval).toBeUndefined();
    expect((chartOption({ kind: 'line' }, time('%'), deskStyle).yAxis as Axis).minInterval).toBeUndefined();
  });
});

describe('a day on a time axis', () => {
  it('is month-day in Chinese and day month in English', () => {
    expect(axisDay('2026-11-05T08:00:00+08:00', 'zh')).toBe('11-05');
    expect(axisDay('2026-11-05T08:00:00+08:00', 'en')).toBe('5 Nov');
    expect(axisDay('2026-01-28T00:00:00+08:00', 'en')).toBe('28 Jan');
  });
});
