import { describe, expect, it } from 'vitest';
import { tickTime } from './tick-time.ts';

// China times, as the wall's clock shows them (in any zone the PC is set to).
const at = (y: number, m: number, d: number, h: number, min: number) => new Date(Date.UTC(y, m - 1, d, h - 8, min)).toISOString();
const now = Date.parse(at(2026, 11, 28, 13, 5));

describe('ticker time', () => {
  it("shows only the time of day for today's cases", () => {
    expect(tickTime(at(2026, 11, 28, 4, 55), now, 'zh-CN')).toBe('04:55');
    expect(tickTime(at(2026, 11, 28, 0, 7), now, 'en')).toBe('00:07');
  });

  it('shows the date for anything older, in the language of the wall', () => {
    expect(tickTime(at(2026, 8, 2, 4, 55), now, 'zh-CN')).toMatch(/^8月2日\s*04:55$/);
    expect(tickTime(at(2026, 8, 2, 4, 55), now, 'en')).toMatch(/^2 Aug,?\s*04:55$/);
    // Yesterday shortly before midnight is not today.
    expect(tickTime(at(2026, 11, 27, 23, 59), now, 'en')).toMatch(/^27 Nov,?\s*23:59$/);
  });

  it('adds the year for another year', () => {
    expect(tickTime(at(2025, 12, 30, 9, 0), now, 'zh-CN')).toMatch(/^2025年12月30日\s*09:00$/);
    expect(tickTime(at(2025, 12, 30, 9, 0), now, 'en')).toMatch(/^30 Dec 2025,?\s*09:00$/);
  });
});
