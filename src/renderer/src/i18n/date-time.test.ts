// Times in each language, on a 24-hour clock, on the center's clock (China time) in any zone.
import { describe, expect, it } from 'vitest';
import { dateTimeText } from './date-time.ts';

/** An instant given as China's wall-clock time (UTC+8), months from 0 as Date counts them. */
const local = (y: number, mo: number, d: number, h: number, mi: number, s: number) => new Date(Date.UTC(y, mo, d, h - 8, mi, s)).toISOString();

describe('date-time text', () => {
  it('writes an instant the way each language reads it', () => {
    const at = local(2026, 10, 27, 8, 3, 2);
    expect(dateTimeText(at, 'zh-CN')).toBe('2026/11/27 08:03:02');
    expect(dateTimeText(at, 'en')).toBe('27 Nov 2026, 08:03:02');
    expect(dateTimeText(local(2026, 10, 28, 0, 0, 0), 'en')).toBe('28 Nov 2026, 00:00:00');
    expect(dateTimeText(local(2026, 8, 3, 17, 5, 0), 'en')).toMatch(/^3 Sept? 2026, 17:05:00$/); // ICU writes Sept in en-GB
  });

  it('says nothing for no time, and leaves a time it cannot read as it is', () => {
    expect(dateTimeText(null, 'en')).toBe('—');
    expect(dateTimeText(undefined, 'zh-CN', '')).toBe('');
    expect(dateTimeText('soon', 'en')).toBe('soon');
  });

  it('reads the center’s clock, not the PC’s zone: 18:00 UTC is 02:00 the next day in China', () => {
    expect(dateTimeText('2026-12-08T18:00:00.000Z', 'zh-CN')).toBe('2026/12/9 02:00:00');
  });
});
