// The upload queue on a real cache file and a real HTTP peer that fails on
// demand: bytes wait while the link is down, are retried with backoff after
// errors, are sent once, and a refusal the center means is kept with its reason.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { createAttachmentStore } from './attachment-store.ts';
import { createAttachmentUploads } from './attachment-uploads.ts';
import { openCache } from './cache.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('attachment uploads', () => {
  const dir = tempDir();
  /** What the peer answers next; after the list runs out, 201. */
  const answers: number[] = [];
  const received = new Map<string, Buffer>();
  const puts: { at: number; sha: string; status: number }[] = [];
  const peer = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const name = req.url!.split('/').pop()!;
    const status = answers.shift() ?? (sha(Buffer.concat(chunks)) === name ? 201 : 422);
    puts.push({ at: Date.now(), sha: name, status });
    if (status < 300) received.set(name, Buffer.concat(chunks));
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(status < 300 ? { ok: true } : { ok: false, error: `refused ${status}` }));
  });
  let url = '';
  let online = false;
  const changed: string[] = [];
  const db = openCache(dir.path);
  const files = createAttachmentStore(join(dir.path, 'attachments'));
  let uploads: ReturnType<typeof createAttachmentUploads>;
  beforeAll(async () => {
    await new Promise<void>((r) => peer.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(peer.address() as AddressInfo).port}`;
    uploads = createAttachmentUploads(db, files, {
      serverUrl: url, token: () => 'token', canTry: () => online, onChange: (h) => changed.push(...h), retryBaseMs: 100, retryMaxMs: 400,
    });
  });
  afterAll(async () => {
    uploads.close();
    db.close();
    await new Promise((r) => peer.close(r));
    dir.remove();
  });
  const store = (text: string) => {
    const bytes = Buffer.from(text);
    files.write(sha(bytes), bytes.length, 0, bytes);
    uploads.enqueue(sha(bytes), bytes.length);
    return sha(bytes);
  };
  const row = (h: string) => db.prepare('select state, attempts, error from attachment_uploads where sha256 = ?').get(h) as { state: string; attempts: number; error: string | null };

  it('keeps bytes queued while offline and sends them when the link comes up', async () => {
    const h = store('photo taken offline');
    await new Promise((r) => setTimeout(r, 100));
    expect(puts).toEqual([]);
    expect(row(h).state).toBe('pending');
    expect(await uploads.status([h])).toEqual([{ sha256: h, state: 'pending', local: true, error: null }]);
    online = true;
    uploads.kick();
    await until(() => row(h).state === 'uploaded');
    expect(received.get(h)?.toString()).toBe('photo taken offline');
    expect(changed).toContain(h);
    // Queued again (the same bytes attached twice): not sent again.
    expect(uploads.enqueue(h, 19)).toBe(false);
    await new Promise((r) => setTimeout(r, 100));
    expect(puts.filter((p) => p.sha === h)).toHaveLength(1);
  });

  it('retries after server errors with growing, capped delays', async () => {
    answers.push(503, 503, 500);
    const h = store('photo during a server hiccup');
    await until(() => row(h).state === 'uploaded');
    const tries = puts.filter((p) => p.sha === h);
    expect(tries.map((p) => p.status)).toEqual([503, 503, 500, 201]);
    const gaps = tries.slice(1).map((p, i) => p.at - tries[i]!.at);
    // Delays are base·2^attempt with jitter in [½, 1]: ≥ 50, ≥ 100, ≥ 200 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    expect(gaps[2]).toBeGreaterThanOrEqual(195);
    expect(row(h).attempts).toBe(3);
  });

  it('keeps a refusal the center means, with its reason, and does not retry it', async () => {
    answers.push(422);
    const h = store('photo the center refuses');
    await until(() => row(h).state === 'failed');
    await new Promise((r) => setTimeout(r, 300));
    expect(puts.filter((p) => p.sha === h)).toHaveLength(1);
    expect(row(h).error).toBe('refused 422');
    expect(files.has(h)).toBe(true); // the bytes stay
    expect((await uploads.status([h]))[0]).toMatchObject({ state: 'failed', local: true, error: 'refused 422' });
  });

  it('survives a restart: queued bytes are still queued, and stored bytes without a row are adopted', async () => {
    online = false;
    const queued = store('queued before the restart');
    const orphan = Buffer.from('stored, then the workstation stopped');
    files.write(sha(orphan), orphan.length, 0, orphan);
    uploads.close();
    uploads = createAttachmentUploads(db, files, { serverUrl: url, token: () => 'token', canTry: () => online, onChange: () => undefined, retryBaseMs: 100 });
    expect(row(queued).state).toBe('pending');
    expect(row(sha(orphan)).state).toBe('pending');
    online = true;
    uploads.kick();
    await until(() => row(queued).state === 'uploaded' && row(sha(orphan)).state === 'uploaded');
    expect(uploads.pendingCount()).toBe(0);
  });

  it('sends every stored file again to a new (or reset) server', async () => {
    const before = puts.length;
    received.clear();
    uploads.forgetServer();
    await until(() => uploads.pendingCount() === 0 && received.size === files.list().length);
    expect(puts.length - before).toBe(files.list().length);
  });
});
