// Measurements taken inside the page, so a figure is when the page did
// something, not when a Playwright poll happened to look (polls back off to
// hundreds of milliseconds apart).
import type { Page } from '@playwright/test';

/**
 * Resolves when the map has its container's size and nothing left to load or animate (maplibre's own
 * 'idle'). maplibre follows a resize through a ResizeObserver, a frame or more after the window changed,
 * and is idle at its old size meanwhile: a point projected then lands hundreds of pixels off.
 */
export const mapIdle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => {
    const m = window.__gccMap!;
    const sized = () => {
      const canvas = m.getCanvas();
      const box = m.getContainer();
      return canvas.clientWidth === box.clientWidth && canvas.clientHeight === box.clientHeight;
    };
    const settle = () => {
      if (!sized()) requestAnimationFrame(settle);
      else if (!m.isMoving() && m.loaded() && m.areTilesLoaded()) resolve();
      else m.once('idle', settle);
    };
    settle();
  }));

/**
 * Starts watching for an element matching `selector` whose text contains `text`; the returned
 * function gives the page's Date.now() when it first appeared (undefined while it has not).
 */
export async function watchForText(page: Page, selector: string, text: string): Promise<() => Promise<number | undefined>> {
  const key = `__seen_${Math.random().toString(36).slice(2)}`;
  await page.evaluate(({ key, selector, text }) => {
    const w = window as unknown as Record<string, number | undefined>;
    const present = () => [...document.querySelectorAll(selector)].some((e) => e.textContent?.includes(text));
    const observer = new MutationObserver(() => {
      if (!present()) return;
      w[key] = Date.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, { key, selector, text });
  return () => page.evaluate((key) => (window as unknown as Record<string, number | undefined>)[key], key);
}
