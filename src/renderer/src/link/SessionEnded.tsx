// The browser host was started anew, with a new token: this page's is refused
// for good and the page no longer follows the core. The operator is told so
// over everything, and where to go instead. In a root of its own, since the
// refusal can come before the app has drawn anything (a reload with the old token).
import { ConfigProvider, Result, theme } from 'antd';
import i18n from 'i18next';
import { createRoot } from 'react-dom/client';
import { savedLocale } from '../app/locale.tsx';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';

export function showSessionEnded() {
  // The language the page shows; before it has started (refused at load), the one it last showed.
  const shown = i18n.isInitialized ? i18n.language : (savedLocale() ?? document.documentElement.lang);
  const texts = (shown === 'en' ? en : zhCN).link;
  const box = document.body.appendChild(document.createElement('div'));
  createRoot(box).render(
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div className="session-ended" role="alertdialog" aria-modal="true" aria-labelledby="session-ended-title" tabIndex={-1} ref={(el) => el?.focus()} data-testid="session-ended">
        <Result status="warning" title={<span id="session-ended-title">{texts.sessionEnded}</span>} subTitle={texts.sessionEndedHint} />
      </div>
    </ConfigProvider>,
  );
}
