import { describe, expect, it } from 'vitest';
import type { CasePriority } from './model.ts';
import {
  categoryMajorCode,
  defaultSlaTable,
  findSlaRule,
  slaLight,
  slaLimitMinutes,
  slaStatus,
  type SlaCase,
  type SlaTable,
} from './sla.ts';

const cst = (local: string): string => new Date(Date.parse(`${local}+08:00`)).toISOString();
const limit = (categoryCode: string, categoryKind: string | null, priority: CasePriority, step: 'sign' | 'handle' | 'verify' = 'handle') =>
  slaLimitMinutes(defaultSlaTable, { categoryCode, categoryKind, priority }, step);

describe('the default table', () => {
  it('has the design defaults', () => {
    expect(limit('SG0107', '社会治理', 'normal', 'sign')).toBe(60);
    expect(limit('SG0107', '社会治理', 'normal')).toBe(4 * 450);
    expect(limit('SG0107', '社会治理', 'urgent')).toBe(240);
    expect(limit('SG0107', '社会治理', 'critical')).toBe(60);
    expect(limit('SG0107', '社会治理', 'normal', 'verify')).toBe(450);
  });

  it('has category limits for 一般 cases, which urgent ones do not lengthen', () => {
    expect(limit('0102', '事件', 'normal')).toBe(240); // 暴露垃圾
    expect(limit('0101', '事件', 'normal')).toBe(20 * 450); // 私搭乱建
    expect(limit('0101', '事件', 'urgent')).toBe(240);
    expect(limit('0101', '事件', 'critical')).toBe(60);
    expect(limit('ZW0103', '智慧政务', 'normal')).toBe(10 * 450);
  });

  it('keys CJ/T codes on their kind: 部件 0101 (上水井盖) is not 私搭乱建', () => {
    expect(limit('0101', '部件', 'normal')).toBe(4 * 450);
    expect(limit('0101', null, 'normal')).toBe(4 * 450);
  });

  it('falls back from the category to its 大类', () => {
    expect(limit('0499', '事件', 'normal')).toBe(240); // 突发事件 其他
    expect(limit('0499', '部件', 'normal')).toBe(4 * 450);
  });
});

describe('findSlaRule', () => {
  const table: SlaTable = [
    { step: 'handle', limit: { value: 1, unit: 'day' } },
    { step: 'handle', priority: 'urgent', limit: { value: 2, unit: 'hour' } },
    { step: 'handle', major: 'SG01', limit: { value: 3, unit: 'day' } },
    { step: 'handle', major: 'SG01', priority: 'urgent', limit: { value: 3, unit: 'hour' } },
    { step: 'handle', category: 'SG0107', limit: { value: 5, unit: 'day' } },
    { step: 'handle', category: 'SG0107', limit: { value: 6, unit: 'day' } },
  ];
  const find = (categoryCode: string, priority: CasePriority) => findSlaRule(table, { categoryCode, priority }, 'handle')?.limit;

  it('prefers category over 大类 over default, priority within a level, then the earlier row', () => {
    expect(find('SG0107', 'normal')).toEqual({ value: 5, unit: 'day' });
    expect(find('SG0107', 'urgent')).toEqual({ value: 5, unit: 'day' });
    expect(find('SG0108', 'normal')).toEqual({ value: 3, unit: 'day' });
    expect(find('SG0108', 'urgent')).toEqual({ value: 3, unit: 'hour' });
    expect(find('SG0201', 'urgent')).toEqual({ value: 2, unit: 'hour' });
    expect(find('SG0201', 'critical')).toEqual({ value: 1, unit: 'day' });
    expect(findSlaRule(table, { categoryCode: 'x', priority: 'normal' }, 'sign')).toBeNull();
  });

  it('uses the catalog 大类 when the caller knows it', () => {
    expect(findSlaRule(table, { categoryCode: 'X1', categoryMajorCode: 'SG01', priority: 'normal' }, 'handle')?.limit.value).toBe(3);
  });
});

describe('categoryMajorCode', () => {
  it('reads the 大类 from CJ/T, project and GB/T 47678.5 codes', () => {
    expect(categoryMajorCode('0102')).toBe('01');
    expect(categoryMajorCode('SG0107')).toBe('SG01');
    expect(categoryMajorCode('GB06010')).toBe('01');
    expect(categoryMajorCode('GB05002')).toBe('06');
    expect(categoryMajorCode('whatever')).toBeNull();
  });
});

