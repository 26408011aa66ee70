// Serves the built renderer: only files under its root, with a CSP that
// allows maplibre's blob workers, the contract WebSocket on this origin and,
// only when one is configured, the online basemap's tile origins.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page's policy. `tileOrigins` are the configured online basemap's
 * (exact scheme://host:port, none when offline): maplibre fetches raster tiles,
 * so they join connect-src, and img-src for the decoded images.
 */
export function contentSecurityPolicy(tileOrigins: readonly string[] = []): string {
  const tiles = tileOrigins.filter((o) => /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(o)).map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    // maplibre's workers come under worker-src; the app has no frames and no forms.
    "frame-src 'none'",
    "form-action 'none'",
    `connect-src 'self' data: blob:${tiles}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** `tileOrigins` is asked on every response, so a basemap set in the app applies from the next page load. */
export function createStaticHandler(root: string, tileOrigins: () => readonly string[] = () => []) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let file: string;
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      file = normalize(join(root, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    } catch {
      // No URL, or an escape that decodes to nothing (/%E0): no file has that name.
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    if (!file.startsWith(root + sep) || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'content-security-policy': contentSecurityPolicy(tileOrigins()),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  };
}
