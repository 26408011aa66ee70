import { describe, expect, it } from 'vitest';
import { createCaseChangeLog } from './case-changes.ts';

describe('the ids changed between loads of a case list', () => {
  it('knows nothing for the first load, then what the events named since the load before', () => {
    const log = createCaseChangeLog();
    log.note(['a']);
    const first = log.begin();
    log.note(['b']);
    log.note(['c', 'b']);
    const second = log.begin();
    expect(log.answered(first)).toBeNull();
    expect([...log.answered(second)!].sort()).toEqual(['b', 'c']);
    expect([...log.answered(log.begin())!]).toEqual([]);
  });

  it('folds an earlier load still in flight (or failed) into a later answer, and drops its late answer', () => {
    const log = createCaseChangeLog();
    log.answered(log.begin());
    log.note(['a']);
    const slow = log.begin();
    log.note(['b']);
    const fast = log.begin();
    expect([...log.answered(fast)!].sort()).toEqual(['a', 'b']);
    expect(log.answered(slow)).toBeUndefined();
  });

  it('knows nothing after a reset (an event that names no ids)', () => {
    const log = createCaseChangeLog();
    log.answered(log.begin());
    log.note(['a']);
    log.note([]);
    log.note(['b']);
    expect(log.answered(log.begin())).toBeNull();
  });
});
