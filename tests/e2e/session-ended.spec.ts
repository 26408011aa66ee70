// A page left open while the browser host is restarted: the new run has a new
// token and refuses the page's. The page says the session has ended and where
// to go (in the operator's language), stops trying, and the address the new
// run printed, pasted into the same tab, opens the workstation again.
import { expect, test } from '@playwright/test';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a page from before a restart of the browser host says its session has ended, and stops trying', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = tempDir();
  const procs: Proc[] = [];
  try {
    const server = await startServerProcess(`${dir.path}/server`);
    procs.push(server);
    let host = await startBrowserHost(`${dir.path}/host`, server.url);
    await page.goto(host.url);
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 30_000 });
    let sockets = 0;
    page.on('websocket', () => void sockets++);

    await host.stop();
    host = await startBrowserHost(`${dir.path}/host`, server.url, 'dispatcher', Number(new URL(host.url).port));
    procs.push(host);
    const notice = page.getByTestId('session-ended');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText('本次会话已结束');
    await expect(notice).toContainText('#token=');
    // No more tries: none in a few seconds, where it tried every second before.
    const tried = sockets;
    await page.waitForTimeout(3000);
    expect(sockets).toBe(tried);

    // Reloaded, the page still holds the old token: the same notice, in the language it last showed.
    await page.evaluate(() => localStorage.setItem('gcc.locale', 'en'));
    await page.reload();
    await expect(notice).toContainText('This session has ended', { timeout: 20_000 });

    // The new address, pasted into this tab (only its fragment differs), opens the workstation.
    await page.goto(host.url);
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 30_000 });
    await expect(notice).toHaveCount(0);
  } finally {
    for (const p of procs.reverse()) await p.stop();
    dir.remove();
  }
});
