import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../../../shared/contract.ts';
import { parseDispatchLink } from './dispatch-link.ts';
import { applyFilter } from './list-filters.ts';

let n = 0;
const item = (fields: Partial<CaseListItem>): CaseListItem => {
  n += 1;
  return {
    id: `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`, code: null, title: `case ${n}`, description: '', address: '', source: 'hotline',
    platform: 'urban', gridCode: null, point: [130.36, 46.8], reporter: '', state: 'reported', categoryCode: '0101', categoryKind: '部件',
    priority: 'normal', countyCode: null, townCode: null, departmentId: null, seatId: null, reportedAt: '2026-11-26T01:00:00.000Z', filedAt: null,
    dispatchedAt: null, signedAt: null, resolvedAt: null, verifiedAt: null, closedAt: null, ratedAt: null, deadlineAt: null,
    updatedAt: '2026-11-26T01:00:00.000Z', reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: null,
    pendingExtensionReason: null, pendingParkReason: null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
    instructionCount: 0, satisfaction: null, selfResolved: false, version: 1, eventSeq: 1, headHash: null, pending: false, ...fields,
  } as CaseListItem;
};

describe('list filters', () => {
  const now = '2026-11-26T02:00:00.000Z';
  const a = item({ priority: 'normal', platform: 'urban', source: 'hotline', townCode: '230803001000', gridCode: '230803001001001' });
  const b = item({ priority: 'critical', platform: 'agriculture', source: 'sensor', categoryKind: '事件', categoryCode: '0201' });
  const c = item({ priority: 'urgent', platform: 'urban', source: 'grid-worker', deadlineAt: '2026-11-26T03:00:00.000Z' });
  const all = [a, b, c];

  it('keeps only cases matching every chosen field', () => {
    expect(applyFilter(all, { platform: 'urban' }, 'newest', now)).toEqual([a, c]);
    expect(applyFilter(all, { platform: 'urban', source: 'hotline' }, 'newest', now)).toEqual([a]);
    expect(applyFilter(all, { category: '事件:0201' }, 'newest', now)).toEqual([b]);
    expect(applyFilter(all, { town: '230803001000' }, 'newest', now)).toEqual([a]);
    expect(applyFilter(all, { grid: '230803001001001' }, 'newest', now)).toEqual([a]);
    expect(applyFilter(all, { priority: 'urgent' }, 'newest', now)).toEqual([c]);
    expect(applyFilter(all, {}, 'newest', now)).toEqual(all);
  });

  it('sorts by priority and by deadline, keeping the list order on ties', () => {
    expect(applyFilter(all, {}, 'priority', now)).toEqual([b, c, a]);
    expect(applyFilter(all, {}, 'deadline', now)).toEqual([c, a, b]);
  });

  it('reads queue, platform and search text from a deep link and ignores unknown values', () => {
    expect(parseDispatchLink('#/dispatch?queue=overdue&platform=urban&q=%E4%BA%95%E7%9B%96')).toEqual({ queue: 'overdue', platform: 'urban', q: '井盖' });
    expect(parseDispatchLink('#/dispatch?queue=nope&platform=mars')).toEqual({});
    expect(parseDispatchLink('#/platforms?queue=overdue')).toEqual({});
    // A chart bar's categories; a malformed list is ignored as a whole.
    expect(parseDispatchLink('#/dispatch?queue=accepted&platform=grid&categories=%E4%BA%8B%E4%BB%B6:0101,%E4%BA%8B%E4%BB%B6:0102'))
      .toEqual({ queue: 'accepted', platform: 'grid', categories: '事件:0101,事件:0102' });
    expect(parseDispatchLink('#/dispatch?categories=0101,,')).toEqual({});
  });
});
