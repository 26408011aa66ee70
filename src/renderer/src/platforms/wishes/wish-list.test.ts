import { describe, expect, it } from 'vitest';
import type { Wish } from '../../../../shared/domain/model.ts';
import { daysWaiting, wishCounts, wishesIn } from './wish-list.ts';

let n = 0;
const wish = (state: Wish['state'], createdAt: string, claimedAt: string | null = null): Wish => ({
  id: `0190a0b0-0000-7000-8000-${String(++n).padStart(12, '0')}`, title: `心愿${n}`, communityCode: '230803001001',
  state, claimedBy: state === 'open' ? null : '党员1', createdAt, claimedAt,
});

describe('the 微心愿 list', () => {
  const oldOpen = wish('open', '2026-11-01T01:00:00.000Z');
  const newOpen = wish('open', '2026-11-20T01:00:00.000Z');
  const claimedEarly = wish('claimed', '2026-10-01T01:00:00.000Z', '2026-10-02T01:00:00.000Z');
  const claimedLate = wish('claimed', '2026-10-05T01:00:00.000Z', '2026-11-25T01:00:00.000Z');
  const done = wish('fulfilled', '2026-09-01T01:00:00.000Z', '2026-09-03T01:00:00.000Z');
  const all = [claimedEarly, newOpen, done, oldOpen, claimedLate];

  it('counts each state and the whole', () => {
    expect(wishCounts(all)).toEqual({ open: 2, claimed: 2, fulfilled: 1, all: 5 });
  });

  it('lists the waiting ones longest first, the taken ones latest taken first, and the waiting ones first of all', () => {
    expect(wishesIn(all, 'open')).toEqual([oldOpen, newOpen]);
    expect(wishesIn(all, 'claimed')).toEqual([claimedLate, claimedEarly]);
    expect(wishesIn(all, 'all')).toEqual([oldOpen, newOpen, claimedLate, claimedEarly, done]);
  });

  it('counts whole days waited', () => {
    expect(daysWaiting(oldOpen, Date.parse('2026-11-29T00:59:00.000Z'))).toBe(27);
    expect(daysWaiting(oldOpen, Date.parse('2026-10-01T00:00:00.000Z'))).toBe(0);
  });
});
