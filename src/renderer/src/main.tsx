import { App as AntApp, theme } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client.ts';
import { ApiContext } from './api/context.ts';
import { App } from './app/App.tsx';
import { LocaleRoot, savedLocale } from './app/locale.tsx';
import { openingLocale } from './i18n/opening-locale.ts';
import { initI18n, type Locale } from './i18n/index.ts';
import { showSessionEnded } from './link/SessionEnded.tsx';
import './styles.css';

// A page left open over a restart of the browser host says so rather than trying in vain.
const api = connectApi(showSessionEnded);
const session = await api.query('session.info', {});
const { locale, adopt } = openingLocale(session, savedLocale());
initI18n(locale);
document.documentElement.lang = locale;
// The page has switched already; should the call fail, the host's menu keeps the old language until the next switch.
const tellCore = (l: Locale) => void api.command('settings.setLocale', { locale: l }).catch(() => undefined);
if (adopt) tellCore(locale);
const follow = (listener: (l: Locale) => void) => api.on('settings.locale', (p) => listener(p.locale));

// An operator who asked the system for less motion gets dialogs and menus that open at once (maplibre's
// camera already jumps rather than flies for them).
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

// antd's dark surfaces in the app's navy (the panels' #0c1d31, their #1e3a5c edges): dialogs,
// menus and fields were neutral grey on a blue page, and the mask barely dimmed what lay under it.
const NAVY = {
  colorBgContainer: '#0c1d31',
  colorBgElevated: '#112a45',
  colorBgMask: 'rgba(2, 10, 22, 0.72)',
  colorBorder: '#2b4a6b',
  colorBorderSecondary: '#1e3a5c',
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot initial={locale} onLocale={tellCore} follow={follow} theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#1668dc', colorError: '#ff7875', colorTextPlaceholder: '#8c8c8c', colorTextDescription: '#a8a8a8', colorTextTertiary: '#a8a8a8', fontSize: 14, motion: !reducedMotion, ...NAVY } }}>
      {/* Toasts below the header: at antd's 8 px they covered the screen tabs for their three seconds. */}
      <AntApp message={{ top: 72 }}>
        <ApiContext.Provider value={api}>
          <App />
        </ApiContext.Provider>
      </AntApp>
    </LocaleRoot>
  </StrictMode>,
);
