// Attachment bytes end to end with the real server: a file attached while the
// link is down waits in the workstation's store and reaches the center after
// reconnect; the center refuses bytes that do not match their digest and keeps
// nothing; only an account that can see a case naming the bytes may read them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import { ATTACHMENT_CHUNK_BYTES, MAX_ATTACHMENT_BYTES } from '../../src/shared/domain/attachment.ts';
import { command, query, until } from '../support/core-client.ts';
import { DEMO_PASSWORD, login } from '../support/server-client.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Attach a file as the renderer does: chunk by chunk through the contract. */
async function attach(core: Core, bytes: Buffer) {
  const hash = sha(bytes);
  for (let offset = 0; ; offset += ATTACHMENT_CHUNK_BYTES) {
    const data = bytes.subarray(offset, offset + ATTACHMENT_CHUNK_BYTES).toString('base64');
    const r = await command<{ received: number; done: boolean }>(core, 'attachments.write', { sha256: hash, size: bytes.length, offset, data });
    if (r.done) return hash;
  }
}

/** A PUT of `size` zero bytes through node:http, which reports the answer even when the server stops reading early. */
function rawPut(url: string, authorization: string, size: number, declare: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'PUT', headers: { authorization, ...(declare ? { 'content-length': String(size) } : { 'transfer-encoding': 'chunked' }) } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    const block = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(block.length, size - sent);
        sent += n;
        if (!req.write(block.subarray(0, n))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

async function readAll(core: Core, hash: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const r: { data: string; next: number | null } = await query(core, 'attachments.read', { sha256: hash, offset });
    parts.push(Buffer.from(r.data, 'base64'));
    offset = r.next;
  }
  return Buffer.concat(parts);
}

describe('attachment bytes through the server', () => {
  const dir = tempDir();
  let server: RunningServer;
  let proxy: TcpProxy;
  let center: Core;
  const photo = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251)); // three chunks
  const hash = sha(photo);
  let caseId = '';
  const token = async (user: string) => {
    const s = await login(server.url, user);
    if (!s.ok) throw new Error(s.error);
    return s.token;
  };
  const get = async (user: string, h = hash, method = 'GET') =>
    fetch(`${server.url}/api/attachments/${h}`, { method, headers: { authorization: `Bearer ${await token(user)}` } });
  const serverFiles = () => readdirSync(join(dir.path, 'server', 'attachments')).filter((n) => n !== '.staging');

  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir: join(dir.path, 'server'), resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
    proxy = await startTcpProxy(server.port);
    center = await createCore({ dataDir: join(dir.path, 'center'), serverUrl: proxy.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
    await until(async () => (await query<LinkState>(center, 'link.state')).status === 'online', 15_000);
  }, 60_000);
  afterAll(async () => {
    await center.close();
    await proxy.close();
    await server.close();
    dir.remove();
  });

  it('keeps a file attached offline and uploads it after reconnect', async () => {
    proxy.cut();
    await until(async () => (await query<LinkState>(center, 'link.state')).status === 'offline', 15_000);
    expect(await attach(center, photo)).toBe(hash);
    expect(existsSync(join(dir.path, 'center', 'attachments', hash))).toBe(true);
    const point = (await query<CaseListItem[]>(center, 'cases.list')).find((c) => c.title === '长安路井盖缺失')!.point;
    caseId = (await command<{ id: string }>(center, 'cases.report', {
      title: '中山路井盖破损', categoryKind: '部件', categoryCode: '0101', point,
      attachments: [{ name: '现场照片.jpg', size: photo.length, type: 'image/jpeg', sha256: hash, step: 'report', at: new Date().toISOString() }],
    })).id;
    expect(await query(center, 'attachments.status', { hashes: [hash] })).toEqual([{ sha256: hash, state: 'pending', local: true, error: null }]);
    expect(serverFiles()).toEqual([]);

    proxy.heal();
    await until(async () => (await query<{ state: string }[]>(center, 'attachments.status', { hashes: [hash] }))[0]!.state === 'uploaded', 15_000);
    expect(serverFiles()).toEqual([hash]);
    await until(async () => (await query<CaseListItem | null>(center, 'cases.get', { id: caseId }))?.pending === false, 15_000);
    const res = await get('dispatcher');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
  }, 60_000);

  it('checks what the renderer sends: digest, size, order of chunks, base64, the list’s filter', async () => {
    const bytes = Buffer.from('a picked file');
    const h = sha(bytes);
    const write = (args: object) => command(center, 'attachments.write', { sha256: h, size: bytes.length, offset: 0, data: bytes.toString('base64'), ...args });
    await expect(write({ sha256: 'nope' })).rejects.toThrow('bad-request');
    await expect(write({ data: '***' })).rejects.toThrow('base64');
    await expect(write({ size: MAX_ATTACHMENT_BYTES + 1 })).rejects.toThrow('MB');
    await expect(write({ offset: 5 })).rejects.toThrow('应从第 0 字节续传');
    await expect(write({ sha256: sha(Buffer.from('other bytes')) })).rejects.toThrow('附件摘要不符');
    await expect(write({ data: 'A'.repeat(Math.ceil(ATTACHMENT_CHUNK_BYTES / 3) * 4 + 4) })).rejects.toThrow('bad-request');
    expect(existsSync(join(dir.path, 'center', 'attachments', h))).toBe(false);
    await expect(query(center, 'cases.list', { filter: { colour: 'red' } })).rejects.toThrow('bad-request');
    await expect(query(center, 'cases.list', { filter: { light: 'purple' } })).rejects.toThrow('bad-request');
    await expect(query(center, 'cases.list', { sort: 'random' })).rejects.toThrow('bad-request');
    const urgent = await query<CaseListItem[]>(center, 'cases.list', { filter: { priority: 'urgent' }, sort: 'deadline' });
    expect(urgent.length).toBeGreaterThan(0);
    expect(urgent.every((c) => c.priority === 'urgent')).toBe(true);
    expect(await query(center, 'cases.count', { filter: { priority: 'urgent' } })).toBe(urgent.length);
  });

  it('refuses bytes that do not match the digest in the address, and stores nothing', async () => {
    const other = sha(Buffer.from('some other photo'));
    const res = await fetch(`${server.url}/api/attachments/${other}`, {
      method: 'PUT', headers: { authorization: `Bearer ${await token('dispatcher')}` }, body: Buffer.from('not that photo'),
    });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringContaining('附件摘要不符') });
    expect(serverFiles()).toEqual([hash]);
    expect(readdirSync(join(dir.path, 'server', 'attachments', '.staging'))).toEqual([]);
    // Too large, declared or not: refused with 413 as the body streams in, and nothing kept.
    const auth = `Bearer ${await token('dispatcher')}`;
    expect(await rawPut(`${server.url}/api/attachments/${other}`, auth, MAX_ATTACHMENT_BYTES + 1, true)).toBe(413);
    expect(await rawPut(`${server.url}/api/attachments/${other}`, auth, MAX_ATTACHMENT_BYTES + 1, false)).toBe(413);
    expect(serverFiles()).toEqual([hash]);
    expect(readdirSync(join(dir.path, 'server', 'attachments', '.staging'))).toEqual([]);
    expect((await fetch(`${server.url}/api/attachments/${hash}`, { method: 'PUT', body: photo })).status).toBe(401);
    // The same bytes again: acknowledged, nothing new.
    const again = await fetch(`${server.url}/api/attachments/${hash}`, { method: 'PUT', headers: { authorization: `Bearer ${await token('dispatcher')}` }, body: photo });
    expect(again.status).toBe(200);
    expect(serverFiles()).toEqual([hash]);
  });

  it('lets only accounts that can see a case naming the bytes read them', async () => {
    await command(center, 'cases.act', { caseId, action: { type: 'accept' } });
    await command(center, 'cases.act', { caseId, action: { type: 'dispatch', departmentId: 'chengguan', seatId: 'seat-230800-chengguan' } });
    await until(async () => (await query<LinkState>(center, 'link.state')).pending === 0, 15_000);
    expect((await get('seat-chengguan')).status).toBe(200);
    expect((await get('seat-chengguan', hash, 'HEAD')).status).toBe(200);
    // Another department's liaison, crafting the call with its own valid session: not found for it.
    const denied = await get('seat-gongan');
    expect(denied.status).toBe(404);
    expect(await denied.json()).toMatchObject({ ok: false, error: '附件不存在或不在您的管辖范围' });
    expect((await get('seat-gongan', hash, 'HEAD')).status).toBe(404);
    // Bytes no case names are readable by no one, whoever uploaded them.
    const loose = Buffer.from('uploaded but never attached');
    await fetch(`${server.url}/api/attachments/${sha(loose)}`, { method: 'PUT', headers: { authorization: `Bearer ${await token('dispatcher')}` }, body: loose });
    expect((await get('dispatcher', sha(loose))).status).toBe(404);
  });

  it('gives another workstation the bytes from the center, verified and then kept locally', async () => {
    const seat = await createCore({ dataDir: join(dir.path, 'seat'), serverUrl: server.url, credentials: { username: 'seat-chengguan', password: DEMO_PASSWORD } });
    const other = await createCore({ dataDir: join(dir.path, 'gongan'), serverUrl: server.url, credentials: { username: 'seat-gongan', password: DEMO_PASSWORD } });
    try {
      await until(async () => (await query<CaseListItem | null>(seat, 'cases.get', { id: caseId })) !== null, 15_000);
      expect(await query(seat, 'attachments.status', { hashes: [hash] })).toEqual([{ sha256: hash, state: 'uploaded', local: false, error: null }]);
      expect((await readAll(seat, hash)).equals(photo)).toBe(true);
      expect(existsSync(join(dir.path, 'seat', 'attachments', hash))).toBe(true);
      expect((await query<{ local: boolean }[]>(seat, 'attachments.status', { hashes: [hash] }))[0]!.local).toBe(true);
      // Through its own core, the other department is refused as well.
      await until(async () => (await query<LinkState>(other, 'link.state')).status === 'online', 15_000);
      await expect(query(other, 'attachments.read', { sha256: hash })).rejects.toThrow('附件不存在或不在您的管辖范围');
      expect(existsSync(join(dir.path, 'gongan', 'attachments', hash))).toBe(false);
    } finally {
      await seat.close();
      await other.close();
    }
  }, 60_000);
});

describe('the daily upload allowance', () => {
  it('refuses new bytes over an account’s allowance with 429 and keeps nothing; bytes already stored still answer', async () => {
    const dir = tempDir();
    const server = await startEmbeddedServer({ dataDir: dir.path, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample', attachmentQuotaBytes: 1000 });
    try {
      const put = async (user: string, body: Buffer) => {
        const s = await login(server.url, user);
        if (!s.ok) throw new Error(s.error);
        return fetch(`${server.url}/api/attachments/${sha(body)}`, { method: 'PUT', headers: { authorization: `Bearer ${s.token}` }, body });
      };
      const first = Buffer.alloc(600, 1);
      const second = Buffer.alloc(600, 2);
      expect((await put('dispatcher', first)).status).toBe(201);
      const refused = await put('dispatcher', second);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: string }).error).toContain('上限');
      expect(readdirSync(join(dir.path, 'attachments')).filter((n) => n !== '.staging')).toEqual([sha(first)]);
      expect((await put('dispatcher', first)).status).toBe(200);
      // Another account has its own allowance.
      expect((await put('intake', second)).status).toBe(201);
    } finally {
      await server.close();
      dir.remove();
    }
  });
});
