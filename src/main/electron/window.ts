// The workstation window, locked down per Electron's security checklist:
// context isolation, sandbox, no Node in the renderer, no navigation away,
// no new windows, no permission prompts.
import { BrowserWindow, session } from 'electron';
import { APP_ORIGIN, isAppUrl } from './channels.ts';

/**
 * Permissions the app asks for: desktop notifications of its own page, judged by the frame that asks.
 * Everything else is refused, when asked and when checked (unhandled checks default to granted).
 */
export function hardenSession(): void {
  const allowed = (permission: string, url: string) => permission === 'notifications' && isAppUrl(url);
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) => allowed(permission, requestingOrigin));
}

export const secureWebPreferences = (preload: string): Electron.WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
});

/** No navigation away from the app, no new windows, no webviews. */
export function lockDown(win: BrowserWindow): void {
  // The app opens no windows and no links (its attributions are text): nothing to hand the system browser.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
}

export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1600,
    height: 960,
    show: false,
    title: '网格化智慧指挥中心',
    backgroundColor: '#0b1a2e',
    webPreferences: secureWebPreferences(preload),
  });
  lockDown(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
