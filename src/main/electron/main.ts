// The Electron host: thin. It registers the app scheme, starts the
// host-agnostic workstation (core + embedded server) and carries the contract
// over one IPC channel. Everything else lives in the core and the renderer.
import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorkstation, type Workstation } from '../common/start-workstation.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { connectContract } from './ipc.ts';
import { isAppUrl } from './channels.ts';
import { createMainWindow, hardenSession } from './window.ts';
import { followBadge } from './badge.ts';
import { installMenu } from './menu.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

registerAppScheme();
// One workstation per data folder: Electron locks its userData folder, so with GCC_DATA it lives in
// there, and a second start on the same folder brings the first forward and ends before touching it
// (app.quit would let it run on into whenReady). Another folder is another workstation.
if (process.env.GCC_DATA) app.setPath('userData', join(process.env.GCC_DATA, 'electron'));
if (!app.requestSingleInstanceLock()) app.exit(0);
app.on('second-instance', () => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win?.isMinimized()) win.restore();
  win?.focus();
});

let workstation: Workstation | undefined;

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

void app.whenReady().then(async () => {
  hardenSession();
  serveRenderer(join(root, 'out', 'renderer'), () => workstation?.core.basemapOrigins() ?? []);
  workstation = await startWorkstation({
    dataDir: process.env.GCC_DATA ?? app.getPath('userData'),
    resourcesDir: join(root, 'resources'),
    serverUrl: process.env.GCC_SERVER_URL,
    username: process.env.GCC_USER,
    password: process.env.GCC_PASSWORD,
    locale: process.env.GCC_LOCALE === 'en' ? 'en' : 'zh-CN',
  });
  connectContract(workstation.core, () => BrowserWindow.getAllWindows());
  followBadge(workstation.core);
  const preload = join(here, '..', 'preload', 'index.cjs');
  createMainWindow(preload);
  const menu = installMenu({ preload, settingsDir: app.getPath('userData'), locale: workstation.core.locale() });
  workstation.core.subscribe((e) => {
    const chosen = e.event === 'settings.locale' ? (e.payload as { locale?: unknown }).locale : undefined;
    if (chosen === 'zh-CN' || chosen === 'en') menu.setLocale(chosen);
  });
  if (process.env.GCC_BIG_SCREEN === '1') menu.openRemembered();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
  });
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void workstation?.close());
