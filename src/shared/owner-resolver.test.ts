import { describe, expect, it } from 'vitest';
import { createOwnerResolver } from './owner-resolver.ts';
import type { ResponsibilityRule } from './owner-resolver.ts';

const rule = (over: Partial<ResponsibilityRule>): ResponsibilityRule => ({
  categoryKind: null,
  majorCode: null,
  minorCode: null,
  platform: 'urban',
  countyCode: null,
  townCode: null,
  departmentId: 'x',
  ...over,
});

const rules = [
  rule({ departmentId: 'platform-city' }),
  rule({ countyCode: 'C', departmentId: 'platform-county' }),
  rule({ categoryKind: '部件', majorCode: '01', departmentId: 'major-city' }),
  rule({ categoryKind: '部件', majorCode: '01', minorCode: '0101', departmentId: 'minor-city' }),
  rule({ categoryKind: '部件', majorCode: '01', minorCode: '0101', countyCode: 'C', departmentId: 'minor-county' }),
  rule({ categoryKind: '部件', majorCode: '01', minorCode: '0101', countyCode: 'C', townCode: 'T', departmentId: 'minor-town' }),
];

describe('createOwnerResolver', () => {
  const resolve = createOwnerResolver(rules);

  it('prefers the most specific category, then the most specific area', () => {
    const q = { platform: 'urban', categoryKind: '部件', majorCode: '01', minorCode: '0101' } as const;
    expect(resolve({ ...q, countyCode: 'C', townCode: 'T' })).toBe('minor-town');
    expect(resolve({ ...q, countyCode: 'C', townCode: 'U' })).toBe('minor-county');
    expect(resolve({ ...q, countyCode: 'D' })).toBe('minor-city');
    expect(resolve({ ...q, minorCode: '0102', countyCode: 'C' })).toBe('major-city');
    expect(resolve({ platform: 'urban', categoryKind: '事件', majorCode: '01', countyCode: 'C' })).toBe('platform-county');
    expect(resolve({ platform: 'urban' })).toBe('platform-city');
    expect(resolve({ platform: 'grid' })).toBeNull();
  });

  it('keeps 部件 and 事件 codes apart', () => {
    expect(resolve({ platform: 'urban', categoryKind: '事件', majorCode: '01', minorCode: '0101' })).toBe('platform-city');
  });

  it('refuses two owners for one key', () => {
    expect(() => createOwnerResolver([...rules, rule({ departmentId: 'again' })])).toThrow(/two owners/);
  });
});
