// Bundling and serving a bench page for the big-screen benches: the page's
// entry is browser code under src/renderer (so it is type-checked as such and
// drives the app's own modules); here it is built with Vite and served from
// 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Build `entry` (relative to the repository) into one script; `format` iife for init scripts, es for pages. */
export async function bundle(entry: string, format: 'es' | 'iife'): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'bigscreen-bench-'));
  try {
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      // Library mode leaves process.env to the host; a browser has none (React reads NODE_ENV).
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { outDir: out, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, entry), formats: [format], name: 'bench', fileName: () => 'page.js' } },
    });
    return readFileSync(join(out, 'page.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** Serve files from memory by path ('/index.html' …). */
export function serveFiles(files: Record<string, string>): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const body = files[path === '/' ? '/index.html' : path];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() })));
}
