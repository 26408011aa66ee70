// Screenshot of a running browser host: `node scripts/screenshot.ts URL OUT.png [width height]`.
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumArgs } from '../tests/e2e/chromium.ts';

const [url, out, width = '1600', height = '900'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts URL OUT.png [width height]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForSelector('[data-testid=case-map][data-ready=true]', { timeout: 30_000 });
await page.waitForFunction(() => window.__gccMap?.loaded() && window.__gccMap.areTilesLoaded(), undefined, { timeout: 30_000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
