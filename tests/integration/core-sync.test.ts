// The workstation core against a real server: live changes, the outbox across
// an outage, and the cache across a restart.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import { command, query } from '../support/core-client.ts';
import { connectClient, DEMO_PASSWORD } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;
const credentials = { username: 'dispatcher', password: DEMO_PASSWORD };
const input = { title: '离线上报的占道经营', categoryKind: '事件', categoryCode: '0501', point: [130.35, 46.81] as [number, number] };

describe('core ↔ server sync', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.reverse()) await fn();
    cleanup.length = 0;
  });

  async function server(dataDir: string, port = 0): Promise<RunningServer> {
    const s = await startEmbeddedServer({ dataDir, resourcesDir: RESOURCES, port, logger: silentLogger, seed: 'sample' });
    return s;
  }
  async function core(dataDir: string, serverUrl: string): Promise<Core> {
    const c = await createCore({ dataDir, serverUrl, credentials });
    cleanup.push(() => c.close());
    return c;
  }
  const online = (c: Core) => expect.poll(() => query<LinkState>(c, 'link.state').then((s) => s.status), { timeout: 8000 }).toBe('online');
  /** A server and a core over it, in one temp folder, once the core is online. */
  async function onlineCore() {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const s = await server(`${dir.path}/server`);
    cleanup.push(() => s.close());
    const c = await core(`${dir.path}/ws`, s.url);
    await online(c);
    return { dir, s, c };
  }

  /** A core whose server has gone away once it was online; `restart` brings the server back on its port. */
  async function coreOffline() {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const first = await server(`${dir.path}/server`);
    const c = await core(`${dir.path}/ws`, first.url);
    await online(c);
    await first.close();
    await expect.poll(() => query<LinkState>(c, 'link.state').then((x) => x.status)).toBe('offline');
    const restart = async () => {
      const s = await server(`${dir.path}/server`, first.port);
      cleanup.push(() => s.close());
      return s;
    };
    return { c, restart };
  }

  it('shows a case created on the server within a second', async () => {
    const { s, c } = await onlineCore();
    expect((await query<CaseListItem[]>(c, 'cases.list')).length).toBe(5);

    const peer = await connectClient(s.url, 'intake');
    const started = Date.now();
    const { caseId } = await peer.report({ title: '服务器端新建问题件', categoryKind: '部件', categoryCode: '0101', point: [130.37, 46.8] });
    peer.close();
    await expect.poll(async () => (await query<CaseListItem[]>(c, 'cases.list')).some((x) => x.id === caseId), { timeout: 1000, interval: 20 }).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('finds cases by search right after catch-up and right after a command, before the background indexer ran, and after', async () => {
    const { dir, c } = await onlineCore();
    const titles = async (text: string) => (await query<CaseListItem[]>(c, 'cases.search', { text, limit: 20 })).map((x) => x.title);
    expect(await titles('井盖缺失')).toContain('长安路井盖缺失');
    // Answered before the indexer's first slice, which waits for a timer.
    const { id } = await command<{ id: string }>(c, 'cases.report', input);
    expect(await titles('占道经营')).toContain(input.title);
    expect(await titles('离线')).toContain(input.title);

    const cache = new Database(`${dir.path}/ws/cache.sqlite`, { readonly: true });
    cleanup.push(() => void cache.close());
    const marked = () => (cache.prepare('select count(*) as n from search_dirty').get() as { n: number }).n;
    await expect.poll(marked, { timeout: 8000 }).toBe(0);
    expect(await titles('井盖缺失')).toContain('长安路井盖缺失');
    expect(await titles('离线')).toContain(input.title);
    expect((await query<CaseListItem[]>(c, 'cases.search', { text: '占道经营', limit: 20 })).filter((x) => x.id === id)).toHaveLength(1);
  });

  it('keeps offline work in the outbox and flushes it once the server is back', async () => {
    const { c, restart } = await coreOffline();

    const { id } = await command<{ id: string }>(c, 'cases.report', input);
    const offline = await query<CaseListItem[]>(c, 'cases.list');
    expect(offline.find((x) => x.id === id)).toMatchObject({ pending: true, code: null, state: 'reported' });
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ status: 'offline', pending: 1 });

    const s = await restart();
    await online(c);
    await expect.poll(async () => (await query<CaseListItem[]>(c, 'cases.list')).find((x) => x.id === id)?.code ?? null, { timeout: 5000 }).toMatch(/^JQ-/);
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ pending: 0, attention: 0 });
    const peer = await connectClient(s.url);
    const all = await peer.pull(0);
    peer.close();
    expect(all.ok && all.changes.filter((ch) => ch.id === id).length).toBe(1);
  });

  it('flushes an outbox larger than one socket message in several pushes', async () => {
    const { c, restart } = await coreOffline();
    // 200 reports of 2,000 characters each: about 1.3 MB of JSON, past the server's 1 MB message.
    for (let i = 0; i < 200; i++) await command(c, 'cases.report', { ...input, title: `离线长描述${i}`, description: '井'.repeat(2000) });
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ pending: 200 });
    const s = await restart();
    await expect.poll(() => query<LinkState>(c, 'link.state').then((x) => x.pending), { timeout: 20_000 }).toBe(0);
    const peer = await connectClient(s.url);
    const all = await peer.pull(0);
    peer.close();
    expect(all.ok && new Set(all.changes.filter((ch) => ch.data.title.startsWith('离线长描述')).map((ch) => ch.id)).size).toBe(200);
  }, 40_000);

  it('lists cached cases after a restart with the server down, and says it is offline', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const s = await server(`${dir.path}/server`);
    let c = await core(`${dir.path}/ws`, s.url);
    await online(c);
    const before = await query<CaseListItem[]>(c, 'cases.list');
    await c.close();
    await s.close();

    c = await core(`${dir.path}/ws`, s.url);
    const after = await query<CaseListItem[]>(c, 'cases.list');
    expect(after.map((x) => x.id)).toEqual(before.map((x) => x.id));
    const link = await query<LinkState>(c, 'link.state');
    expect(link.status).toBe('offline');
    expect(link.lastSyncAt).not.toBeNull();
  });

  it('rolls back work the server refuses and keeps it, with the reason, for the operator', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    let s = await server(`${dir.path}/server`);
    const port = s.port;
    const c = await core(`${dir.path}/ws`, s.url);
    await online(c);
    const target = (await query<CaseListItem[]>(c, 'cases.list')).find((x) => x.state === 'reported')!;
    await s.close();

    // Offline, this operator files the case; meanwhile intake voids it at the center.
    await command(c, 'cases.act', { caseId: target.id, action: { type: 'accept' } });
    expect((await query<CaseListItem[]>(c, 'cases.list')).find((x) => x.id === target.id)).toMatchObject({ state: 'filed', pending: true });
    // Intake acts on the server's data first, on a port this workstation does not know, so its
    // reconnect cannot win the race; then the server comes back where the workstation looks.
    const center = await server(`${dir.path}/server`);
    const intake = await connectClient(center.url, 'intake');
    expect(await intake.act(target.id, { type: 'reject', reason: '重复上报' })).toMatchObject({ status: 'applied' });
    intake.close();
    await center.close();
    s = await server(`${dir.path}/server`, port);
    cleanup.push(() => s.close());

    await expect.poll(() => query<LinkState>(c, 'link.state').then((x) => x.attention), { timeout: 8000 }).toBe(1);
    const [item] = await query<{ caseId: string; reason: string; args: { action: { type: string } } }[]>(c, 'attention.list');
    expect(item).toMatchObject({ caseId: target.id, args: { action: { type: 'accept' } } });
    expect(item!.reason).toContain('已被他人更新');
    await expect.poll(async () => (await query<CaseListItem[]>(c, 'cases.list')).find((x) => x.id === target.id)?.state).toBe('voided');
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ pending: 0, status: 'online' });
  });

  it('refuses at once what the workflow would refuse, queueing nothing', async () => {
    const { c } = await onlineCore();
    const target = (await query<CaseListItem[]>(c, 'cases.list'))[0]!;
    await expect(command(c, 'cases.act', { caseId: target.id, action: { type: 'close' } })).rejects.toThrow(/failed: /);
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ pending: 0 });
  });

  it('answers bad requests with a clear error and changes nothing', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const c = await core(`${dir.path}/ws`, 'http://127.0.0.1:9');
    expect(await c.request({ nonsense: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await c.request({ id: 1, kind: 'command', name: 'cases.delete', args: {} })).toMatchObject({ ok: false, error: { code: 'unknown-name' } });
    expect(await c.request({ id: 2, kind: 'command', name: 'cases.report', args: { ...input, title: '  ' } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await query<LinkState>(c, 'link.state')).toMatchObject({ pending: 0 });
    expect(await query<CaseListItem[]>(c, 'cases.list')).toEqual([]);
  });
});
