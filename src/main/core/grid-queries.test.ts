import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case.ts';
import { at, toResolved, walk } from '../../shared/domain/case-workflow.fixtures.ts';
import { caseLight, gridStatuses } from './grid-queries.ts';

const GRID = '230803001001001';
// The walk reports at T0 and submits the result 4 minutes later; the verification clock starts then.
const resolved = { ...walk(toResolved).c, gridCode: GRID } as Case;
const justAfter = at(10);

describe('a case\'s light on the map', () => {
  it('is its verification clock\'s while the result came in time', () => {
    const inTime = { ...resolved, deadlineAt: at(60) };
    expect(caseLight(inTime, justAfter)).toBe('green');
    expect(gridStatuses([inTime], justAfter)).toEqual([{ gridCode: GRID, open: 1, yellow: 0, red: 0 }]);
  });

  it('is red when the result came after the deadline, as the 已超期 queue and 超期数 count it', () => {
    const late = { ...resolved, deadlineAt: at(2) };
    expect(caseLight(late, justAfter)).toBe('red');
    expect(gridStatuses([late], justAfter)).toEqual([{ gridCode: GRID, open: 1, yellow: 0, red: 1 }]);
  });
});
