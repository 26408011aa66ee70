// Screenshots of the big screen at 1920×1080 and 3840×2160 and of the
// platforms view, against the demo city (a year of history, the simulator
// running): `node bench/bigscreen-shots.ts [URL-with-token] [outDir]`.
// Without a URL it starts a browser host with an embedded demo server.
// Written to docs/bigscreen-1920.png, docs/bigscreen-3840.png and
// docs/platforms.png unless another folder is given.
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { startDemoHost } from './bigscreen-host.ts';

const [urlArg, outDir = 'docs'] = process.argv.slice(2);
const host = urlArg ? null : await startDemoHost();
const url = urlArg ?? host!.url;

/** What the page functions below read; bench/ is type-checked without the DOM library. */
type PageGlobal = {
  document: { querySelector(s: string): { dataset: Record<string, string | undefined> } | null };
  __gccMap?: { loaded(): boolean; areTilesLoaded(): boolean };
};

const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });

async function open(width: number, height: number, route: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(url); // the token arrives in the fragment; the renderer keeps it and drops it from the URL
  await page.waitForSelector('[data-testid=link-state], [data-testid=bigscreen]', { timeout: 120_000 });
  await page.evaluate(`location.hash = '${route}'`);
  return page;
}

// The wall's headline, and on the desk a month figure too (the year of days has arrived).
const figuresIn = (page: Page, ids = ['kpi-accepted', 'grids', 'workers']) =>
  page.waitForFunction(
    (list) => list.every((id) => Number((globalThis as unknown as PageGlobal).document.querySelector(`[data-testid=figure-${id}]`)?.dataset.value) > 0),
    ids,
    { timeout: 120_000 },
  );

async function settle(page: Page) {
  await page.waitForSelector('[data-testid=case-map][data-ready=true]', { timeout: 120_000 });
  await page.waitForFunction(() => {
    const map = (globalThis as unknown as PageGlobal).__gccMap;
    return map?.loaded() && map.areTilesLoaded();
  }, undefined, { timeout: 120_000 });
  await figuresIn(page);
  await page.waitForTimeout(2500); // chart animations
}

// Stop the host whatever happens: it runs an embedded server and the simulator.
try {
  for (const [w, h] of [[1920, 1080], [3840, 2160]] as const) {
    const page = await open(w, h, '#/bigscreen');
    await settle(page);
    await page.screenshot({ path: `${outDir}/bigscreen-${w}.png` });
    console.log(`${outDir}/bigscreen-${w}.png`);
    await page.close();
  }
  // Tall enough for all seven panels: the view scrolls inside the workstation's fixed frame.
  const desk = await open(1600, 2300, '#/platforms');
  await figuresIn(desk, ['kpi-accepted', 'grids', 'workers', 'metric-livelihood_done']);
  await desk.waitForTimeout(2500);
  await desk.screenshot({ path: `${outDir}/platforms.png` });
  console.log(`${outDir}/platforms.png`);
} finally {
  await browser.close();
  await host?.stop();
}
