import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';

export function initI18n(locale: Locale): typeof i18n {
  void i18n.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    // An empty translation is meant (English counts carry no unit word where Chinese says 件, 个 or 人):
    // without this, i18next treats '' as missing and shows the Chinese fallback.
    returnEmptyString: true,
  });
  return i18n;
}
