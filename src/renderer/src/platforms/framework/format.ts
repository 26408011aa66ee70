// Numbers for a wall: short (万 / 亿 instead of long digit runs), the unit
// apart so it can be set smaller, and changes with their direction.

export type Amount = { text: string; unit: string };

// One formatter per precision, made once: building Intl formatters per number was a hot spot.
const formatters = [0, 1, 2].map((d) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }));
const fixed = (v: number, digits: 0 | 1 | 2) => formatters[digits]!.format(v);

/** 1234567 件 → 123.5 万件; 23456 万元 → 2.35 亿元; levels keep one decimal. */
export function formatAmount(value: number | null, unit: string): Amount {
  if (value === null || !Number.isFinite(value)) return { text: '—', unit };
  if (unit === '%') return { text: fixed(value, 1), unit };
  if (unit.startsWith('万') && Math.abs(value) >= 10_000) return { text: fixed(value / 10_000, 2), unit: `亿${unit.slice(1)}` };
  if (Math.abs(value) >= 100_000_000) return { text: fixed(value / 100_000_000, 2), unit: `亿${unit}` };
  if (Math.abs(value) >= 1_000_000) return { text: fixed(value / 10_000, 1), unit: `万${unit}` };
  const digits = Number.isInteger(value) || Math.abs(value) >= 1000 ? 0 : Math.abs(value) < 1 ? 2 : 1;
  return { text: fixed(value, digits), unit };
}

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
