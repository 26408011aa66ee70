// The Electron host end to end, where the Electron binary exists. Elsewhere
// (no binary can be downloaded) it is reported as skipped, not passed.
import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectronBinary } from '../../scripts/electron-binary.ts';
import { ROOT } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';

const binary = installedElectronBinary();

test('the Electron window shows the workstation over the secure bridge', async () => {
  test.skip(!binary, 'Electron binary not installed on this machine');
  const dir = tempDir();
  const app = await electron.launch({ executablePath: binary, args: [ROOT], env: { ...process.env, GCC_DATA: dir.path } });
  try {
    const win = await app.firstWindow();
    await expect(win.getByText('佳木斯市网格化智慧指挥中心')).toBeVisible();
    await expect(win.getByTestId('case-item')).toHaveCount(4, { timeout: 20_000 });
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys(window.gridBridge ?? {}).sort())).toEqual(['request', 'subscribe']);
  } finally {
    await app.close();
    dir.remove();
  }
});
