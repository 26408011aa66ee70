// What the workstation core answers for the dispatch views: reference data,
// the actions a user may take, the dispatch suggestion, timelines and KPIs —
// online, and from the cache once the server is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import { command, query, until } from '../support/core-client.ts';
import { DEMO_PASSWORD, login } from '../support/server-client.ts';
import { openCache } from '../../src/main/core/cache.ts';
import { createServerResources } from '../../src/main/core/server-resources.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;

describe('core queries for dispatch', () => {
  const dir = tempDir();
  let server: RunningServer;
  let core: Core;
  let target: CaseListItem;
  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir: `${dir.path}/server`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
    core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
    await until(async () => (await query<LinkState>(core, 'link.state')).status === 'online');
    await until(async () => (await query<{ fetchedAt: string | null }>(core, 'reference.directory')).fetchedAt !== null);
    target = (await query<CaseListItem[]>(core, 'cases.list')).find((c) => c.title === '长安路井盖缺失')!;
  }, 30_000);
  afterAll(async () => {
    await core.close();
    await server.close();
    dir.remove();
  });

  it('knows the session and the city’s directory', async () => {
    expect(await query(core, 'session.info')).toMatchObject({ username: 'dispatcher', role: 'dispatcher' });
    const dir = await query<{ departments: { id: string }[]; seats: unknown[]; catalog: unknown[]; staff: { username: string; displayName: string }[] }>(core, 'reference.directory');
    expect(dir.departments.map((d) => d.id)).toContain('chengguan');
    // Who acted, by name: the signed-in dispatcher's own name is the session's.
    const { displayName } = await query<{ displayName: string }>(core, 'session.info');
    expect(dir.staff).toContainEqual({ username: 'dispatcher', displayName });
    expect(displayName).not.toBe('dispatcher');
    expect(dir.catalog).toHaveLength(366);
    const grids = await query<{ grids: { code: string }[] }>(core, 'reference.grids');
    expect(grids.grids.some((g) => g.code === target.gridCode)).toBe(true);
    const workers = await query<{ role: string; phone: string }[]>(core, 'reference.gridWorkers', { gridCode: target.gridCode });
    expect(workers.filter((w) => w.role === 'leader')).toHaveLength(1);
  });

  it('fetches at once a kind of reference data its cache has never held, as after an upgrade', async () => {
    const session = await login(server.url, 'dispatcher');
    if (!session.ok) throw new Error(session.error);
    const db = openCache(`${dir.path}/upgraded`);
    try {
      const resources = createServerResources(db, { serverUrl: server.url, token: () => session.token });
      expect(await resources.refreshReference()).toBe(true);
      // Fresh and whole: nothing to fetch.
      expect(await resources.refreshReference()).toBe(false);
      // A cache written by a version that did not keep the accounts' names: fresh, but not whole.
      db.prepare("delete from reference where kind = 'staff'").run();
      expect(await resources.refreshReference()).toBe(true);
      expect(resources.reference('staff').data).toContainEqual(expect.objectContaining({ username: 'seat-chengguan' }));
    } finally {
      db.close();
    }
  });

  it('says a grid import the center has not answered may still be running, and one it cannot reach did not start', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined); // takes the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const db = openCache(`${dir.path}/import-timeout`);
    try {
      const port = (silent.address() as { port: number }).port;
      const slow = createServerResources(db, { serverUrl: `http://127.0.0.1:${port}`, token: () => 'token', importTimeoutMs: 300 });
      await expect(slow.importGrids({ geojson: { type: 'FeatureCollection', features: [] } } as never)).rejects.toThrow('导入可能仍在进行');
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      await expect(slow.importGrids({ geojson: { type: 'FeatureCollection', features: [] } } as never)).rejects.toThrow('无法连接指挥中心');
    } finally {
      db.close();
      silent.close();
    }
  });

  it('colors grids by their open cases and opens a grid card', async () => {
    const status = await query<{ gridCode: string; open: number; yellow: number; red: number }[]>(core, 'grids.status');
    expect(status.find((g) => g.gridCode === target.gridCode)).toEqual({ gridCode: target.gridCode, open: 1, yellow: 0, red: 0 });
    // Five sample cases; the one dispatched weeks ago and never signed is over its limit, and its grid is red.
    expect(status.reduce((n, g) => n + g.open, 0)).toBe(5);
    expect(status.filter((g) => g.red > 0)).toEqual([expect.objectContaining({ open: 1, yellow: 0, red: 1 })]);
    const card = await query<{ grid: { code: string } | null; workers: { role: string }[]; openCases: { id: string }[]; kpis: { accepted: number } | null }>(core, 'grids.card', { gridCode: target.gridCode });
    expect(card.grid?.code).toBe(target.gridCode);
    expect(card.workers.some((w) => w.role === 'leader')).toBe(true);
    expect(card.openCases.map((c) => c.id)).toEqual([target.id]);
    expect(card.kpis?.accepted).toBe(1);
  });

  it('offers exactly the actions the workflow allows, and suggests the owner by the matrix', async () => {
    expect(await query<string[]>(core, 'cases.actions', { id: target.id })).toEqual(expect.arrayContaining(['accept', 'reject']));
    expect(await query<string[]>(core, 'cases.actions', { id: target.id })).not.toContain('dispatch');
    await command(core, 'cases.act', { caseId: target.id, action: { type: 'accept' } });
    expect(await query<string[]>(core, 'cases.actions', { id: target.id })).toContain('dispatch');
    expect(await query(core, 'cases.queueCounts')).toMatchObject({ all: 5, intake: 3, dispatch: 1, sign: 1, overdue: 1 });
    expect((await query<CaseListItem[]>(core, 'cases.list', { queue: 'dispatch' })).map((c) => c.id)).toEqual([target.id]);
    const owner = await query<{ departmentId: string; seatId: string | null }>(core, 'cases.suggestOwner', { id: target.id });
    expect(owner).toEqual({ departmentId: 'shuiwu', seatId: expect.stringMatching(/^seat-/) }); // 上水井盖 → 水务局 in the catalog
  });

  it('warns of possible duplicates: same grid and category within days', async () => {
    const point = target.point;
    const related = await query<{ gridCode: string | null; cases: { id: string }[] }>(core, 'cases.related', { point, categoryKind: '部件', categoryCode: '0101' });
    expect(related).toEqual({ gridCode: target.gridCode, cases: [expect.objectContaining({ id: target.id })] });
    expect((await query<{ cases: unknown[] }>(core, 'cases.related', { point, categoryKind: '事件', categoryCode: '0101' })).cases).toEqual([]);
    // A report of the same kind there that was declined (不予立案) is no case to duplicate.
    const declined = (await command<{ id: string }>(core, 'cases.report', { title: '重复上报：井盖缺失', categoryKind: '部件', categoryCode: '0101', point })).id;
    await command(core, 'cases.act', { caseId: declined, action: { type: 'reject', reason: '重复上报，已并案处理' } });
    const after = await query<{ cases: { id: string }[] }>(core, 'cases.related', { point, categoryKind: '部件', categoryCode: '0101' });
    expect(after.cases.map((c) => c.id)).toEqual([target.id]);
  });

  it('fills the seat board with liaisons, duty and open work', async () => {
    await command(core, 'cases.act', { caseId: target.id, action: { type: 'dispatch', departmentId: 'chengguan', seatId: 'seat-230800-chengguan' } });
    const board = await query<{ seatId: string; liaison: string | null; online: boolean; queue: number }[]>(core, 'seats.board');
    // The liaison by the name of the seat's account (a person's name: the board says the seat).
    const { staff } = await query<{ staff: { username: string; displayName: string }[] }>(core, 'reference.directory');
    const liaison = staff.find((p) => p.username === 'seat-chengguan')!.displayName;
    expect(liaison).toMatch(/^\p{Script=Han}{2,3}$/u);
    expect(board.find((r) => r.seatId === 'seat-230800-chengguan')).toMatchObject({ queue: 1, online: false, liaison });
    expect(board.length).toBeGreaterThan(20);
    await until(async () => (await query<{ presence: { username: string }[] }>(core, 'presence.list')).presence.some((p) => p.username === 'dispatcher'));
  });

  it('masks phones for the account using the workstation now, even in reference data a phone-seeing desk fetched', async () => {
    const shared = `${dir.path}/shared-ws`;
    const masked = /^\d{3}\*{4}\d{4}$/;
    // Both ways a workstation shows them: the grid card, and the grid's worker list.
    const phones = async (c: Core) => [
      ...(await query<{ workers: { phone: string }[] }>(c, 'grids.card', { gridCode: target.gridCode })).workers,
      ...(await query<{ phone: string }[]>(c, 'reference.gridWorkers', { gridCode: target.gridCode })),
    ].map((w) => w.phone);
    const desk = await createCore({ dataDir: shared, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
    await until(async () => (await query<{ fetchedAt: string | null }>(desk, 'reference.grids')).fetchedAt !== null);
    expect(await phones(desk)).toEqual(expect.arrayContaining([expect.stringMatching(/^1\d{10}$/)]));
    await desk.close();
    const seat = await createCore({ dataDir: shared, serverUrl: server.url, credentials: { username: 'seat-chengguan', password: DEMO_PASSWORD } });
    try {
      // Before its login is through (the cache still says dispatcher), and after it.
      for (const phone of await phones(seat)) expect(phone).toMatch(masked);
      await until(async () => (await query<LinkState>(seat, 'link.state')).status === 'online');
      for (const phone of await phones(seat)) expect(phone).toMatch(masked);
      // Its seat board holds its department's seats only: it has no figures for the others'.
      const board = await query<{ departmentId: string }[]>(seat, 'seats.board');
      expect(board.length).toBeGreaterThan(0);
      expect(new Set(board.map((r) => r.departmentId))).toEqual(new Set(['chengguan']));
    } finally {
      await seat.close();
    }
  });

  it('remembers the interface language the operator chose over the host default, and tells the host', async () => {
    const dataDir = `${dir.path}/locale-ws`;
    const open = () => createCore({ dataDir, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD }, locale: 'zh-CN' });
    const first = await open();
    try {
      expect(first.locale()).toBe('zh-CN');
      expect(await query(first, 'session.info')).toMatchObject({ locale: 'zh-CN', localeChosen: false });
      const heard: unknown[] = [];
      first.subscribe((e) => e.event === 'settings.locale' && heard.push(e.payload));
      await expect(command(first, 'settings.setLocale', { locale: 'fr' })).rejects.toThrow(/bad-request/);
      expect(first.locale()).toBe('zh-CN');
      expect(await command(first, 'settings.setLocale', { locale: 'en' })).toEqual({ locale: 'en' });
      await command(first, 'settings.setLocale', { locale: 'en' });
      expect(heard).toEqual([{ locale: 'en' }]);
      expect(await query(first, 'session.info')).toMatchObject({ locale: 'en', localeChosen: true });
    } finally {
      await first.close();
    }
    const again = await open();
    try {
      expect([again.locale(), (await query<{ locale: string }>(again, 'session.info')).locale]).toEqual(['en', 'en']);
    } finally {
      await again.close();
    }
  });

  it('shows the timeline, and the last one fetched when offline', async () => {
    await expect.poll(() => query<LinkState>(core, 'link.state').then((s) => s.pending)).toBe(0);
    const online = await query<{ events: { action: string }[]; fetchedAt: string | null }>(core, 'cases.timeline', { id: target.id });
    expect(online.events.map((e) => e.action)).toEqual(['report', 'accept', 'dispatch']);
    const kpis = await query<Record<string, Record<string, { value: number | null }>>>(core, 'kpis.compute', { groupBy: 'all' });
    expect(kpis.all!.accepted!.value).toBe(5);
    await server.close();
    const offline = await query<{ events: { action: string }[]; fetchedAt: string | null }>(core, 'cases.timeline', { id: target.id });
    expect(offline).toEqual(online);
  });
});
