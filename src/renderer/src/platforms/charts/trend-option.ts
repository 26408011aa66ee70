// A long, dense trend (a year of case timestamps: up to millions of points)
// as one line the wall can draw and zoom. The points travel as one flat typed
// array [t0, v0, t1, v1, …] (no million small arrays to allocate and walk),
// and LTTB sampling draws only about as many points as the chart has pixels,
// keeping the peaks a plain average would shave off. Zooming re-samples the
// visible window, so detail appears as the range narrows.
import type { ChartOption } from './echarts.ts';
import { ink, palette, px, type ChartStyle } from '../framework/chart-style.ts';

export type DenseSeries = { name: string; points: Float64Array };

export function trendOption(series: DenseSeries, s: ChartStyle, range: { start: number; end: number } = { start: 0, end: 100 }): ChartOption {
  const text = { color: ink.muted, fontSize: px(s, s.text) };
  return {
    animation: false,
    color: palette,
    grid: { left: px(s, 12), right: px(s, 24), top: px(s, 16), bottom: px(s, 72) },
    tooltip: { trigger: 'axis', backgroundColor: ink.tooltipBg, borderColor: ink.axis, textStyle: { ...text, color: ink.text } },
    xAxis: { type: 'time', axisLabel: { ...text, hideOverlap: true, formatter: '{MM}-{dd}' }, axisLine: { lineStyle: { color: ink.axis } }, splitLine: { show: false } },
    yAxis: { type: 'value', axisLabel: text, splitLine: { lineStyle: { color: ink.split } } },
    dataZoom: [
      { type: 'inside', start: range.start, end: range.end },
      { type: 'slider', start: range.start, end: range.end, height: px(s, 36), bottom: px(s, 12), textStyle: text, borderColor: ink.axis },
    ],
    series: [
      {
        id: series.name,
        name: series.name,
        type: 'line',
        dimensions: ['time', 'value'],
        encode: { x: 'time', y: 'value' },
        data: series.points as unknown as number[],
        sampling: 'lttb',
        showSymbol: false,
        lineStyle: { width: px(s, 2) },
      },
    ],
  };
}
