// The optional online basemap against the page's Content-Security-Policy:
// offline, the policy names no tile origin; once an XYZ template is set in the
// map's settings, the next page load admits exactly that template's origin
// (never a wildcard), its tiles load with no CSP violation, and going back to
// offline closes it again. The tile server is another origin on this machine.
import { expect, test, type Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A 1×1 PNG: enough for maplibre to decode and draw a raster tile. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const policyOf = async (url: string) => (await fetch(url)).headers.get('content-security-policy') ?? '';
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

async function setBasemap(page: Page, kind: RegExp, url?: string) {
  await page.getByTestId('map-basemap-button').click();
  const panel = page.getByTestId('map-basemap');
  await panel.getByText(kind).click();
  if (url) await panel.getByPlaceholder('瓦片地址模板').fill(url);
  await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: /应\s*用/ }).click()]);
}

test('an online basemap opens the CSP to exactly its tile origin, and only while configured', async ({ page }) => {
  const dir = tempDir();
  let server: Proc | undefined;
  let host: Proc | undefined;
  const tileRequests: string[] = [];
  const tiles = createServer((req, res) => {
    tileRequests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(PNG);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  const tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
  try {
    server = await startServerProcess(`${dir.path}/server`);
    host = await startBrowserHost(`${dir.path}/host`, server.url);
    const pageUrl = host.url.split('#')[0]!;
    // The errors the page's code logs about basemap tiles (the browser's own line per refused request aside).
    const mapErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && /tianditu/i.test(m.text())) mapErrors.push(m.text());
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });

    // Offline (the default): no tile origin in the policy, no tile fetched.
    const offline = await policyOf(pageUrl);
    expect(directive(offline, 'connect-src')).toBe("connect-src 'self' data: blob:");
    expect(offline).not.toContain('*');
    await page.goto(host.url);
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-ready', 'true');

    // An XYZ template: after the reload the policy names its origin, in connect-src and img-src only.
    await setBasemap(page, /^自定义瓦片$/, `${tileOrigin}/tiles/{z}/{x}/{y}.png`);
    const online = await policyOf(pageUrl);
    expect(directive(online, 'connect-src')).toBe(`connect-src 'self' data: blob: ${tileOrigin}`);
    expect(directive(online, 'img-src')).toBe(`img-src 'self' data: blob: ${tileOrigin}`);
    expect(directive(online, 'script-src')).toBe("script-src 'self'");
    expect(online).not.toContain('*');
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => page.evaluate(() => window.__gccMap!.getSource('online-base') !== undefined && window.__gccMap!.isSourceLoaded('online-base'))).toBe(true);
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((u) => /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(u))).toBe(true);
    // (A library's probe for eval is refused as it always is; what matters here is that no tile was.)
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations.filter((v) => /^(connect|img)-src/.test(v))).toEqual([]);
    // Tiles that load raise no note.
    await expect(page.getByTestId('map-basemap-failing')).toHaveCount(0);

    // 天地图 (its tiles refused here: this machine is offline): its credit is in the attribution, in the UI's language.
    await page.route(/tianditu\.gov\.cn/, (route) => route.abort());
    await page.getByTestId('map-basemap-button').click();
    const panel = page.getByTestId('map-basemap');
    await panel.getByText(/^天地图$/).click();
    await panel.getByPlaceholder(/密钥|tk/i).fill('0123456789abcdef0123456789abcdef');
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: /应\s*用/ }).click()]);
    const attribution = page.getByTestId('case-map').locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('© 天地图', { useInnerText: true });
    await page.getByTestId('language-switch').click();
    await expect(attribution).toContainText('© Tianditu', { useInnerText: true });
    await expect(attribution).not.toContainText('天地图', { useInnerText: true });
    await page.getByTestId('language-switch').click();
    await expect(attribution).toContainText('© 天地图', { useInnerText: true });
    // Every tile refused: the map pane says so once, instead of one console error per tile.
    const note = page.getByTestId('map-basemap-failing');
    await expect(note).toContainText('在线底图无法加载');
    await expect(note).toContainText('只显示离线图层');
    expect(mapErrors).toEqual([]);

    // Back to offline: the origin leaves the policy with the next load, and the credit the map.
    await setBasemap(page, /^离线底图（默认）$/);
    // The new page's map first, so the checks below look at it, not at nothing.
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-ready', 'true');
    await expect(attribution).toContainText('Natural Earth', { useInnerText: true });
    await expect(attribution).not.toContainText('天地图', { useInnerText: true });
    expect(directive(await policyOf(pageUrl), 'connect-src')).toBe("connect-src 'self' data: blob:");
    expect(await page.evaluate(() => window.__gccMap?.getSource('online-base'))).toBeUndefined();
  } finally {
    await host?.stop();
    await server?.stop();
    tiles.close();
    dir.remove();
  }
});
