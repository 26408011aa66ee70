import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingMinutes,
  chinaWorkCalendar,
  isChineseWorkday,
  localDateOf,
  makeWorkCalendar,
  workdayMinutes,
  workingMinutesBetween,
} from './work-calendar.ts';

/** China local wall-clock time (UTC+8) as a UTC ISO string. */
const cst = (local: string): string => new Date(Date.parse(`${local}+08:00`)).toISOString();

describe('the national calendar (chinese-days)', () => {
  it('knows weekends, National Day and 2026 make-up workdays', () => {
    expect(isChineseWorkday('2026-11-26')).toBe(true); // Thursday
    expect(isChineseWorkday('2026-11-28')).toBe(false); // Saturday
    for (const day of ['01', '02', '03', '04', '05', '06', '07']) expect(isChineseWorkday(`2026-10-${day}`)).toBe(false);
    expect(isChineseWorkday('2026-10-08')).toBe(true);
    expect(isChineseWorkday('2026-10-10')).toBe(true); // Saturday, 国庆 调休
    expect(isChineseWorkday('2026-09-20')).toBe(true); // Sunday, 国庆 调休
    expect(isChineseWorkday('2026-02-14')).toBe(true); // Saturday, 春节 调休
    expect(isChineseWorkday('2026-02-17')).toBe(false); // 春节
  });

  it('has 7.5 working hours a day', () => {
    expect(workdayMinutes(chinaWorkCalendar)).toBe(450);
  });
});

describe('addWorkingMinutes', () => {
  const cases: [string, string, number, string][] = [
    ['inside a period', '2026-11-26T09:00:00', 60, '2026-11-26T10:00:00'],
    ['across the lunch break', '2026-11-26T11:30:00', 60, '2026-11-26T14:00:00'],
    ['used up exactly at noon stays at noon', '2026-11-26T11:00:00', 60, '2026-11-26T12:00:00'],
    ['started in the lunch break', '2026-11-26T12:30:00', 30, '2026-11-26T14:00:00'],
    ['started before work', '2026-11-26T06:00:00', 30, '2026-11-26T09:00:00'],
    ['across the night', '2026-11-26T17:00:00', 60, '2026-11-27T09:00:00'],
    ['across a weekend', '2026-11-27T17:00:00', 60, '2026-11-30T09:00:00'],
    ['started on a Saturday night', '2026-11-28T18:00:00', 30, '2026-11-30T09:00:00'],
    ['one working day is the same time next working day', '2026-11-26T15:00:00', 450, '2026-11-27T15:00:00'],
    ['over National Day', '2026-09-30T17:00:00', 60, '2026-10-08T09:00:00'],
    ['onto the make-up Saturday', '2026-10-09T17:00:00', 60, '2026-10-10T09:00:00'],
    ['filling the make-up Saturday exactly', '2026-10-09T17:00:00', 480, '2026-10-10T17:30:00'],
    ['over the make-up Saturday and the Sunday after', '2026-10-09T17:00:00', 490, '2026-10-12T08:40:00'],
    ['onto the make-up Sunday', '2026-09-18T17:00:00', 60, '2026-09-20T09:00:00'],
  ];
  it.each(cases)('%s', (_, start, minutes, expected) => {
    expect(addWorkingMinutes(cst(start), minutes)).toBe(cst(expected));
  });

  it('returns the start itself for zero minutes and refuses negative ones', () => {
    expect(addWorkingMinutes('2026-11-28T10:00:00Z', 0)).toBe('2026-11-28T10:00:00.000Z');
    expect(() => addWorkingMinutes('2026-11-28T10:00:00Z', -1)).toThrow(RangeError);
    expect(() => addWorkingMinutes('not a time', 1)).toThrow(RangeError);
  });
});

describe('workingMinutesBetween', () => {
  const cases: [string, string, string, number][] = [
    ['a whole working day', '2026-11-26T00:00:00', '2026-11-27T00:00:00', 450],
    ['across lunch', '2026-11-26T11:00:00', '2026-11-26T14:00:00', 90],
    ['inside lunch', '2026-11-26T12:10:00', '2026-11-26T13:20:00', 0],
    ['overnight', '2026-11-26T17:00:00', '2026-11-27T09:00:00', 60],
    ['a week', '2026-11-23T00:00:00', '2026-11-30T00:00:00', 5 * 450],
    ['a weekend', '2026-11-27T17:30:00', '2026-11-30T08:30:00', 0],
    ['National Day', '2026-10-01T00:00:00', '2026-10-08T00:00:00', 0],
    ['the week after National Day with its make-up Saturday', '2026-10-01T00:00:00', '2026-10-11T00:00:00', 3 * 450],
  ];
  it.each(cases)('%s', (_, from, to, expected) => {
    expect(workingMinutesBetween(cst(from), cst(to))).toBe(expected);
  });

  it('is negative when the end comes first', () => {
    expect(workingMinutesBetween(cst('2026-11-26T14:00:00'), cst('2026-11-26T11:00:00'))).toBe(-90);
  });

  it('inverts addWorkingMinutes, and both are monotonic', () => {
    const start = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-12-20T00:00:00Z') });
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (ms, a, b) => {
        const from = new Date(ms).toISOString();
        const end = addWorkingMinutes(from, a);
        expect(workingMinutesBetween(from, end)).toBeCloseTo(a, 6);
        if (a <= b) expect(Date.parse(end)).toBeLessThanOrEqual(Date.parse(addWorkingMinutes(from, b)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('makeWorkCalendar', () => {
  it('takes its own periods, offset, rule and per-city overrides', () => {
    const utcNineToFive = makeWorkCalendar({
      periods: [['09:00', '17:00']],
      utcOffsetMinutes: 0,
      isWorkday: () => true,
      overrides: { '2026-11-28': false },
    });
    expect(workdayMinutes(utcNineToFive)).toBe(480);
    expect(addWorkingMinutes('2026-11-27T16:00:00Z', 120, utcNineToFive)).toBe('2026-11-29T10:00:00.000Z');
    const withLocalHoliday = makeWorkCalendar({ overrides: { '2026-11-27': false } });
    expect(addWorkingMinutes(cst('2026-11-26T17:00:00'), 60, withLocalHoliday)).toBe(cst('2026-11-30T09:00:00'));
  });

  it('rejects periods out of order, overlapping or empty', () => {
    expect(() => makeWorkCalendar({ periods: [] })).toThrow(RangeError);
    expect(() => makeWorkCalendar({ periods: [['13:00', '12:00']] })).toThrow(RangeError);
    expect(() => makeWorkCalendar({ periods: [['08:00', '12:00'], ['11:00', '14:00']] })).toThrow(RangeError);
    expect(() => makeWorkCalendar({ periods: [['8:00', '12:00']] })).toThrow(RangeError);
  });

  it('stops on a calendar without working days instead of looping forever', () => {
    const never = makeWorkCalendar({ isWorkday: () => false });
    expect(() => addWorkingMinutes('2026-11-26T00:00:00Z', 1, never)).toThrow(RangeError);
  });
});

describe('localDateOf', () => {
  it('dates instants in China time', () => {
    expect(localDateOf('2026-11-26T15:59:59Z')).toBe('2026-11-26');
    expect(localDateOf('2026-11-26T16:00:00Z')).toBe('2026-11-27');
  });
});
