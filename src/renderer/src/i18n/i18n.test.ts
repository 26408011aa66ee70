// The English texts as the app resolves them: an empty English text stays empty
// (no Chinese unit word after an English count), and the wall's short platform
// names cover every platform in both languages.
import { describe, expect, it } from 'vitest';
import { platforms } from '../../../shared/domain/model.ts';
import { initI18n } from './index.ts';

describe('the app texts', () => {
  it('keeps an empty English text empty instead of falling back to Chinese', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(i18n.t('platforms.unit.cases')).toBe('');
    expect(i18n.t('platforms.unit.people')).toBe('');
    expect(i18n.t('platforms.unit.hours')).toBe('h');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('platforms.unit.cases')).toBe('件');
  });

  it('says one in the singular in English, and the same in Chinese', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect([i18n.t('mapView.gridCount', { count: 1 }), i18n.t('mapView.gridCount', { count: 2 })]).toEqual(['1 grid', '2 grids']);
    expect([i18n.t('bigscreen.openCases', { count: 1 }), i18n.t('cases.count', { count: 1 })]).toEqual(['1 open case', '1 case']);
    expect(i18n.t('mapView.import.issue.replaces-community', { count: 1 })).toMatch(/^The stored grid of this community gives way/);
    await i18n.changeLanguage('zh-CN');
    expect([i18n.t('mapView.gridCount', { count: 1 }), i18n.t('mapView.gridCount', { count: 2 })]).toEqual(['1 个网格', '2 个网格']);
  });

  it('groups the digits of a list\'s count, as the platforms and the wall do', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(i18n.t('cases.countOf', { count: 8899, shown: 500 })).toBe('8,899 cases, first 500 shown');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('cases.countOf', { count: 8899, shown: 500 })).toBe('共 8,899 件，显示前 500 件');
    expect(i18n.t('cases.count', { count: 1 })).toBe('共 1 件');
    // The division tree's counts: a county holds thousands of grids.
    expect(i18n.t('mapView.gridCount', { count: 8080 })).toBe('8,080 个网格');
    await i18n.changeLanguage('en');
    expect(i18n.t('mapView.gridCount', { count: 8080 })).toBe('8,080 grids');
  });

  it('names the demo series\' fields, parks and products in English as it names the halls', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(['敖其镇基地', '佳木斯高新区', '汤原蓝莓', '向阳区政务服务中心'].map((v) => i18n.t(`platforms.dimValue.${v}`))).toEqual(['Aoqi base', 'Jiamusi Hi-tech Zone', 'Tangyuan blueberries', 'Xiangyang service hall']);
  });

  it('writes lists and their items with the language\'s punctuation', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(['A', 'B'].join(i18n.t('list.separator'))).toBe('A; B');
    expect(i18n.t('report.duplicateItem', { code: 'JQ-1', title: 'Lamp', state: 'Reported' })).toBe('JQ-1 Lamp (Reported)');
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('attach.sheetItem', { name: 'a.jpg', sha: '0123' })).toBe('a.jpg（SHA-256 0123…）');
  });

  it('has a short wall name for every platform in both languages', async () => {
    const i18n = initI18n('zh-CN');
    for (const lng of ['zh-CN', 'en'] as const) {
      await i18n.changeLanguage(lng);
      for (const p of platforms) {
        const key = `bigscreen.platformShort.${p}`;
        expect(i18n.exists(key, { fallbackLng: [] }), `${lng} ${key}`).toBe(true);
        expect(i18n.t(key).length).toBeGreaterThan(1);
      }
    }
  });
});
