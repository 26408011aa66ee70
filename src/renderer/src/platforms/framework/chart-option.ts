// Chart data into an echarts option, in the panels' dark style. Series carry
// ids so that merging updates (notMerge false) move lines instead of
// rebuilding them. Legends are drawn by the panel in HTML (they wrap; an
// echarts legend that wraps runs over the plot).
import type { ChartOption, ChartSeries } from '../charts/echarts.ts';
import type { CategoryData, ChartData, TimeData } from './chart-data.ts';
import { ink, palette, px, type ChartStyle } from './chart-style.ts';
import type { ChartDecl } from './declaration.ts';
import { formatAmount, monthLabel, type NumberStyle } from './format.ts';
import { isCountMetric } from '../../../../shared/metrics.ts';
import type { ChartRoom } from './use-chart-room.ts';
import { balancedLines, cutToWidth, textWidth } from './balanced-lines.ts';
import { CHINA_OFFSET, chinaIso } from '../data/china-time.ts';

const text = (s: ChartStyle) => ({ color: ink.text, fontSize: px(s, s.text) });
const FONT = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif";

function base(s: ChartStyle): ChartOption {
  return {
    color: palette,
    backgroundColor: 'transparent',
    animation: s.animate,
    animationDurationUpdate: 600,
    textStyle: { fontFamily: FONT },
    grid: { left: px(s, 8), right: px(s, 20), top: px(s, 16), bottom: px(s, 8) },
    legend: { show: false },
    tooltip: { backgroundColor: ink.tooltipBg, borderColor: ink.axis, textStyle: text(s), confine: true },
  };
}

const SYMBOLS = new Set(['%', '℃', '°C']);
/** A word after the number gets a space (12 km, 5 visits); symbols and magnitudes do not (4.6%, 3.80B CNY, 2.35亿元). */
const joined = (text: string, unit: string) => `${text}${/^[a-z]/i.test(unit) && !/^[MB]\b/.test(unit) ? ' ' : ''}${unit}`;

/**
 * A value on an axis or a bar: the unit only where it says more than the title does (a symbol, or a
 * magnitude the number was scaled by), in either language: English writes 人次 as visits, which
 * the title says as much as 人次 says it in Chinese (1,200 visits on every tick was noise).
 */
export function valueLabel(value: unknown, unit: string, numbers?: NumberStyle): string {
  if (typeof value !== 'number') return '';
  const a = formatAmount(value, unit, numbers);
  const unscaled = formatAmount(0, unit, numbers).unit;
  return a.unit !== unscaled || SYMBOLS.has(a.unit) ? joined(a.text, a.unit) : a.text;
}

/** A value in a tooltip: rounded as the figures are, with its unit. */
export function tooltipValue(value: unknown, unit: string, numbers?: NumberStyle): string {
  if (typeof value !== 'number') return '—';
  const a = formatAmount(value, unit, numbers);
  return joined(a.text, a.unit);
}

