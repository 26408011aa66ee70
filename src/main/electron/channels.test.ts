// The app's own pages are told by scheme and host: Node's URL gives app: the origin 'null'.
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from './channels.ts';

describe('the app page check', () => {
  it('knows the app page, though its origin reads as null to Node', () => {
    expect(new URL(`${APP_ORIGIN}/index.html`).origin).toBe('null');
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/#/bigscreen`)).toBe(true);
  });

  it('refuses other hosts, other schemes and what is no URL', () => {
    for (const url of ['app://evil/index.html', 'https://renderer/index.html', 'file:///index.html', 'http://127.0.0.1:4620/', '', 'not a url', 'app:renderer']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});
