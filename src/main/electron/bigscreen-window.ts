// The leaders' big screen: the same renderer at #/bigscreen, fullscreen on a
// chosen display (the remembered one, else the first that is not the primary).
// A wall runs for days unattended: its timers must not be throttled when no
// one focuses it, the display must not sleep while it is open, and a renderer
// that dies or hangs is brought back (wall-recovery.ts).
import { BrowserWindow, powerSaveBlocker, screen, type Display } from 'electron';
import { APP_ORIGIN } from './channels.ts';
import { createWallRecovery } from './wall-recovery.ts';
import { secureWebPreferences, lockDown } from './window.ts';

export function pickDisplay(rememberedId: number | null): Display {
  const displays = screen.getAllDisplays();
  const primary = screen.getPrimaryDisplay();
  return displays.find((d) => d.id === rememberedId) ?? displays.find((d) => d.id !== primary.id) ?? primary;
}

const WALL_URL = `${APP_ORIGIN}/index.html#/bigscreen`;

export function openBigScreen(preload: string, display: Display): BrowserWindow {
  const { x, y, width, height } = display.bounds;
  const win = new BrowserWindow({
    x, y, width, height, fullscreen: true, frame: false, show: false, backgroundColor: '#050d1a', title: '指挥大屏',
    // Behind the workstation window the wall is still on show: keep its clock and refreshes at full rate.
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
  });
  lockDown(win);
  win.once('ready-to-show', () => win.show());

  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  const recovery = createWallRecovery({
    reload: () => void win.loadURL(WALL_URL),
    crash: () => win.webContents.forcefullyCrashRenderer(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    log: (m) => console.warn(m),
  });
  win.webContents.on('render-process-gone', (_e, details) => recovery.gone(details.reason));
  win.on('unresponsive', () => recovery.unresponsive());
  win.on('responsive', () => recovery.responsive());
  win.on('closed', () => {
    recovery.close();
    if (powerSaveBlocker.isStarted(blocker)) powerSaveBlocker.stop(blocker);
  });

  void win.loadURL(WALL_URL);
  return win;
}
