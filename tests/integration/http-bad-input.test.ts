// The server as a real process, sent what a broken client, a probe or a dropped connection sends:
// each gets a clear answer (or none, where the sender left), and the server serves on.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type Proc } from '../support/processes.ts';
import { connectClient, login } from '../support/server-client.ts';
import { rawRequest } from '../support/raw-request.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('the server under bad requests', () => {
  const dir = tempDir();
  let server: Proc;
  let exited: number | null | undefined;
  const token = async (user: string) => {
    const s = await login(server.url, user);
    if (!s.ok) throw new Error(s.error);
    return s.token;
  };
  const alive = async () => (await fetch(`${server.url}/api/health`)).status === 200 && exited === undefined;

  beforeAll(async () => {
    server = await startServerProcess(dir.path);
    server.child.once('exit', (code) => (exited = code));
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    dir.remove();
  });

  it('answers a request line that is no URL with 400', async () => {
    const reply = await rawRequest(server.url, 'GET', 'http://[/api/health');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('请求地址无效');
    expect(await alive()).toBe(true);
  });

  it('says a body is not JSON, in its own words', async () => {
    const res = await fetch(`${server.url}/api/login`, { method: 'POST', body: '{"username":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: '请求体不是有效的 JSON' });
  });

  it('refuses a metrics batch that is no list, and stores none of it', async () => {
    const auth = { authorization: `Bearer ${await token('admin')}` };
    for (const body of ['{"points":"not-a-list"}', '{}']) {
      const res = await fetch(`${server.url}/api/metrics`, { method: 'POST', headers: auth, body });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ ok: false, error: 'points 必须是数据点数组' });
    }
  });

  it('serves on when a reader leaves in the middle of a download', async () => {
    const dispatcher = await token('dispatcher');
    const bytes = Buffer.alloc(16 * 1024 * 1024, 7);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect((await fetch(`${server.url}/api/attachments/${sha}`, { method: 'PUT', headers: { authorization: `Bearer ${dispatcher}` }, body: bytes })).status).toBe(201);
    const client = await connectClient(server.url);
    const pushed = await client.push([{
      id: uuidv7(), clientId: 'bad-input-test', seq: 1, name: 'case.report', at: new Date().toISOString(),
      args: {
        id: uuidv7(), title: '附件下载中断', categoryKind: '部件', categoryCode: '0101', point: [130.3612, 46.8036],
        attachments: [{ name: 'big.bin', size: bytes.length, type: '', sha256: sha, step: 'report', at: new Date().toISOString() }],
      },
    }]);
    client.close();
    expect(pushed).toMatchObject({ ok: true, results: [{ status: 'applied' }] });
    await new Promise<void>((done) => {
      const req = request(`${server.url}/api/attachments/${sha}`, { headers: { authorization: `Bearer ${dispatcher}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.once('data', () => {
          req.destroy();
          setTimeout(done, 500);
        });
      });
      req.on('error', () => undefined);
      req.end();
    });
    expect(await alive()).toBe(true);
  }, 30_000);
});
