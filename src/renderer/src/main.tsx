import { App as AntApp, theme } from 'antd';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client.ts';
import { ApiContext } from './api/context.ts';
import { App } from './app/App.tsx';
import { LocaleRoot, storedLocale } from './app/locale.tsx';
import { initI18n } from './i18n/index.ts';
import './styles.css';

const api = connectApi();
const session = await api.query('session.info', {});
const locale = storedLocale(session.locale);
initI18n(locale);
document.documentElement.lang = locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleRoot initial={locale} theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#1668dc', colorError: '#ff7875', colorTextPlaceholder: '#8c8c8c', colorTextDescription: '#a8a8a8', colorTextTertiary: '#a8a8a8', fontSize: 14 } }}>
      <AntApp>
        <ApiContext.Provider value={api}>
          <App />
        </ApiContext.Provider>
      </AntApp>
    </LocaleRoot>
  </StrictMode>,
);
