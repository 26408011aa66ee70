// Serves the built renderer from app://renderer/ instead of file://, so the
// page has a real origin, a CSP header and no access to the rest of the disk.
import { net, protocol } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../browser-host/static-files.ts';
import { APP_HOST, APP_SCHEME } from './channels.ts';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** `tileOrigins`: the configured online basemap's, asked per response (none until the core is up). */
export function serveRenderer(root: string, tileOrigins: () => readonly string[]): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    try {
      const url = new URL(request.url);
      const file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
      if (url.host !== APP_HOST || !file.startsWith(root + sep)) return new Response('not found', { status: 404 });
      const res = await net.fetch(pathToFileURL(file).toString());
      const headers = new Headers(res.headers);
      headers.set('content-security-policy', contentSecurityPolicy(tileOrigins()));
      headers.set('x-content-type-options', 'nosniff');
      return new Response(res.body, { status: res.status, headers });
    } catch {
      // An escape that decodes to nothing (/%E0), or no such file: not found, as the browser host says.
      return new Response('not found', { status: 404 });
    }
  });
}