describe('slaLight', () => {
  it('is green below 80 %, yellow up to 100 %, red beyond', () => {
    expect(slaLight(0, 100)).toBe('green');
    expect(slaLight(79.9, 100)).toBe('green');
    expect(slaLight(80, 100)).toBe('yellow');
    expect(slaLight(100, 100)).toBe('yellow');
    expect(slaLight(100.1, 100)).toBe('red');
  });
});

describe('slaStatus', () => {
  // 暴露垃圾, dispatched Thursday 09:00 China time: 4 working hours to handle.
  const dispatched: SlaCase = {
    categoryCode: '0102',
    categoryKind: '事件',
    priority: 'normal',
    state: 'dispatched',
    dispatchedAt: cst('2026-11-26T09:00:00'),
    signedAt: null,
    resolvedAt: null,
    verifiedAt: null,
    parkedAt: null,
    pausedMinutes: 0,
    extendedMinutes: 0,
  };

  it('warns at 80 % of the limit and turns red after it, skipping lunch', () => {
    const due = cst('2026-11-26T14:30:00'); // 3 h before noon + 1 h after 13:30
    const warn = cst('2026-11-26T13:42:00'); // 192 working minutes
    const at = (local: string) => slaStatus(dispatched, 'handle', cst(local))!;
    expect(at('2026-11-26T12:30:00')).toEqual({
      step: 'handle', limitMinutes: 240, elapsed: 180, remaining: 60, light: 'green', dueAt: due, warnAt: warn, running: true,
    });
    expect(at('2026-11-26T13:45:00')).toMatchObject({ elapsed: 195, light: 'yellow' });
    expect(at('2026-11-26T14:30:00')).toMatchObject({ elapsed: 240, remaining: 0, light: 'yellow' });
    expect(at('2026-11-26T14:31:00')).toMatchObject({ elapsed: 241, remaining: -1, light: 'red', dueAt: due });
  });

  it('runs the sign clock until signing, then freezes it', () => {
    expect(slaStatus(dispatched, 'sign', cst('2026-11-26T09:50:00'))).toMatchObject({ limitMinutes: 60, elapsed: 50, light: 'yellow' });
    const signed = { ...dispatched, state: 'signed', signedAt: cst('2026-11-26T09:20:00') } as const;
    expect(slaStatus(signed, 'sign', cst('2026-11-27T09:00:00'))).toMatchObject({ elapsed: 20, light: 'green', running: false });
  });

  it('adds extensions to the limit and keeps parked time off the clock', () => {
    const extended = { ...dispatched, extendedMinutes: 120 };
    expect(slaStatus(extended, 'handle', cst('2026-11-26T14:31:00'))).toMatchObject({ limitMinutes: 360, light: 'green' });

    const parked = { ...dispatched, state: 'parked', parkedAt: cst('2026-11-26T10:00:00') } as const;
    const whileParked = slaStatus(parked, 'handle', cst('2026-11-27T10:00:00'))!;
    expect(whileParked).toMatchObject({ elapsed: 60, remaining: 180, running: true });
    expect(whileParked.dueAt).toBe(cst('2026-11-27T14:30:00')); // as if resumed now: 180 minutes from Friday 10:00
    const recovered = { ...dispatched, state: 'handling', pausedMinutes: 450 } as const;
    expect(slaStatus(recovered, 'handle', cst('2026-11-27T10:00:00'))).toMatchObject({ elapsed: 60, dueAt: cst('2026-11-27T14:30:00') });
  });

  it('clocks verification from the submission', () => {
    const resolved = { ...dispatched, state: 'resolved', signedAt: dispatched.dispatchedAt, resolvedAt: cst('2026-11-26T10:00:00') } as const;
    expect(slaStatus(resolved, 'handle', cst('2026-11-30T10:00:00'))).toMatchObject({ elapsed: 60, running: false, light: 'green' });
    expect(slaStatus(resolved, 'verify', cst('2026-11-27T10:00:00'))).toMatchObject({ limitMinutes: 450, elapsed: 450, light: 'yellow' });
  });

  it('is null for a step that has not started or has no limit', () => {
    expect(slaStatus(dispatched, 'verify', cst('2026-11-26T10:00:00'))).toBeNull();
    expect(slaStatus({ ...dispatched, dispatchedAt: null }, 'sign', cst('2026-11-26T10:00:00'))).toBeNull();
    expect(slaStatus(dispatched, 'handle', cst('2026-11-26T10:00:00'), { table: [] })).toBeNull();
  });
});
