import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../../../shared/contract.ts';
import { concerns, noticeFor, see } from './notice-rules.ts';

const base = {
  id: '0190a0b0-0000-7000-8000-000000000001', code: 'JQ-20261126-0001', title: '井盖缺失', description: '', address: '', source: 'hotline',
  platform: 'urban', gridCode: null, point: [130.36, 46.8], reporter: '', state: 'filed', categoryCode: '0101', categoryKind: '部件',
  priority: 'normal', countyCode: null, townCode: null, departmentId: 'chengguan', seatId: 'seat-a', reportedAt: '2026-11-26T01:00:00.000Z', filedAt: null,
  dispatchedAt: null, signedAt: null, resolvedAt: null, verifiedAt: null, closedAt: null, ratedAt: null, deadlineAt: null,
  updatedAt: '2026-11-26T01:00:00.000Z', reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: null,
  pendingExtensionReason: null, pendingParkReason: null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
  instructionCount: 0, satisfaction: null, selfResolved: false, version: 1, eventSeq: 1, headHash: null, pending: false,
} as CaseListItem;
const now = '2026-11-26T02:00:00.000Z';
const seat = { role: 'seat', seatId: 'seat-a' };
const center = { role: 'dispatcher', seatId: null };

describe('notice rules', () => {
  it('tells a seat about a case newly dispatched to it, once', () => {
    const dispatched = see({ ...base, state: 'dispatched' }, now);
    expect(noticeFor(seat, see(base, now), dispatched)).toBe('assigned');
    expect(noticeFor(seat, undefined, dispatched)).toBe('assigned');
    expect(noticeFor(seat, dispatched, dispatched)).toBeNull();
    expect(noticeFor(center, see(base, now), dispatched)).toBeNull();
  });

  it('tells a seat its case came back for rework, and that its request was decided', () => {
    const submitted = see({ ...base, state: 'resolved' }, now);
    expect(noticeFor(seat, submitted, see({ ...base, state: 'handling', reworkCount: 1 }, now))).toBe('rework');
    const asked = see({ ...base, state: 'handling', pendingExtensionHours: 24, pendingExtensionReason: '需协调' }, now);
    expect(noticeFor(seat, asked, see({ ...base, state: 'handling', extensionCount: 1 }, now))).toBe('extensionDecided');
    expect(noticeFor(seat, asked, asked)).toBeNull();
    const parking = see({ ...base, state: 'handling', pendingParkReason: '纳入年度计划' }, now);
    expect(noticeFor(seat, parking, see({ ...base, state: 'parked' }, now))).toBe('parkDecided');
    expect(noticeFor(center, asked, see({ ...base, state: 'handling' }, now))).toBeNull();
  });

  it('tells whoever holds the case of a new escalation, and about a light turning yellow', () => {
    expect(noticeFor(center, see(base, now), see({ ...base, supervisionCount: 1 }, now))).toBe('supervised');
    // At a seat, a 督办 presses the seat: the center, which issued it, is not told of its own act.
    const handling = see({ ...base, state: 'handling' }, now);
    expect(noticeFor(seat, handling, see({ ...base, state: 'handling', supervisionCount: 1 }, now))).toBe('supervised');
    expect(noticeFor(center, handling, see({ ...base, state: 'handling', supervisionCount: 1 }, now))).toBeNull();
    expect(noticeFor(center, { c: base, yellow: false }, { c: base, yellow: true })).toBe('breach');
    expect(noticeFor(center, { c: base, yellow: true }, { c: base, yellow: true })).toBeNull();
  });

  it('a seat hears only about its own cases', () => {
    expect(concerns(seat, base)).toBe(true);
    expect(concerns(seat, { ...base, seatId: 'seat-b' })).toBe(false);
    expect(concerns(center, { ...base, seatId: 'seat-b' })).toBe(true);
  });
});
