// The workstation window, locked down per Electron's security checklist:
// context isolation, sandbox, no Node in the renderer, no navigation away,
// no new windows, no permission prompts.
import { BrowserWindow, session, shell } from 'electron';
import { APP_ORIGIN } from './channels.ts';

/** Permissions the app asks for: desktop notifications of its own page. Everything else is refused. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((wc, permission, callback) => {
    callback(permission === 'notifications' && new URL(wc.getURL()).origin === APP_ORIGIN);
  });
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
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Attribution links open in the system browser, never in the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
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
