// The application menu: open the big screen on a display of the operator's
// choosing, remembered for next time; in the interface language the operator chose.
import { Menu, screen, type BrowserWindow } from 'electron';
import type { UiLocale } from '../../shared/contract.ts';
import { openBigScreen, pickDisplay } from './bigscreen-window.ts';
import { loadSettings, saveSettings } from './settings.ts';

const texts = {
  'zh-CN': {
    file: '文件', quit: '退出', edit: '编辑', copy: '复制', paste: '粘贴', selectAll: '全选',
    bigScreen: '指挥大屏', openRemembered: '在记住的显示器上打开', view: '视图', reload: '重新加载', fullScreen: '全屏',
    display: (n: number, w: number, h: number) => `显示器 ${n}（${w}×${h}）`,
  },
  en: {
    file: 'File', quit: 'Quit', edit: 'Edit', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    bigScreen: 'Big screen', openRemembered: 'Open on the remembered display', view: 'View', reload: 'Reload', fullScreen: 'Full screen',
    display: (n: number, w: number, h: number) => `Display ${n} (${w}×${h})`,
  },
} satisfies Record<UiLocale, unknown>;

export function installMenu(opts: { preload: string; settingsDir: string; locale: UiLocale }): {
  openRemembered(): BrowserWindow;
  setLocale(locale: UiLocale): void;
} {
  let bigScreen: BrowserWindow | null = null;
  let locale = opts.locale;
  const open = (displayId: number | null) => {
    bigScreen?.close();
    bigScreen = openBigScreen(opts.preload, pickDisplay(displayId));
    bigScreen.on('closed', () => (bigScreen = null));
    return bigScreen;
  };
  const rebuild = () => {
    const say = texts[locale];
    const settings = loadSettings(opts.settingsDir);
    const displays = screen.getAllDisplays().map((d, i) => ({
      label: `${say.display(i + 1, d.size.width, d.size.height)}${d.id === settings.bigScreenDisplayId ? ' ✓' : ''}`,
      click: () => {
        saveSettings(opts.settingsDir, { ...settings, bigScreenDisplayId: d.id });
        open(d.id);
        rebuild();
      },
    }));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate([
        { label: say.file, submenu: [{ role: 'quit', label: say.quit }] },
        { label: say.edit, submenu: [{ role: 'copy', label: say.copy }, { role: 'paste', label: say.paste }, { role: 'selectAll', label: say.selectAll }] },
        { label: say.bigScreen, submenu: [{ label: say.openRemembered, click: () => open(loadSettings(opts.settingsDir).bigScreenDisplayId) }, { type: 'separator' }, ...displays] },
        { label: say.view, submenu: [{ role: 'reload', label: say.reload }, { role: 'togglefullscreen', label: say.fullScreen }] },
      ]),
    );
  };
  screen.on('display-added', rebuild);
  screen.on('display-removed', rebuild);
  rebuild();
  return {
    openRemembered: () => open(loadSettings(opts.settingsDir).bigScreenDisplayId),
    setLocale: (next) => {
      if (next === locale) return;
      locale = next;
      rebuild();
    },
  };
}
