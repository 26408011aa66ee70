import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../../../shared/contract.ts';
import { steadyList } from './steady-list.ts';

const item = (id: string, title = id) => ({ id, title }) as CaseListItem;

describe('a list that holds still under the pointer', () => {
  it('passes the list through when nothing is held', () => {
    const latest = [item('a'), item('b')];
    expect(steadyList(latest, null)).toEqual({ cases: latest, heldBack: 0 });
  });
  it('holds back cases new to the list and counts them, so the rows shown keep their places', () => {
    const { cases, heldBack } = steadyList([item('new'), item('a'), item('b')], new Set(['a', 'b']));
    expect(cases.map((c) => c.id)).toEqual(['a', 'b']);
    expect(heldBack).toBe(1);
  });
  it('applies changes to the rows shown and lets rows leave', () => {
    const { cases } = steadyList([item('b', 'changed')], new Set(['a', 'b']));
    expect(cases).toEqual([item('b', 'changed')]);
  });
});
