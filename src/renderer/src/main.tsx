import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/client.ts';
import { ApiContext } from './api/context.ts';
import { App } from './app/App.tsx';
import { initI18n } from './i18n/index.ts';
import './styles.css';

const api = connectApi();
const session = await api.query('session.info', {});
initI18n(session.locale);
document.documentElement.lang = session.locale;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={session.locale === 'en' ? enUS : zhCN} theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#1668dc', colorError: '#ff7875', colorTextPlaceholder: '#8c8c8c', colorTextDescription: '#a8a8a8', colorTextTertiary: '#a8a8a8', fontSize: 14 } }}>
      <AntApp>
        <ApiContext.Provider value={api}>
          <App />
        </ApiContext.Provider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
