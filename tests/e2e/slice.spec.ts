// The foundation slice end to end: server process → browser-host process →
// Chromium. A case created on the server shows in the list and on the map;
// the cache survives a restart with the server down.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { connectClient } from '../support/server-client.ts';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';
import { forbidExternalRequests } from '../support/offline-network.ts';
import { mapIdle, watchForText } from './page-timing.ts';

const caseOnMap = (page: Page, id: string) =>
  page.evaluate((caseId) => {
    const map = window.__gccMap!;
    const features = map.querySourceFeatures('cases');
    const direct = features.some((f) => f.properties?.id === caseId);
    const clustered = features.filter((f) => f.properties?.cluster).length;
    return { direct, clustered, total: features.length };
  }, id);

test.describe.configure({ mode: 'serial' });

test('a case created on the server appears in the list and on the map; the cache survives a restart offline', async ({ page }) => {
  const dir = tempDir();
  let server: Proc | undefined = await startServerProcess(`${dir.path}/server`);
  let host: Proc | undefined = await startBrowserHost(`${dir.path}/host`, server.url);
  try {
    const external = await forbidExternalRequests(page);
    await page.goto(host.url);
    await expect(page.getByText('佳木斯市网格化智慧指挥中心')).toBeVisible();
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online');
    await expect(page.getByTestId('case-item')).toHaveCount(5);
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-ready', 'true');
    // Measured at work, not while the workstation is still starting up (the map fetching its first
    // tiles holds the page's main thread for hundreds of milliseconds on a two-core machine).
    await mapIdle(page);

    const title = '端到端新建：站前路井盖破损';
    const shownAt = await watchForText(page, '[data-testid="case-item"]', title);
    const peer = await connectClient(server.url, 'intake');
    const { caseId } = await peer.report({ title, categoryKind: '部件', categoryCode: '0101', priority: 'critical', point: [130.3655, 46.8052], address: '向阳区站前路' });
    const acceptedAt = Date.now();
    peer.close();
    const item = page.locator(`[data-case-id="${caseId}"]`);
    await expect(item).toBeVisible();
    // Within a second of the server accepting it, timed in the page itself.
    expect((await shownAt())! - acceptedAt).toBeLessThanOrEqual(1000);
    await expect(item).toContainText('端到端新建：站前路井盖破损');
    await expect(item).toContainText(/JQ-\d{8}-0005/);

    // Select it: the map flies there, out of any cluster, and draws the point.
    await item.click();
    await expect.poll(() => caseOnMap(page, caseId).then((r) => r.direct), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.evaluate((caseId) => window.__gccMap!.queryRenderedFeatures({ layers: ['case-points'] }).some((f) => f.properties?.id === caseId), caseId)).toBe(true);
    expect(external).toEqual([]);

    // Restart the workstation with the server stopped: still listed, and it says offline.
    const serverUrl = server.url;
    await host.stop();
    await server.stop();
    server = undefined;
    host = await startBrowserHost(`${dir.path}/host`, serverUrl);
    await page.goto(host.url);
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'offline');
    await expect(page.getByTestId('link-state')).toContainText('离线');
    await expect(page.getByTestId('link-state')).toContainText('数据更新于');
    await expect(page.locator(`[data-case-id="${caseId}"]`)).toBeVisible();
    await expect(page.getByTestId('case-item')).toHaveCount(6);
  } finally {
    await host?.stop();
    await server?.stop();
    dir.remove();
  }
});

test('an operator reports a case offline; it is kept and sent when the server returns', async ({ page }) => {
  const dir = tempDir();
  let server: Proc | undefined = await startServerProcess(`${dir.path}/server`);
  const port = new URL(server.url).port;
  const host = await startBrowserHost(`${dir.path}/host`, server.url);
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online');
    // The catalog arrives with the reference data after login; it is kept for offline use.
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-category').click();
    await page.keyboard.type('路灯');
    await expect(page.locator('.ant-cascader-menu-item', { hasText: '路灯' }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await server.stop();
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'offline');

    await page.getByTestId('report-button').click();
    await page.getByTestId('report-title').fill('断网期间上报：路灯不亮');
    await page.getByTestId('report-category').click();
    await page.keyboard.type('路灯');
    await page.locator('.ant-cascader-menu-item', { hasText: '路灯' }).first().click();
    // A photo attached offline: kept on this workstation, waiting for the center.
    await page.getByTestId('attach-input').setInputFiles({ name: '路灯照片.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('photo taken while the link was down') });
    await expect(page.getByTestId('attach-picked')).toContainText('路灯照片.jpg');
    await page.getByRole('dialog').getByRole('button', { name: /上\s*报/ }).click();
    const item = page.getByTestId('case-item').filter({ hasText: '断网期间上报：路灯不亮' });
    await expect(item).toContainText('待同步');
    await expect(page.getByTestId('link-state')).toContainText('1 条待同步');
    await item.click();
    await expect(page.getByTestId('attachment-state')).toHaveText('本地待上传');
    const axe = await new AxeBuilder({ page }).include('[data-testid="attachments"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    server = await startServerProcess(`${dir.path}/server`, Number(port));
    await expect(page.getByTestId('link-state')).toHaveAttribute('data-status', 'online', { timeout: 15_000 });
    await expect(item).not.toContainText('待同步');
    await expect(item).toContainText(/JQ-\d{8}-\d{4}/);
    await expect(page.getByTestId('attachment-state')).toHaveText('已上传');
  } finally {
    await host.stop();
    await server?.stop();
    dir.remove();
  }
});
