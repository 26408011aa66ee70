// The leaders' big screen: the same renderer at #/bigscreen, fullscreen on a
// chosen display (the remembered one, else the first that is not the primary).
import { BrowserWindow, screen, type Display } from 'electron';
import { APP_ORIGIN } from './channels.ts';
import { secureWebPreferences, lockDown } from './window.ts';

export function pickDisplay(rememberedId: number | null): Display {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  return displays.find((d) => d.id === rememberedId) ?? displays.find((d) => d.id !== primary.id) ?? primary;
}

export function openBigScreen(preload: string, display: Display): BrowserWindow {
  const { x, y, width, height } = display.bounds;
  const win = new BrowserWindow({
    x, y, width, height, fullscreen: true, frame: false, show: false, backgroundColor: '#050d1a', title: '指挥大屏',
    webPreferences: secureWebPreferences(preload),
  });
  lockDown(win);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html#/bigscreen`);
  return win;
}
