// The interface language: Simplified Chinese first, English available. The
// operator's choice is remembered by the workstation's core and wins over the
// host's default (--locale / GCC_LOCALE); every window follows a switch made in
// any of them; antd's own texts (dates, pagers, empty states) follow through
// its locale.
import { Button, ConfigProvider, Tooltip, type ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import i18n from 'i18next';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/index.ts';

const LOCALE_KEY = 'gcc.locale';

/** The language this page last showed, kept by the browser (the core keeps the operator's choice). */
export function savedLocale(): Locale | null {
  const saved = localStorage.getItem(LOCALE_KEY);
  return saved === 'en' || saved === 'zh-CN' ? saved : null;
}


const LocaleContext = createContext<{ locale: Locale; setLocale: (l: Locale) => void }>({ locale: 'zh-CN', setLocale: () => undefined });

type RootProps = {
  initial: Locale;
  theme: ConfigProviderProps['theme'];
  /** Told the operator's choice: the core remembers it and the host's menu follows. */
  onLocale: (l: Locale) => void;
  /** Hears a choice made in another window; returns the unsubscribe. */
  follow: (listener: (l: Locale) => void) => () => void;
  children: ReactNode;
};

export function LocaleRoot({ initial, theme, onLocale, follow, children }: RootProps) {
  const [locale, setLocale] = useState(initial);
  useEffect(() => {
    localStorage.setItem(LOCALE_KEY, locale);
  }, [locale]);
  useEffect(() => follow(setLocale), [follow]);
  useEffect(() => {
    void i18n.changeLanguage(locale).then(() => {
      // The window's title too (Electron's window follows the page's): the taskbar and Alt-Tab show it.
      document.title = i18n.t('app.title');
    });
    document.documentElement.lang = locale;
  }, [locale]);
  const choose = (l: Locale) => {
    setLocale(l);
    onLocale(l);
  };
  return (
    <LocaleContext.Provider value={{ locale, setLocale: choose }}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>{children}</ConfigProvider>
    </LocaleContext.Provider>
  );
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useContext(LocaleContext);
  const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <Tooltip title={t('lang.switchHint')}>
      {/* The language's own name, as a word: antd spaces out a two-character Chinese label (中 文). */}
      <Button onClick={() => setLocale(other)} lang={other} autoInsertSpace={false} data-testid="language-switch" data-locale={locale}>
        {t('lang.switchTo')}
      </Button>
    </Tooltip>
  );
}
