// The application menu: open the big screen on a display of the operator's
// choosing, remembered for next time.
import { Menu, screen, type BrowserWindow } from 'electron';
import { openBigScreen, pickDisplay } from './bigscreen-window.ts';
import { loadSettings, saveSettings } from './settings.ts';

export function installMenu(opts: { preload: string; settingsDir: string }): { openRemembered(): BrowserWindow } {
  let bigScreen: BrowserWindow | null = null;
  const open = (displayId: number | null) => {
    bigScreen?.close();
    bigScreen = openBigScreen(opts.preload, pickDisplay(displayId));
    bigScreen.on('closed', () => (bigScreen = null));
    return bigScreen;
  };
  const rebuild = () => {
    const settings = loadSettings(opts.settingsDir);
    const displays = screen.getAllDisplays().map((d, i) => ({
      label: `显示器 ${i + 1}（${d.size.width}×${d.size.height}）${d.id === settings.bigScreenDisplayId ? ' ✓' : ''}`,
      click: () => {
        saveSettings(opts.settingsDir, { ...settings, bigScreenDisplayId: d.id });
        open(d.id);
        rebuild();
      },
    }));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
        { label: '编辑', submenu: [{ role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, { role: 'selectAll', label: '全选' }] },
        { label: '指挥大屏', submenu: [{ label: '在记住的显示器上打开', click: () => open(loadSettings(opts.settingsDir).bigScreenDisplayId) }, { type: 'separator' }, ...displays] },
        { label: '视图', submenu: [{ role: 'reload', label: '重新加载' }, { role: 'togglefullscreen', label: '全屏' }] },
      ]),
    );
  };
  screen.on('display-added', rebuild);
  screen.on('display-removed', rebuild);
  rebuild();
  return { openRemembered: () => open(loadSettings(opts.settingsDir).bigScreenDisplayId) };
}