const valueAxis = (s: ChartStyle) => ({
  type: 'value' as const,
  scale: true,
  axisLabel: { ...text(s), color: ink.muted },
  splitLine: { lineStyle: { color: ink.split } },
  splitNumber: 3,
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TICK_STEPS = { hourly: [1, 2, 3, 6, 12, 24].map((h) => h * HOUR), daily: [1, 2, 7, 14].map((days) => days * DAY) };

/**
 * The time axis' tick step where the chart's width is known: the shortest whose labels stand apart.
 * Left to choose, echarts ticked a narrow 48-hour chart every 6 hours and hid the labels that
 * collided, which left every third: 12:00, 06:00, 00:00, read as a clock running backwards.
 */
export function timeTickStep(d: TimeData, s: ChartStyle, room?: ChartRoom): number | undefined {
  const times = d.lines.flatMap((l) => l.points.map((p) => p[0]));
  const span = Math.max(...times) - Math.min(...times);
  if (!room || !(span > 0)) return undefined;
  // The plot is the chart less its value labels on the left and the margins.
  const plot = room.width - px(s, 8) - px(s, 20) - textWidth('2,000', px(s, s.text));
  const label = textWidth(d.hourly ? '00:00' : '00-00', px(s, s.text)) * 1.8;
  const steps = d.hourly ? TICK_STEPS.hourly : TICK_STEPS.daily;
  return steps.find((step) => (step / span) * plot >= label) ?? steps.at(-1);
}

/**
 * The instants from `from` to `to` a time axis ticks at, `every` apart, on the center's clock (China
 * time, as the data's days are): every 6 hours falls on 00:00, 06:00 …, every 7 days on the same
 * weekday whatever day the data begins. Given as the axis' own values because echarts rounds an
 * interval down to its own steps (asked for 6 hours it ticks every 4, for 7 days every 4) and starts
 * them again at each month, so its labels bunched where a month began and were hidden unevenly.
 */
export function timeTicks(from: number, to: number, every: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil((from + CHINA_OFFSET) / every) * every - CHINA_OFFSET; t <= to; t += every) ticks.push(t);
  return ticks;
}

/** A tick's label in China time: the day (11-28), or within a day the time, the day's first hour by its date. */
/** A day on a time axis as the language writes it: 11-28 in Chinese, 28 Nov in English (11-28 read as a date range there). */
export const axisDay = (iso: string, numbers: NumberStyle | undefined): string =>
  numbers === 'en' ? `${Number(iso.slice(8, 10))} ${monthLabel(Number(iso.slice(5, 7)), 'en')}` : iso.slice(5, 10);

const tickLabel = (hourly: boolean, numbers: NumberStyle | undefined) => (t: number) => {
  const iso = chinaIso(t);
  return hourly && !iso.startsWith('T00:00', 10) ? iso.slice(11, 16) : axisDay(iso, numbers);
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type AxisTooltipParam = { marker?: unknown; seriesName?: string; value?: unknown };

/**
 * A time chart's tooltip: the instant on the center's clock as the chart counts it (the day,
 * 2026-11-16, or the hour, 11-28 14:00), then each line's value. echarts headed it with the
 * bucket's instant in the PC's zone, to the second (2026-11-15 16:00:00 for the 16th on a PC set to UTC).
 */
export function timeTooltip(d: TimeData) {
  return (params: AxisTooltipParam | AxisTooltipParam[]): string => {
    const list = Array.isArray(params) ? params : [params];
    const at = list.map((p) => (Array.isArray(p.value) ? p.value[0] : undefined)).find((t): t is number => typeof t === 'number');
    const iso = at === undefined ? '' : chinaIso(at);
    const head = d.hourly ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
    const rows = list.map((p) => {
      const value = tooltipValue(Array.isArray(p.value) ? p.value[1] : p.value, d.unit, d.numbers);
      // A series left unnamed (one line) is named series\0<n> by echarts: no name shows.
      const name = p.seriesName?.startsWith('series\0') ? '' : (p.seriesName ?? '');
      return `<div style="display:flex;justify-content:space-between;gap:16px"><span>${typeof p.marker === 'string' ? p.marker : ''}${escapeHtml(name)}</span><b>${escapeHtml(value)}</b></div>`;
    });
    return `<div>${escapeHtml(head)}</div>${rows.join('')}`;
  };
}

function timeOption(d: TimeData, s: ChartStyle, asBars: boolean, room?: ChartRoom): ChartOption {
  const many = d.lines.length > 1;
  // Counts go straight from hour to hour: a smoothed curve between 1 and 3 alerts would show 3.2.
  const count = isCountMetric({ unit: d.unit });
  const series: ChartSeries[] = d.lines.map((l) =>
    asBars
      ? { id: l.name, name: l.name, type: 'bar', data: l.points, barMaxWidth: px(s, 14), itemStyle: { borderRadius: [px(s, 3), px(s, 3), 0, 0] } }
      : {
          id: l.name, name: l.name, type: 'line', data: l.points, showSymbol: false, smooth: !count,
          lineStyle: { width: px(s, 3) }, areaStyle: many ? undefined : { opacity: 0.18 },
        },
  );
  const b = base(s);
  const step = timeTickStep(d, s, room);
  const times = d.lines.flatMap((l) => l.points.map((p) => p[0]));
  const ticks = step ? timeTicks(Math.min(...times), Math.max(...times), step) : undefined;
  return {
    ...b,
    tooltip: { ...b.tooltip, trigger: 'axis', formatter: timeTooltip(d) },
    xAxis: {
      type: 'time',
      // Over two days an hour alone is ambiguous: midnight shows the day it begins.
      axisLabel: { ...text(s), color: ink.muted, formatter: tickLabel(d.hourly, d.numbers), ...(ticks ? { customValues: ticks } : { hideOverlap: true }) },
      ...(ticks ? { axisTick: { customValues: ticks } } : {}),
      axisLine: { lineStyle: { color: ink.axis } },
      splitLine: { show: false },
      splitNumber: 4,
    },
    // A count has whole ticks (0, 1, 2 alerts), never 0.30.
    yAxis: { ...valueAxis(s), scale: !asBars, ...(count ? { minInterval: 1 } : {}), axisLabel: { ...valueAxis(s).axisLabel, formatter: (v: number) => valueLabel(v, d.unit, d.numbers) } },
    series,
  };
}

/** A category's name on its axis: text size, or beside many bars two design px smaller with lines set close. */
export function categoryLabel(s: ChartStyle, crowded: boolean): { color: string; fontSize: number; lineHeight: number } {
  const size = crowded ? s.text - 2 : s.text;
  return { color: ink.text, fontSize: px(s, size), lineHeight: px(s, size + (crowded ? 1 : 4)) };
}

/**
 * How the names beside horizontal bars are set. Where each bar's row has the height for two lines
 * (or the room is not known) a long name wraps, in a smaller size beside many bars; where it has
 * not (a short chart on the wall), it stays on one line, with the axis given up to two fifths of
 * the chart's width, and is cut only past that.
 */
export function hbarNames(s: ChartStyle, rows: number, room?: ChartRoom): { label: ReturnType<typeof categoryLabel>; overflow: 'break' | 'truncate'; width: number } {
  const crowded = rows > 5;
  const label = categoryLabel(s, crowded);
  if (rowHeight(s, rows, room) >= 2 * label.lineHeight) return { label, overflow: 'break', width: px(s, 170) };
  const one = categoryLabel(s, false);
  return { label: { ...one, lineHeight: one.fontSize }, overflow: 'truncate', width: Math.max(px(s, 170), Math.round((room?.width ?? 0) * 0.4)) };
}

/**
 * Each name as the axis shows it: wrapped to `width` px on lines of even length (see
 * balanced-lines.ts), or cut to it on one line. The names are set here rather than by echarts'
 * overflow, which reserves the whole `width` for every name (and a little more): short names left
 * the bars and their values without room on a narrow wall.
 */
export function setNames(names: readonly string[], overflow: 'break' | 'truncate', width: number, fontSize: number): Map<string, string> {
  return new Map(names.map((name) => [name, overflow === 'break' ? balancedLines(name, width, fontSize).join('\n') : cutToWidth(name, width, fontSize)]));
}

/** The height of one bar's row beside horizontal bars (the chart less its top and bottom margins); Infinity where the room is not known. */
const rowHeight = (s: ChartStyle, rows: number, room?: ChartRoom) => (room ? (room.height - 2 * px(s, 8)) / Math.max(1, rows) : Infinity);

/** A bar's thickness where each name sits on its own line above its bar. */
const STACKED_BAR = 12;
const NAME_GAP = 8;

/**
 * Whether horizontal bars set their names above them rather than beside: where the names and the
 * values beside them would leave the bars under half of the chart (a wall panel split in two; long
 * names such as the service halls'), and each row has the height for a line of text over a bar.
 * One series only.
 */
export function stackedNames(s: ChartStyle, rows: number, sideBySide: { names: number; values: number }, room?: ChartRoom): boolean {
  if (!room) return false;
  const plot = room.width - px(s, 8) - sideBySide.names - NAME_GAP - sideBySide.values - px(s, 12);
  const line = categoryLabel(s, false);
  return plot < 0.5 * room.width && rowHeight(s, rows, room) >= line.fontSize * 1.3 + px(s, STACKED_BAR) + px(s, 6);
}

/** Bars per category. Horizontal bars carry their values as labels, so their value axis is hidden. */
function categoryOption(d: CategoryData, s: ChartStyle, horizontal: boolean, room?: ChartRoom): ChartOption {
  const two = d.series.length === 2;
  const names = horizontal ? hbarNames(s, d.categories.length, room) : null;
  // Symbols stay (4.6%, -7℃); a count's unit is in the title; a converted unit shows (37.98亿元, 3.80B CNY).
  const labelOf = (unit: string) => (p: { value: unknown }) => valueLabel(p.value, unit, d.numbers);
  // The value labels' room beside the bars, in screen px: they are not part of any axis the layout
  // measures. A negative value's label sits at its bar's end too, left of the zero line.
  const labelRoom = (negative: boolean, least: number) =>
    Math.ceil(1.08 * Math.max(least, ...d.series.flatMap((ser) => ser.values.filter((v) => v !== null && (v < 0) === negative).map((v) => textWidth(labelOf(ser.unit)({ value: v }), px(s, s.text))))));
  const valueRoom = labelRoom(false, px(s, 12));
  const negativeRoom = horizontal ? labelRoom(true, 0) : 0;
  const sideways = negativeRoom > 0 ? negativeRoom + px(s, 5) : 0;
  let label = horizontal ? names!.label : categoryLabel(s, false);
  let shown = setNames(d.categories, names?.overflow ?? 'break', names?.width ?? px(s, 120), label.fontSize);
  // Beside horizontal bars the layout is ours: echarts 6 fitting the names (outerBounds) kept a
  // quarter more than they take on the left and gave the value labels less than asked on the right.
  const widest = (set: Map<string, string>, size: number) => Math.ceil(1.08 * Math.max(0, ...[...set.values()].flatMap((n) => n.split('\n').map((line) => textWidth(line, size)))));
  const namesBeside = widest(shown, label.fontSize);
  const stacked = horizontal && !two && stackedNames(s, d.categories.length, { names: namesBeside + sideways, values: valueRoom }, room);
  if (stacked) {
    // Each name on one line over its bar, as wide as the chart (the values are beside the bars, below the names).
    const line = categoryLabel(s, false);
    label = { ...line, lineHeight: Math.round(line.fontSize * 1.3) };
    shown = setNames(d.categories, 'truncate', room!.width - 2 * px(s, 8), label.fontSize);
  }
  // Over its name a bar takes about a third of its row, between 12 and 22 design px (only stacked bars use it, where the room is known).
  const barThickness = Math.max(px(s, STACKED_BAR), Math.min(px(s, 22), Math.floor(rowHeight(s, d.categories.length, room) * 0.35)));
  const catAxis = {
    type: 'category' as const,
    data: d.categories,
    // A long name wraps rather than being cut (Public security risks) where there is the height: see hbarNames.
    axisLabel: stacked
      // The names keep to the chart's left edge; negative values' labels take the room between them and the zero line's side.
      ? { ...label, interval: 0, inside: true, margin: -sideways, align: 'left' as const, verticalAlign: 'bottom' as const, padding: [0, 0, Math.ceil(barThickness / 2) + px(s, 3), 0], formatter: (name: string) => shown.get(name) ?? name }
      : { ...label, interval: 0, margin: NAME_GAP + sideways, formatter: (name: string) => shown.get(name) ?? name },
    axisLine: { show: !stacked, lineStyle: { color: ink.axis } },
    axisTick: { show: false },
    inverse: horizontal,
  };
  const valueAxes = d.series.slice(0, 2).map((_, i) => ({
    ...valueAxis(s),
    scale: false,
    show: !horizontal,
    splitLine: { show: i === 0, lineStyle: { color: ink.split } },
  }));
  // A bar's end is rounded, its base square; a negative value's bar ends on the other side, its label past that end.
  const rounded = (negative: boolean) => {
    const r = px(s, 4);
    if (horizontal) return negative ? [r, 0, 0, r] : [0, r, r, 0];
    return negative ? [0, 0, r, r] : [r, r, 0, 0];
  };
  const negativeBar = { label: { position: horizontal ? ('left' as const) : ('bottom' as const) }, itemStyle: { borderRadius: rounded(true) } };
  const series: ChartSeries[] = d.series.map((ser, i) => ({
    id: ser.name,
    name: ser.name,
    type: 'bar',
    data: ser.values.map((v) => (v !== null && v < 0 ? { value: v, ...negativeBar } : v)),
    ...(stacked ? { barWidth: barThickness } : { barMaxWidth: px(s, 26) }),
    ...(horizontal ? { xAxisIndex: two ? i : 0 } : { yAxisIndex: two ? i : 0 }),
    label: { show: horizontal || !two, position: horizontal ? 'right' : 'top', ...text(s), formatter: labelOf(ser.unit) },
    tooltip: { valueFormatter: (v: unknown) => tooltipValue(v, ser.unit, d.numbers) },
    itemStyle: { borderRadius: rounded(false) },
  }));
  const b = base(s);
  const left = (stacked ? px(s, 8) : px(s, 8) + namesBeside + NAME_GAP) + sideways;
  return {
    ...b,
    grid: horizontal
      ? { ...(b.grid as object), outerBoundsMode: 'none', left, right: valueRoom + px(s, 12), top: px(s, 8) }
      : { ...(b.grid as object), top: px(s, 32) },
    tooltip: { ...b.tooltip, trigger: 'axis' },
    xAxis: horizontal ? valueAxes : catAxis,
    yAxis: horizontal ? catAxis : valueAxes,
    series,
  };
}

/**
 * The names sit at the chart's left and right edges and wrap within about a third of its width: set
 * beside the slices they ran off the chart's sides ("an blueberries" for Huanan blueberries).
 */
function pieOption(d: CategoryData, s: ChartStyle, room?: ChartRoom): ChartOption {
  const values = d.series[0]?.values ?? [];
  const b = base(s);
  // A name wraps between its words, never inside one (blueberrie / s on the wall's small pie).
  const longestWord = Math.ceil(Math.max(0, ...d.categories.flatMap((c) => c.split(/\s+/)).map((w) => textWidth(w, px(s, s.text)))) + 2);
  return {
    ...b,
    tooltip: { ...b.tooltip, trigger: 'item', valueFormatter: (v: unknown) => tooltipValue(v, d.series[0]?.unit ?? '', d.numbers) },
    series: [
      {
        id: 'pie',
        type: 'pie',
        radius: ['36%', '60%'],
        center: ['50%', '52%'],
        avoidLabelOverlap: true,
        minShowLabelAngle: 8,
        itemStyle: { borderColor: '#0b1a2e', borderWidth: px(s, 2) },
        label: { ...text(s), formatter: '{b}\n{d}%', lineHeight: px(s, s.text + 4), alignTo: 'edge', edgeDistance: px(s, 4), width: Math.max(longestWord, room ? Math.round(room.width * 0.3) : px(s, 96)), overflow: 'break' },
        labelLine: { length: px(s, 8), length2: px(s, 6) },
        data: d.categories.map((name, i) => ({ name, value: values[i] ?? 0 })),
      },
    ],
  };
}

/** `room`: the chart's size on screen where it is known (see use-chart-room.ts). */
export function chartOption(decl: Pick<ChartDecl, 'kind'>, d: ChartData, s: ChartStyle, room?: ChartRoom): ChartOption {
  if (d.shape === 'time') return timeOption(d, s, decl.kind === 'bar', room);
  if (decl.kind === 'pie') return pieOption(d, s, room);
  return categoryOption(d, s, decl.kind === 'hbar', room);
}
