import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, categoryKey } from './catalog.ts';
import { parseCsv } from './csv.ts';

const read = (name: string) => parseCsv(readFileSync(new URL(`../../resources/data/${name}`, import.meta.url), 'utf8'));

describe('category catalog', () => {
  const catalog = buildCatalog(read('case-categories.csv'), read('gbt47678-5-2026-directory.csv'));

  it('gives every row a unique key, telling 部件 0101 from 事件 0101', () => {
    expect(catalog).toHaveLength(366);
    expect(new Set(catalog.map((c) => c.code)).size).toBe(366);
    expect(catalog.find((c) => c.code === 'BJ0101')?.minorName).toBe('上水井盖');
    expect(catalog.find((c) => c.code === 'SJ0101')?.minorName).toBe('私搭乱建');
    expect(categoryKey('社会治理', 'SG0101')).toBe('SG0101');
  });

  it('carries the GB/T 47678.5-2026 code where the crosswalk has one', () => {
    expect(catalog.find((c) => c.code === 'BJ0101')?.gbCode).toBe('01001');
    expect(catalog.filter((c) => c.gbCode).length).toBeGreaterThan(150);
  });

  it('refuses an unknown platform with the row number', () => {
    expect(() => buildCatalog([{ kind: '部件', minor_code: '9901', platform: '智慧火星' }])).toThrow('第 2 行');
  });
});
