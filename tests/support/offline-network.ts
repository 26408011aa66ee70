// The app must work with no network: refuse every request that leaves this
// machine and keep what was asked for, so a spec can assert there was none.
import type { Page } from '@playwright/test';

export async function forbidExternalRequests(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return external;
}
