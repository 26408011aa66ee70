import { describe, expect, it } from 'vitest';
import type { Category } from '../../../shared/catalog.ts';
import { categoryOptions, categoryPathMatches } from './category-options.ts';

const category = (kind: string, majorCode: string, majorName: string, minorCode: string, minorName: string, en: Category['en']): Category => ({
  code: minorCode, kind, majorCode, majorName, minorCode, minorName, platform: 'urban', ownerDepartment: '城管局', gbCode: null, en,
});

describe('the category picker', () => {
  const catalog = [
    category('部件', '01', '公用设施', '0101', '上水井盖', { kind: 'Component', major: 'Public utilities', minor: 'Water supply manhole cover' }),
    category('部件', '01', '公用设施', '0102', '污水井盖', null),
    category('事件', '01', '市容环境', '0101', '私搭乱建', { kind: 'Event', major: 'Cityscape', minor: 'Illegal construction' }),
  ];

  it('labels kinds, majors and minors in English, keeping the catalog\'s values', () => {
    const [component, event] = categoryOptions(catalog, 'en');
    expect(component).toMatchObject({ value: '部件', label: 'Component' });
    expect(component!.children![0]).toMatchObject({ value: '01', label: 'Public utilities' });
    // A row without English keeps its Chinese name.
    expect(component!.children![0]!.children!.map((o) => [o.value, o.label])).toEqual([['0101', 'Water supply manhole cover (0101)'], ['0102', '污水井盖 (0102)']]);
    expect(event).toMatchObject({ value: '事件', label: 'Event' });
  });

  it('labels in Chinese by default', () => {
    const [component] = categoryOptions(catalog);
    expect(component).toMatchObject({ value: '部件', label: '部件' });
    expect(component!.children![0]!.children![0]!.label).toBe('上水井盖（0101）');
  });

  it('finds a category by its Chinese name, its English name in any case, or its code, whatever the language shown', () => {
    const search = (input: string) => categoryOptions(catalog, 'en').flatMap((kind) => kind.children!.flatMap((major) => major.children!
      .filter((minor) => categoryPathMatches(input, [kind, major, minor])).map((minor) => minor.value + major.label)));
    expect(search('井盖')).toEqual(['0101Public utilities', '0102Public utilities']);
    expect(search('私搭')).toEqual(['0101Cityscape']);
    expect(search('ILLEGAL')).toEqual(['0101Cityscape']);
    expect(search(' 0102 ')).toEqual(['0102Public utilities']);
    expect(search('cityscape')).toEqual(['0101Cityscape']);
    expect(search('no such thing')).toEqual([]);
    // Spaces alone narrow nothing.
    expect(search('  ')).toHaveLength(3);
  });
});
