// The browser host as a real process: its contract socket admits only this
// run's token from its own origin, and its static server stays in its folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ATTACHMENT_CHUNK_BYTES } from '../../src/shared/domain/attachment.ts';
import { startBrowserHost, startServerProcess, type Proc } from '../support/processes.ts';
import { rawRequest } from '../support/raw-request.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('browser host', () => {
  const dir = tempDir();
  let server: Proc;
  let host: Proc;
  let origin: string;
  let token: string;
  beforeAll(async () => {
    server = await startServerProcess(`${dir.path}/server`);
    host = await startBrowserHost(`${dir.path}/host`, server.url);
    const url = new URL(host.url);
    origin = url.origin;
    token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  }, 30_000);
  afterAll(async () => {
    await host?.stop();
    await server?.stop();
    dir.remove();
  });

  const open = (query: string, headers: Record<string, string>) =>
    new Promise<WebSocket | number>((resolve) => {
      const ws = new WebSocket(`${origin.replace('http', 'ws')}/contract?${query}`, { headers });
      ws.once('open', () => resolve(ws));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });

  it('refuses a wrong token and a foreign origin', async () => {
    expect(await open('token=wrong', { origin })).toBe(401);
    expect(await open(`token=${token}`, { origin: 'http://evil.example' })).toBe(403);
    expect(await open(`token=${token}`, {})).toBe(403);
  });

  it('says, asked plainly at the contract\'s address, whether a token is this run\'s', async () => {
    // What a page cannot learn from its refused socket: 401 means its session has ended, not that the host is away.
    expect((await fetch(`${origin}/contract?token=wrong`)).status).toBe(401);
    expect((await fetch(`${origin}/contract`)).status).toBe(401);
    expect((await fetch(`${origin}/contract?token=${token}`)).status).toBe(426);
  });

  it('carries the contract for its own page', async () => {
    const ws = await open(`token=${token}`, { origin });
    if (typeof ws === 'number') throw new Error(`refused: ${ws}`);
    const reply = new Promise<unknown>((resolve) => ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.type === 'response') resolve(msg);
    }));
    ws.send(JSON.stringify({ id: 7, kind: 'query', name: 'session.info', args: {} }));
    expect(await reply).toMatchObject({ type: 'response', id: 7, ok: true, result: { locale: 'zh-CN' } });
    ws.close();
  });

  it('carries a full attachment chunk in one message, and the file arrives whole', async () => {
    const ws = await open(`token=${token}`, { origin });
    if (typeof ws === 'number') throw new Error(`refused: ${ws}`);
    const replies = new Map<number, (msg: { ok: boolean; result?: { done: boolean }; error?: unknown }) => void>();
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.type === 'response') replies.get(msg.id)?.(msg);
    });
    const call = (id: number, name: string, args: unknown) =>
      new Promise<{ ok: boolean; result?: { done: boolean }; error?: unknown }>((resolve) => {
        replies.set(id, resolve);
        ws.send(JSON.stringify({ id, kind: 'command', name, args }));
      });
    const bytes = Buffer.alloc(ATTACHMENT_CHUNK_BYTES + 10, 7);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const first = await call(1, 'attachments.write', { sha256, size: bytes.length, offset: 0, data: bytes.subarray(0, ATTACHMENT_CHUNK_BYTES).toString('base64') });
    expect(first).toMatchObject({ ok: true, result: { done: false } });
    const last = await call(2, 'attachments.write', { sha256, size: bytes.length, offset: ATTACHMENT_CHUNK_BYTES, data: bytes.subarray(ATTACHMENT_CHUNK_BYTES).toString('base64') });
    expect(last).toMatchObject({ ok: true, result: { done: true } });
    expect(readFileSync(`${dir.path}/host/workstation/attachments/${sha256}`).equals(bytes)).toBe(true);
    ws.close();
  });

  it('carries a city-sized grid file in one message, and answers for it', async () => {
    const ws = await open(`token=${token}`, { origin });
    if (typeof ws === 'number') throw new Error(`refused: ${ws}`);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    const reply = new Promise<{ ok: boolean; error?: { message: string } }>((resolve) => ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.type === 'response') resolve(msg);
    }));
    // Four megabytes of what claims to be a zip: past any small message limit, and refused for what it is, not for its size.
    ws.send(JSON.stringify({ id: 9, kind: 'command', name: 'grids.import', args: { shapefileZip: 'A'.repeat(4 * 1024 * 1024) } }));
    const answer = await Promise.race([reply, closed.then((code) => ({ ok: false, error: { message: `closed ${code}` } }))]);
    expect(answer.ok).toBe(false);
    expect(answer.error?.message).not.toMatch(/^closed/);
    expect(ws.readyState).toBe(ws.OPEN);
    ws.close();
  });

  it('serves nothing outside the renderer folder', async () => {
    const res = await fetch(`${origin}/..%2f..%2fpackage.json`);
    expect(res.status).toBe(404);
  });

  it('answers an address that decodes to nothing with 400, and goes on serving', async () => {
    const reply = await rawRequest(origin, 'GET', '/%E0');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    // Still serving (the contract's address answers whether or not the renderer has been built).
    expect((await fetch(`${origin}/contract`)).status).toBe(401);
  });
});

describe('browser host started anew on its port', () => {
  const dir = tempDir();
  let server: Proc;
  let host: Proc;
  afterAll(async () => {
    await host?.stop();
    await server?.stop();
    dir.remove();
  });

  it('refuses the token of the run before, and says so to a page that asks', async () => {
    server = await startServerProcess(`${dir.path}/server`);
    host = await startBrowserHost(`${dir.path}/host`, server.url);
    const before = new URL(host.url);
    const oldToken = new URLSearchParams(before.hash.slice(1)).get('token')!;
    await host.stop();
    host = await startBrowserHost(`${dir.path}/host`, server.url, 'dispatcher', Number(before.port));
    const after = new URL(host.url);
    expect(after.origin).toBe(before.origin);
    const newToken = new URLSearchParams(after.hash.slice(1)).get('token')!;
    expect(newToken).not.toBe(oldToken);

    const handshake = (token: string) => new Promise<number>((resolve) => {
      const ws = new WebSocket(`${after.origin.replace('http', 'ws')}/contract?token=${token}`, { headers: { origin: after.origin } });
      ws.once('open', () => (ws.close(), resolve(101)));
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('error', () => resolve(-1));
    });
    expect(await handshake(oldToken)).toBe(401);
    expect((await fetch(`${after.origin}/contract?token=${oldToken}`)).status).toBe(401);
    expect(await handshake(newToken)).toBe(101);
    expect((await fetch(`${after.origin}/contract?token=${newToken}`)).status).toBe(426);
  }, 60_000);
});
