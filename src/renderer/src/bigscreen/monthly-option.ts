// The wall's monthly chart: cases accepted per month (bars) and the finish
// rate (line, right axis), both from the KPI grouping by month.
import type { TFunction } from 'i18next';
import type { ChartOption } from '../platforms/charts/echarts.ts';
import { ink, palette, px, type ChartStyle } from '../platforms/framework/chart-style.ts';
import { kpiCell, recentMonths, type KpiGroups } from '../platforms/data/kpi-view.ts';
import { monthLabel, numberStyle } from '../platforms/framework/format.ts';
import { chinaMonth } from '../platforms/data/china-time.ts';

export function monthlyOption(byMonth: KpiGroups | undefined, s: ChartStyle, t: TFunction): ChartOption {
  const months = recentMonths(byMonth, 12);
  const text = { color: ink.muted, fontSize: px(s, s.text) };
  const rate = (m: string) => {
    const v = kpiCell(byMonth, m, 'finishRate')?.value;
    return v === null || v === undefined ? null : Math.round(v * 1000) / 10;
  };
  const rates = months.map(rate);
  // The month still running, when the chart reaches it, is drawn apart (below).
  const running = months.at(-1) === chinaMonth(Date.now());
  const last = months.length - 1;
  return {
    animation: s.animate,
    color: palette,
    textStyle: { fontFamily: "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif" },
    grid: { left: px(s, 8), right: px(s, 8), top: px(s, 44), bottom: px(s, 14) },
    legend: { top: 0, data: [t('platforms.kpi.accepted'), t('platforms.kpi.finishRate')], textStyle: { ...text, color: ink.text }, itemWidth: px(s, 18), itemHeight: px(s, 10) },
    tooltip: { trigger: 'axis', backgroundColor: ink.tooltipBg, borderColor: ink.axis, textStyle: { ...text, color: ink.text } },
    xAxis: { type: 'category', data: months.map((m) => monthLabel(Number(m.slice(5)), numberStyle(t))), axisLabel: { ...text, hideOverlap: true }, axisLine: { lineStyle: { color: ink.axis } }, axisTick: { show: false } },
    yAxis: [
      { type: 'value', axisLabel: text, splitLine: { lineStyle: { color: ink.split } }, splitNumber: 3 },
      { type: 'value', min: (v: { min: number }) => (v.min < 80 ? 0 : 80), max: 100, axisLabel: { ...text, formatter: '{value}%' }, splitLine: { show: false }, splitNumber: 2 },
    ],
    series: [
      { id: 'accepted', name: t('platforms.kpi.accepted'), type: 'bar', data: months.map((m) => kpiCell(byMonth, m, 'accepted')?.value ?? null), barMaxWidth: px(s, 18), itemStyle: { borderRadius: [px(s, 3), px(s, 3), 0, 0] } },
      { id: 'finishRate', name: t('platforms.kpi.finishRate'), type: 'line', yAxisIndex: 1, data: rates.map((r, i) => (running && i === last ? null : r)), smooth: true, symbolSize: px(s, 8), lineStyle: { width: px(s, 3) } },
      // This month is still running: its cases have had days, not weeks, to be finished, so its rate
      // is drawn dashed to a hollow point rather than as a fall.
      {
        id: 'finishRateSoFar', name: t('platforms.kpi.finishRate'), type: 'line', yAxisIndex: 1, data: rates.map((r, i) => (running && i >= last - 1 ? r : null)),
        symbol: 'emptyCircle', symbolSize: px(s, 10), lineStyle: { width: px(s, 3), type: 'dashed' }, itemStyle: { color: palette[1] }, tooltip: { show: false },
      },
    ],
  };
}
