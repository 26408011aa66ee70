// Numbers for a wall: short (万 / 亿 instead of long digit runs; M and B in
// English), the unit apart so it can be set smaller, and changes with their direction.

export type Amount = { text: string; unit: string };

// One formatter per precision, made once: building Intl formatters per number was a hot spot.
// zh-CN groups and points digits as English does (1,234.5), so both languages use these.
const formatters = [0, 1, 2].map((d) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }));
const fixed = (v: number, digits: 0 | 1 | 2) => formatters[digits]!.format(v);

/** A whole number with its digits grouped (8,634), unscaled: for counts set beside their fractions. */
export const groupedInteger = (v: number): string => fixed(v, 0);

/** How the language in use writes amounts: see numberStyle. */
export type NumberStyle = 'zh' | 'en';

/** The language's way with amounts, as its texts name it (platforms.numberStyle). */
export const numberStyle = (t: (key: string) => string): NumberStyle => (t('platforms.numberStyle') === 'en' ? 'en' : 'zh');

/**
 * The Chinese units of the metric catalog (src/shared/metrics.ts) and the KPI texts, in English: the
 * word (none for a plain count) and, for a 万 unit, the factor to its base unit.
 */
const ENGLISH_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  件: ['', 1], 次: ['', 1], 人: ['', 1], 个: ['', 1], 人次: ['visits', 1], 剂次: ['doses', 1], 单: ['orders', 1], 批: ['batches', 1],
  公里: ['km', 1], 分钟: ['min', 1], 小时: ['h', 1], 万亩: ['mu', 10_000], 万元: ['CNY', 10_000], 吨标煤: ['tce', 1], '℃': ['°C', 1],
};
/** A temperature is read to a tenth of a degree, whatever its size (-0.8℃ beside -3.2℃, not -0.80℃). */
const TENTHS = new Set(['℃', '°C']);
const digitsOf = (v: number, unit: string): 0 | 1 | 2 =>
  Number.isInteger(v) || Math.abs(v) >= 1000 ? 0 : TENTHS.has(unit) || Math.abs(v) >= 1 ? 1 : 2;

/** English: the unit in English words, 万 units in their base unit, millions and billions as M and B (12.3M CNY). */
function formatEnglish(value: number | null, unit: string): Amount {
  const [word, factor] = ENGLISH_UNITS[unit] ?? [unit, 1];
  if (value === null || !Number.isFinite(value)) return { text: '—', unit: word };
  const v = value * factor;
  if (word === '%') return { text: fixed(v, 1), unit: word };
  const scaled = (magnitude: string) => (word ? `${magnitude} ${word}` : magnitude);
  // From where millions would round to 1,000.0M, billions.
  if (Math.abs(v) >= 999_950_000) return { text: fixed(v / 1_000_000_000, 2), unit: scaled('B') };
  if (Math.abs(v) >= 1_000_000) return { text: fixed(v / 1_000_000, 1), unit: scaled('M') };
  return { text: fixed(v, digitsOf(v, word)), unit: word };
}

/** 1234567 件 → 123.5 万件; 23456 万元 → 2.35 亿元; levels keep one decimal. In English: 1.2M; 234.6M CNY. */
export function formatAmount(value: number | null, unit: string, style: NumberStyle = 'zh'): Amount {
  if (style === 'en') return formatEnglish(value, unit);
  if (value === null || !Number.isFinite(value)) return { text: '—', unit };
  if (unit === '%') return { text: fixed(value, 1), unit };
  if (unit.startsWith('万') && Math.abs(value) >= 10_000) return { text: fixed(value / 10_000, 2), unit: `亿${unit.slice(1)}` };
  // From where 万 would round to 10,000.0万, 亿.
  if (Math.abs(value) >= 99_999_500) return { text: fixed(value / 100_000_000, 2), unit: `亿${unit}` };
  if (Math.abs(value) >= 1_000_000) return { text: fixed(value / 10_000, 1), unit: `万${unit}` };
  return { text: fixed(value, digitsOf(value, unit)), unit };
}

/** A count inside a sentence (a note, a tooltip): grouped and scaled as the figures are (22,068; 123.5万 / 1.2M). */
export function formatCount(value: number, style: NumberStyle = 'zh'): string {
  const a = formatAmount(value, '', style);
  return `${a.text}${a.unit}`;
}

/**
 * How wide a number is set, in ems of its bold figures (as wide as the widest of the fonts the
 * panels fall back to): the stylesheet shrinks the number to the tile's width by it (--pf-ems), so that
 * 197,501 or 16.24 is never cut, whatever the tile's width. The unit wraps under the number.
 */
export function numberEms(text: string): number {
  let ems = 0;
  // DejaVu Sans Bold, the widest of them (0.70 / 0.38 em); Microsoft YaHei and Noto Sans CJK are narrower.
  for (const ch of text) ems += /[0-9]/.test(ch) ? 0.7 : /[.,:]/.test(ch) ? 0.4 : /[-+\s]/.test(ch) ? 0.5 : 1;
  return Math.max(1, Math.round(ems * 100) / 100);
}

/** A month (1-12) as an axis names it. */
export const monthLabel = (month: number, style: NumberStyle): string =>
  style === 'en' ? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1] ?? String(month) : `${month}月`;

/** A rate (fraction 0..1) as percent. */
export const formatRate = (value: number | null): Amount => formatAmount(value === null ? null : value * 100, '%');

export type Change = { text: string; direction: 'up' | 'down' | 'flat' | 'none' };

/** Relative change in percent, or for rates the difference in percentage points. */
export function change(current: number | null, base: number | null, asPoints: boolean, pointsUnit = 'pp'): Change {
  if (current === null || base === null) return { text: '—', direction: 'none' };
  const delta = asPoints ? (current - base) * 100 : base === 0 ? null : ((current - base) / Math.abs(base)) * 100;
  if (delta === null) return { text: '—', direction: 'none' };
  const direction = Math.abs(delta) < 0.05 ? 'flat' : delta > 0 ? 'up' : 'down';
  const arrow = direction === 'up' ? '↑' : direction === 'down' ? '↓' : '';
  return { text: `${arrow}${Math.abs(delta).toFixed(Math.abs(delta) >= 100 ? 0 : 1)}${asPoints ? pointsUnit : '%'}`, direction };
}
