// Times in each language, on a 24-hour clock, in the workstation's own zone.
import { describe, expect, it } from 'vitest';
import { dateTimeText } from './date-time.ts';

const local = (...parts: [number, number, number, number, number, number]) => new Date(...parts).toISOString();

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
});
