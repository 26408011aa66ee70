import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog, categoryKey, categoryNames, categoryPath } from './catalog.ts';
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

  it('has English names for every category, from the companion file', () => {
    const english = buildCatalog(read('case-categories.csv'), [], read('case-categories.en.csv'));
    expect(english.filter((c) => !c.en)).toEqual([]);
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
    expect(english.filter((c) => cjk.test(`${c.en!.kind}${c.en!.major}${c.en!.minor}`)).map((c) => c.code)).toEqual([]);
    // One Chinese name, one English name: a chart groups by the name it shows.
    const majors = new Map<string, Set<string>>();
    for (const c of english) (majors.get(`${c.kind}:${c.majorCode}`) ?? majors.set(`${c.kind}:${c.majorCode}`, new Set()).get(`${c.kind}:${c.majorCode}`)!).add(c.en!.major);
    expect([...majors].filter(([, names]) => names.size !== 1)).toEqual([]);
    expect(categoryNames(english.find((c) => c.code === 'BJ0101')!, 'en')).toEqual({ kind: 'Component', major: 'Public utilities', minor: 'Water supply manhole cover' });
    expect(categoryNames(english.find((c) => c.code === 'BJ0101')!, 'zh')).toEqual({ kind: '部件', major: '公用设施', minor: '上水井盖' });
    // A path names a level once where the minor repeats its major.
    expect(categoryPath(categoryNames(english.find((c) => c.code === 'SG0201')!, 'en'))).toBe('Social governance · Public security risks');
    expect(categoryPath(categoryNames(english.find((c) => c.code === 'BJ0101')!, 'en'))).toBe('Component · Public utilities · Water supply manhole cover');
  });

  it('matches English rows by kind and minor code, and keeps Chinese where a row has none', () => {
    const rows = [
      { kind: '部件', major_code: '01', major_name: '公用设施', minor_code: '0101', minor_name: '上水井盖', platform: '智慧城管', owner_department: '水务局' },
      { kind: '事件', major_code: '01', major_name: '市容环境', minor_code: '0101', minor_name: '私搭乱建', platform: '智慧城管', owner_department: '城管局' },
    ];
    // 事件 0101 has an English row under the wrong kind only, and one with a blank name.
    const en = [
      { kind: '部件', minor_code: '0101', kind_en: 'Component', major_name_en: 'Public utilities', minor_name_en: 'Water supply manhole cover' },
      { kind: '部件', minor_code: '0199', kind_en: 'Component', major_name_en: 'Public utilities', minor_name_en: 'Something else' },
      { kind: '事件', minor_code: '0101', kind_en: 'Event', major_name_en: 'Cityscape', minor_name_en: ' ' },
    ];
    const [component, event] = buildCatalog(rows, [], en);
    expect(categoryNames(component!, 'en').minor).toBe('Water supply manhole cover');
    expect(event!.en).toBeNull();
    expect(categoryNames(event!, 'en')).toEqual({ kind: '事件', major: '市容环境', minor: '私搭乱建' });
  });

  it('refuses an unknown platform with the row number', () => {
    expect(() => buildCatalog([{ kind: '部件', minor_code: '9901', platform: '智慧火星' }])).toThrow('第 2 行');
  });
});
