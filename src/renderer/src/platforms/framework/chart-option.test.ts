// The echarts options the panels draw: category names read whole, counts have whole ticks.
import { describe, expect, it } from 'vitest';
import type { CategoryData, TimeData } from './chart-data.ts';
import { chartOption, timeTickStep } from './chart-option.ts';
import { deskStyle, wallStyle } from './chart-style.ts';

type Axis = { axisLabel: { overflow?: string; fontSize: number; lineHeight?: number; width?: number }; minInterval?: number };

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
      expect(many.axisLabel.overflow).toBe('break');
      const few = chartOption({ kind: 'hbar' }, categories(4), style).yAxis as Axis;
      expect(few.axisLabel.overflow).toBe('break');
      expect(many.axisLabel.fontSize).toBeLessThan(few.axisLabel.fontSize);
      // Two lines of the smaller size take little more than one line and a half of the larger.
      expect(2 * many.axisLabel.lineHeight!).toBeLessThanOrEqual(1.6 * few.axisLabel.lineHeight!);
    }
  });

  it('keeps names on one line, with more of the width, where the rows are too low for two lines', () => {
    const style = wallStyle(0.75);
    const tall = chartOption({ kind: 'hbar' }, categories(6), style, { width: 330, height: 240 }).yAxis as Axis;
    expect(tall.axisLabel.overflow).toBe('break');
    const short = chartOption({ kind: 'hbar' }, categories(6), style, { width: 330, height: 104 }).yAxis as Axis;
    expect(short.axisLabel.overflow).toBe('truncate');
    expect(short.axisLabel.width).toBe(132);
  });

  it('sets a long name on even lines and gives the bars the width the names do not need', () => {
    const halls: CategoryData = { shape: 'category', categories: ['向阳区政务服务中心', '市政务服务中心'], series: [{ name: '', unit: '件', values: [10_293, 10_647] }] };
    const style = wallStyle(0.5);
    const axis = chartOption({ kind: 'hbar' }, halls, style, { width: 180, height: 300 }).yAxis as Axis & { axisLabel: { formatter: (name: string) => string } };
    // 10 px text in at most 85 px: eight characters fit, and echarts would leave 心 alone on the second line.
    expect(axis.axisLabel.formatter('向阳区政务服务中心')).toBe('向阳区政务\n服务中心');
    expect(axis.axisLabel.formatter('市政务服务中心')).toBe('市政务服务中心');
    expect(axis.axisLabel.width).toBeLessThan(85);
  });

  it('wraps names under vertical bars', () => {
    expect((chartOption({ kind: 'bar' }, categories(7), deskStyle).xAxis as Axis).axisLabel.overflow).toBe('break');
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

  it('gives counts whole ticks and leaves levels and amounts free', () => {
    expect((chartOption({ kind: 'line' }, time('次'), deskStyle).yAxis as Axis).minInterval).toBe(1);
    expect((chartOption({ kind: 'line' }, time('人'), deskStyle).yAxis as Axis).minInterval).toBe(1);
    expect((chartOption({ kind: 'line' }, time('分钟'), deskStyle).yAxis as Axis).minInterval).toBeUndefined();
    expect((chartOption({ kind: 'line' }, time('%'), deskStyle).yAxis as Axis).minInterval).toBeUndefined();
  });
});
