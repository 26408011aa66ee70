// The wall when the link goes down: it keeps the last known figures, the map
// and the panels, says it is offline and how old its numbers are, and still
// shows them after the page is reloaded with the server gone (from the
// workstation's cache, not from the page's memory).
import { expect, test, type Page } from '@playwright/test';
import { openOnline, startWorkstationStack } from '../support/workstation-stack.ts';

const ageSeconds = async (page: Page, testId: string) => {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const m = /(\d+) (秒|分钟|小时)前/.exec(text);
  if (!m) throw new Error(`no age in "${text}"`);
  return Number(m[1]) * (m[2] === '秒' ? 1 : m[2] === '分钟' ? 60 : 3600);
};

test('with the server down the big screen keeps its last figures and shows their age', async ({ page }) => {
  test.setTimeout(150_000);
  const { server, host, close } = await startWorkstationStack();
  try {
    await openOnline(page, host.url);
    await page.evaluate(() => void (location.hash = '#/bigscreen'));
    const headline = page.getByTestId('bs-headline');
    await expect(headline.getByTestId('figure-kpi-accepted')).toHaveAttribute('data-value', '5');
    await expect(headline.getByTestId('figure-workers')).toHaveAttribute('data-value', /^[1-9]\d*$/);
    await expect(page.getByTestId('bs-metrics-age')).toContainText('秒前', { timeout: 20_000 });
    const workers = await headline.getByTestId('figure-workers').getAttribute('data-value');
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-case-count', '5', { timeout: 20_000 });

    await server.stop();
    const link = page.getByTestId('bs-link');
    await expect(link).toHaveAttribute('data-status', 'offline', { timeout: 20_000 });
    await expect(link).toContainText('离线');
    await expect(page.getByTestId('bs-cases-age')).toContainText(/案件数据 \d+ (秒|分钟)前/);
    // The numbers stay, and their age grows with the clock.
    await expect(headline.getByTestId('figure-kpi-accepted')).toHaveAttribute('data-value', '5');
    const before = await ageSeconds(page, 'bs-metrics-age');
    await expect.poll(() => ageSeconds(page, 'bs-metrics-age'), { timeout: 10_000 }).toBeGreaterThan(before + 1);

    // A wall controller restarts the page while the center is unreachable: the cache answers.
    await page.reload();
    await expect(page.getByTestId('bigscreen')).toBeVisible();
    await expect(page.getByTestId('bs-link')).toHaveAttribute('data-status', 'offline');
    await expect(headline.getByTestId('figure-kpi-accepted')).toHaveAttribute('data-value', '5');
    await expect(headline.getByTestId('figure-workers')).toHaveAttribute('data-value', workers!);
    await expect(headline.getByTestId('figure-grids')).toHaveAttribute('data-value', /^[1-9]\d*$/, { timeout: 30_000 });
    await expect(page.getByTestId('case-map')).toHaveAttribute('data-case-count', '5', { timeout: 20_000 });
    await expect(page.getByTestId('bs-metrics-age')).toContainText(/平台指标 \d+ (秒|分钟)前/);
    await expect.poll(() => page.getByTestId('bs-rotating').locator('[data-points]').evaluateAll((els) => Math.max(0, ...els.map((e) => Number(e.getAttribute('data-points'))))), { timeout: 10_000 }).toBeGreaterThan(0);
  } finally {
    await close();
  }
});
