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

/**
 * What is out of place on the wall as it is drawn now, as sentences: the header's parts over each other or
 * past it; the platform table past its panel with the widest figures a year brings (measured on a copy, so
 * the sample's one-digit counts do not hide it); the map's legend, scale bar, zoom buttons and attribution
 * over each other or out of the map; and any of them too small to read from across the room.
 */
const wallLayoutProblems = (page: Page) =>
  page.evaluate(() => {
    const problems: string[] = [];
    const u = parseFloat(getComputedStyle(document.querySelector('.bs-root')!).getPropertyValue('--bs-u'));
    const rect = (el: Element | null) => el?.getBoundingClientRect() ?? null;
    const inside = (name: string, a: DOMRect | null, outer: DOMRect) => {
      if (a && (a.left < outer.left - 0.5 || a.right > outer.right + 0.5 || a.top < outer.top - 0.5 || a.bottom > outer.bottom + 0.5)) problems.push(`${name} is past its box`);
    };
    const apart = (names: string, a: DOMRect | null, b: DOMRect | null) => {
      if (a && b && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) problems.push(`${names} overlap`);
    };

    const header = rect(document.querySelector('.bs-header'))!;
    const subtitle = document.querySelector('.bs-subtitle')!;
    for (const sel of ['.bs-title', '.bs-subtitle', '.bs-link', '.bs-clock']) inside(sel, rect(document.querySelector(sel)), header);
    // The subtitle is cut to its box (an ellipsis), never drawn beyond it under the link state.
    apart('subtitle and link state', rect(subtitle), rect(document.querySelector('.bs-link')));
    if (getComputedStyle(subtitle).overflow !== 'hidden' && subtitle.scrollWidth > subtitle.clientWidth) problems.push('subtitle spills out of its box');
    const link = document.querySelector('.bs-link')!;
    if (link.scrollWidth > link.clientWidth + 1) problems.push('link state cut');

    const table = document.querySelector('[data-testid=bs-platform-table]')!;
    const panel = table.parentElement!;
    const copy = table.cloneNode(true) as HTMLTableElement;
    copy.removeAttribute('data-testid');
    for (const tr of copy.querySelectorAll('tbody tr')) ['4,946', '100.0%', '888'].forEach((text, i) => void (tr.children[i + 1]!.textContent = text));
    panel.append(copy);
    const content = panel.getBoundingClientRect();
    const pad = parseFloat(getComputedStyle(panel).paddingRight);
    if (copy.getBoundingClientRect().right > content.right - pad + 0.5) problems.push('platform table past its panel');
    if (content.right > rect(panel.parentElement)!.right + 0.5) problems.push('platform panel past its column');
    copy.remove();

    const frame = rect(document.querySelector('.bs-map-frame'))!;
    const parts = {
      legend: rect(document.querySelector('.bs-map-frame .map-legend')),
      scale: rect(document.querySelector('.bs-map-frame .maplibregl-ctrl-scale')),
      zoom: rect(document.querySelector('.bs-map-frame .maplibregl-ctrl-group')),
      attribution: rect(document.querySelector('.bs-map-frame .maplibregl-ctrl-attrib')),
    };
    const names = Object.keys(parts) as (keyof typeof parts)[];
    for (const n of names) {
      if (!parts[n]) problems.push(`no ${n} on the map`);
      inside(n, parts[n], frame);
    }
    names.forEach((a, i) => names.slice(i + 1).forEach((b) => apart(`${a} and ${b}`, parts[a], parts[b])));
    // Read from 5 m: sizes in the wall's unit, not fixed pixels.
    // A part not there yet (the map's controls come with its load, a moment after the wall opens) is a
    // problem to poll again, not an error that ends the test.
    const size = (sel: string, prop: 'height' | 'fontSize' | 'width') => {
      const el = document.querySelector(sel);
      return el ? parseFloat(getComputedStyle(el)[prop]) / u : NaN;
    };
    if (!(size('.bs-map-frame .maplibregl-ctrl-group button', 'height') >= 40)) problems.push('zoom buttons too small');
    if (!(size('.bs-map-frame .maplibregl-ctrl-scale', 'fontSize') >= 16)) problems.push('scale bar text too small');
    if (!(size('.bs-map-frame .map-swatch i', 'width') >= 14)) problems.push('legend swatches too small');
    if (parts.scale && parts.scale.width / u < 60) problems.push('scale bar too short');
    return problems;
  });

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
    // The note shown while it loaded is gone with the first drawn map.
    await expect(page.getByTestId('map-loading')).toHaveCount(0);
    await expect(map).toHaveAttribute('data-case-count', '5');
    await expect.poll(() => mapColours(page), { timeout: 10_000 }).toBeGreaterThan(8);
    // The map frames every open case the title counts, points and clusters alike (each drawn once, whichever tiles it is in).
    await expect.poll(() => page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const f of window.__gccMap!.queryRenderedFeatures({ layers: ['case-points', 'case-clusters'] })) {
        const n = Number(f.properties.point_count ?? 1);
        seen.set(f.properties.point_count ? `cluster:${JSON.stringify((f.geometry as { coordinates: number[] }).coordinates)}` : String(f.properties.id), n);
      }
      return [...seen.values()].reduce((a, b) => a + b, 0);
    }), { timeout: 10_000 }).toBe(5);

    // A platform panel chart has data; then the rotation moves on to the next platform.
    const rotating = page.getByTestId('bs-rotating');
    const first = await rotating.getAttribute('data-index');
    await expect.poll(() => rotating.locator('[data-points]').evaluateAll((els) => Math.max(0, ...els.map((e) => Number(e.getAttribute('data-points'))))), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(rotating).not.toHaveAttribute('data-index', first!, { timeout: 10_000 });
    // A dot brings its platform in, and the table lights its row.
    const dot = rotating.getByRole('button', { name: '智慧农业' });
    await dot.click();
    await expect(rotating).toHaveAttribute('data-platform', 'agriculture');
    await expect(dot).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[data-testid=bs-platform-table] tr.bs-row-active')).toHaveAttribute('data-platform', 'agriculture');
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
    await expect.poll(() => wallLayoutProblems(page), { timeout: 30_000 }).toEqual([]);

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
    // English is the wider language: its header, table and map corners stay apart on a 1080p wall, a 4K wall and a small screen.
    await expect(page.getByTestId('bs-platform-table').locator('th').nth(2)).toHaveText('Finish rate');
    for (const [width, height] of [[1920, 1080], [3840, 2160], [1024, 700]] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(() => wallLayoutProblems(page), { message: `${width}×${height}`, timeout: 30_000 }).toEqual([]);
    }
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});
