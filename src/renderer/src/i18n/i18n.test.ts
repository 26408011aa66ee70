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
