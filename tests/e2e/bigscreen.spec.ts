// The big screen end to end against a real server (4 sample cases, 40 days of
// platform metrics) and a browser host: headline KPIs with real numbers, a
// map that draws, a platform panel with data, the rotation moving on, and at
// 3840×2160 a layout twice the size with the map at native resolution and no
// horizontal scrollbar.
import { expect, test, type Page } from '@playwright/test';
import { openOnline, startWorkstationStack } from '../support/workstation-stack.ts';

/** How many distinct colours the map canvas shows, read right after a frame is drawn (the WebGL buffer is cleared after compositing). */
const mapColours = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__gccMap!;
        map.once('render', () => {
          const probe = document.createElement('canvas');
          probe.width = probe.height = 96;
          const ctx = probe.getContext('2d')!;
          ctx.drawImage(map.getCanvas(), 0, 0, 96, 96);
          const px = ctx.getImageData(0, 0, 96, 96).data;
          const seen = new Set<number>();
          for (let i = 0; i < px.length; i += 4) seen.add(((px[i]! >> 4) << 8) | ((px[i + 1]! >> 4) << 4) | (px[i + 2]! >> 4));
          resolve(seen.size);
        });
        map.triggerRepaint();
      }),
  );

const box = async (page: Page, testId: string) => (await page.getByTestId('bs-headline').getByTestId(testId).boundingBox())!;

test('the big screen shows live KPIs, the map and rotating panels, and scales to a 4K wall', async ({ page }) => {
  test.setTimeout(120_000);
  const { host, close } = await startWorkstationStack();
  // Views come and go below (the workstation's map, the wall's): none may leave an error behind.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await openOnline(page, host.url);
    // speed=3: the 15 s rotation (and every refresh period) runs three times faster, to keep the test short.
    await page.evaluate(() => void (location.hash = '#/bigscreen?speed=3'));
    await expect(page.getByTestId('bigscreen')).toBeVisible();
    await expect(page.getByTestId('bs-link')).toHaveAttribute('data-status', 'online');

    // Headline KPIs carry the shared KPI functions' numbers: the 5 sample reports are all accepted.
    const headline = page.getByTestId('bs-headline');
    const accepted = headline.getByTestId('figure-kpi-accepted');
    await expect(accepted).toHaveAttribute('data-value', '5');
    await expect(accepted.locator('.pf-figure-number')).toHaveText('5');
    await expect(headline.getByTestId('figure-kpi-finishRate').locator('.pf-figure-number')).toHaveText(/^\d+(\.\d)?$/);
    await expect(headline.getByTestId('figure-grids')).toHaveAttribute('data-value', /^[1-9]\d*$/);
    await expect(headline.getByTestId('figure-kpi-satisfactionRate')).toHaveAttribute('href', /#\/dispatch\?queue=rate/);
    // 在线席位: this workstation's own seat is connected.
    await expect(headline.getByTestId('figure-seats')).toHaveAttribute('data-value', /^[1-9]\d*$/);
    await expect(headline.getByTestId('figure-workers')).toHaveAttribute('data-value', /^[1-9]\d*$/);

    // The map draws, with the open cases on it.
    const map = page.getByTestId('case-map');
    await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(map).toHaveAttribute('data-case-count', '5');
    await expect.poll(() => mapColours(page), { timeout: 10_000 }).toBeGreaterThan(8);

    // A platform panel chart has data; then the rotation moves on to the next platform.
    const rotating = page.getByTestId('bs-rotating');
    const first = await rotating.getAttribute('data-index');
    await expect.poll(() => rotating.locator('[data-points]').evaluateAll((els) => Math.max(0, ...els.map((e) => Number(e.getAttribute('data-points'))))), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(rotating).not.toHaveAttribute('data-index', first!, { timeout: 10_000 });
    await expect(page.getByTestId('bs-ticker')).toContainText('长安路井盖缺失');

    // A 4K wall: the layout doubles (no CSS transform), the map canvas follows at native size, nothing overflows.
    const small = await box(page, 'figure-kpi-accepted');
    await page.setViewportSize({ width: 3840, height: 2160 });
    await expect.poll(async () => (await box(page, 'figure-kpi-accepted')).width / small.width, { timeout: 30_000 }).toBeCloseTo(2, 1);
    const big = await box(page, 'figure-kpi-accepted');
    expect(big.height / small.height).toBeCloseTo(2, 1);
    await expect.poll(() => page.evaluate(() => {
      const canvas = window.__gccMap!.getCanvas();
      return canvas.width / (canvas.parentElement!.clientWidth * devicePixelRatio);
    })).toBeCloseTo(1, 2);
    const overflow = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth - document.documentElement.clientWidth, body: document.body.scrollWidth - document.body.clientWidth }));
    expect(overflow).toEqual({ doc: 0, body: 0 });
    await expect.poll(() => mapColours(page), { timeout: 10_000 }).toBeGreaterThan(8);

    // In English on a 1080p wall: counts carry no Chinese unit word, every platform's row stays one
    // line, and the monthly chart below the table keeps its room.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => void (location.hash = '#/dispatch'));
    await page.getByTestId('language-switch').click();
    await expect(page.getByTestId('language-switch')).toHaveAttribute('data-locale', 'en');
    await page.evaluate(() => void (location.hash = '#/bigscreen?speed=3'));
    await expect(accepted.locator('.pf-figure-number')).toHaveText('5');
    await expect(accepted.locator('.pf-figure-unit')).toHaveText('');
    const rows = page.getByTestId('bs-platform-table').locator('tbody tr');
    await expect(rows.first()).toContainText('Grid');
    // Measured with the platforms' figures in (their own query, a moment after the table), not the dashes before them.
    await expect(rows.first().locator('td').nth(1)).toHaveText(/\d/);
    const heights = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
    expect(heights).toHaveLength(7);
    expect(Math.max(...heights) / Math.min(...heights)).toBeLessThan(1.2);
    // …and every column of it is inside its panel.
    const fit = await page.getByTestId('bs-platform-table').evaluate((table) => {
      const panel = table.parentElement!;
      return { table: table.getBoundingClientRect().right, panel: panel.getBoundingClientRect().right - parseFloat(getComputedStyle(panel).paddingRight) };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.panel);
    await expect.poll(async () => (await page.getByTestId('bs-monthly-chart').boundingBox())?.height ?? 0).toBeGreaterThan(150);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
