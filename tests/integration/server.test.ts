// The command-center server with real sockets and a real SQLite file.
import { io } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import { MAX_PUSH_BATCH, WIRE_EVENTS, type ChangeBatch } from '../../src/shared/wire.ts';
import { until } from '../support/core-client.ts';
import { connectClient, latestById, login, pullAll } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;
const report = { title: '测试井盖缺失', categoryKind: '部件', categoryCode: '0101', point: [130.3612, 46.8036] as [number, number], address: '向阳区' };

describe('server', () => {
  let dir: ReturnType<typeof tempDir>;
  let server: RunningServer;
  beforeEach(async () => {
    dir = tempDir();
    server = await startEmbeddedServer({ dataDir: dir.path, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
  });
  afterEach(async () => {
    await server.close();
    dir.remove();
  });

  it('seeds demo cases with codes and counties', async () => {
    const client = await connectClient(server.url);
    const res = await client.pull(0);
    client.close();
    if (!res.ok) throw new Error(res.error);
    expect(res.changes.length).toBeGreaterThanOrEqual(4);
    expect(res.changes[0]!.data.code).toMatch(/^JQ-\d{8}-0001$/);
    expect(res.changes[0]!.data.countyCode).toBe('230803000000'); // 向阳区
    expect(res.latest).toBe(res.changes.at(-1)!.version);
  });

  it('refuses wrong passwords and sockets without a session', async () => {
    expect(await login(server.url, 'dispatcher', 'wrong')).toEqual({ ok: false, error: '用户名或密码错误' });
    const socket = io(server.url, { auth: { token: 'forged' }, transports: ['websocket'], reconnection: false });
    const err = await new Promise<Error>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(err.message).toBe('unauthorized');
  });

  it('applies a mutation exactly once and broadcasts it', async () => {
    const a = await connectClient(server.url);
    const b = await connectClient(server.url, 'leader');
    const seen: ChangeBatch[] = [];
    b.socket.on(WIRE_EVENTS.changes, (batch: ChangeBatch) => seen.push(batch));
    const before = await a.pull(0);
    if (!before.ok) throw new Error(before.error);

    const { mutation, response, caseId } = await a.report(report);
    expect(response).toEqual({ ok: true, results: [{ id: mutation.id, status: 'applied' }] });
    // The same mutation again (a retry after a lost ack): same answer, nothing new.
    expect(await a.push([mutation])).toEqual({ ok: true, results: [{ id: mutation.id, status: 'applied' }] });

    const after = await a.pull(before.latest);
    if (!after.ok) throw new Error(after.error);
    expect(after.changes.map((c) => c.id)).toEqual([caseId]);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]!.after).toBe(before.latest);
    expect(seen[0]!.changes[0]!.data.state).toBe('reported');
    a.close();
    b.close();
  });

  it('rejects bad input with a reason and changes nothing', async () => {
    const a = await connectClient(server.url);
    const start = await a.pull(0);
    if (!start.ok) throw new Error(start.error);

    expect(await a.push([{ id: 'not-a-uuid' } as never])).toMatchObject({ ok: false, error: expect.stringContaining('推送格式无效') });
    const unknown = { id: uuidv7(), clientId: 'x', seq: 1, name: 'case.teleport', args: {}, at: new Date().toISOString() };
    expect(await a.push([unknown])).toEqual({ ok: true, results: [{ id: unknown.id, status: 'rejected', reason: '未知的操作: case.teleport' }] });
    const badArgs = { ...unknown, id: uuidv7(), name: 'case.report', args: { title: '' } };
    const res = await a.push([badArgs]);
    expect(res.ok && res.results[0]).toMatchObject({ status: 'rejected', reason: expect.stringContaining('参数无效') });
    // Oversize payloads are cut by the transport; the server keeps serving.
    a.socket.emit(WIRE_EVENTS.push, { mutations: [{ ...unknown, args: 'x'.repeat(2_000_000) }] });
    const b = await connectClient(server.url);
    const end = await b.pull(0);
    if (!end.ok) throw new Error(end.error);
    expect(end.latest).toBe(start.latest);
    a.close();
    b.close();
  });

  it('decides each mutation of a pushed batch on its own, in order, exactly once', async () => {
    const a = await connectClient(server.url);
    const start = await a.pull(0);
    if (!start.ok) throw new Error(start.error);
    const mutation = (name: string, args: unknown) => ({ id: uuidv7(), clientId: 'batch', seq: 1, name, args, at: new Date().toISOString() });
    const first = mutation('case.report', { ...report, id: uuidv7(), title: '批量一' });
    const missing = mutation('case.act', { caseId: uuidv7(), action: { type: 'accept' } });
    const second = mutation('case.report', { ...report, id: uuidv7(), title: '批量二' });
    // Accepting the first report, pushed in the same batch: decided on the state the batch left.
    const accept = mutation('case.act', { caseId: (first.args as { id: string }).id, action: { type: 'accept' } });
    const batch = [first, missing, second, first, accept];
    const res = await a.push(batch);
    if (!res.ok) throw new Error(res.error);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied', 'applied', 'applied']);
    expect(res.results.map((r) => r.id)).toEqual(batch.map((m) => m.id));
    expect(res.results[1]).toMatchObject({ reason: expect.any(String) });

    // The rejected one changed nothing; the duplicate wrote once.
    const after = await a.pull(start.latest);
    if (!after.ok) throw new Error(after.error);
    expect(after.changes.map((c) => c.data.title)).toEqual(['批量一', '批量二', '批量一']);
    expect(after.changes.at(-1)!.data.state).not.toBe('reported');

    // The whole batch again (an ack lost on the way back): the first answers, nothing new.
    expect(await a.push(batch)).toEqual(res);
    const again = await a.pull(after.latest);
    expect(again.ok && again.changes).toEqual([]);
    a.close();
  });

  it('commits a full batch of 200 reports, answering each', async () => {
    const a = await connectClient(server.url);
    const start = await a.pull(0);
    if (!start.ok) throw new Error(start.error);
    const batch = Array.from({ length: MAX_PUSH_BATCH }, (_, i) => ({
      id: uuidv7(), clientId: 'full', seq: i + 1, name: 'case.report', args: { ...report, id: uuidv7(), title: `整批 ${i}` }, at: new Date().toISOString(),
    }));
    const res = await a.push(batch);
    if (!res.ok) throw new Error(res.error);
    expect(res.results.every((r, i) => r.status === 'applied' && r.id === batch[i]!.id)).toBe(true);
    const after = await a.pull(start.latest);
    if (!after.ok) throw new Error(after.error);
    expect(after.changes.map((c) => c.data.title)).toEqual(batch.map((_, i) => `整批 ${i}`));
    a.close();
  });

  it('pages a pull by cursor', async () => {
    const a = await connectClient(server.url);
    for (let i = 0; i < 5; i++) await a.report({ ...report, title: `分页 ${i}` });
    const seen: number[] = [];
    let after = 0;
    for (;;) {
      const page = await a.pull(after, 3);
      if (!page.ok) throw new Error(page.error);
      seen.push(...page.changes.map((c) => c.version));
      after = page.latest;
      if (!page.hasMore) break;
    }
    a.close();
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(9);
  });

  it('serves reference data with phones masked for roles that need not see them', async () => {
    const get = async (username: string) => {
      const session = await login(server.url, username);
      if (!session.ok) throw new Error(session.error);
      return (await (await fetch(`${server.url}/api/reference`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { reference: { workers: { phone: string }[]; grids: unknown[]; catalog: unknown[] } };
    };
    const dispatcher = await get('dispatcher');
    const seat = await get('seat-chengguan');
    expect(dispatcher.reference.grids.length).toBeGreaterThan(3000);
    expect(dispatcher.reference.catalog.length).toBe(366);
    expect(dispatcher.reference.workers[0]!.phone).toMatch(/^1\d{10}$/);
    expect(seat.reference.workers[0]!.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect((await fetch(`${server.url}/api/reference`)).status).toBe(401);
  });

  it('answers KPIs and timelines only within the caller’s scope', async () => {
    const session = await login(server.url, 'seat-chengguan');
    if (!session.ok) throw new Error(session.error);
    const auth = { headers: { authorization: `Bearer ${session.token}` } };
    const a = await connectClient(server.url);
    const any = await a.pull(0);
    a.close();
    if (!any.ok) throw new Error(any.error);
    const res = await fetch(`${server.url}/api/cases/${any.changes[0]!.id}/events`, auth);
    expect(res.status).toBe(404);
    expect(await (await fetch(`${server.url}/api/kpis?groupBy=planet`, auth)).json()).toEqual({ ok: false, error: '无效的分组维度: planet' });
    const kpis = (await (await fetch(`${server.url}/api/kpis?groupBy=all`, auth)).json()) as { groups: Record<string, { accepted: { value: number } }> };
    expect(kpis.groups.all?.accepted.value ?? 0).toBe(0);
  });

  it('lists the demo liaisons the simulator works as on duty at their seats, and only with the simulator', async () => {
    type Presence = { username: string; role: string; seatId: string | null }[];
    const presenceAt = async (url: string) => {
      const session = await login(url, 'leader');
      if (!session.ok) throw new Error(session.error);
      return ((await (await fetch(`${url}/api/presence`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { presence: Presence }).presence;
    };
    // A still city: on duty means connected, and nobody is.
    expect(await presenceAt(server.url)).toEqual([]);

    // The simulating city (one report an hour: no step within the test) rolls its liaisons in at start: the
    // sample's one dispatched case is at its seat.
    const live = await startEmbeddedServer({ dataDir: `${dir.path}/live`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample', simulate: 1 / 60 });
    try {
      const reader = await connectClient(live.url);
      const pulled = await reader.pull(0);
      reader.close();
      if (!pulled.ok) throw new Error(pulled.error);
      const dispatched = pulled.changes.map((c) => c.data).filter((c) => c.state === 'dispatched');
      expect(dispatched).toHaveLength(1);
      const { departmentId, seatId } = dispatched[0]!;
      await until(async () => (await presenceAt(live.url)).length > 0);
      expect(await presenceAt(live.url)).toEqual([{ username: `seat-${departmentId}`, role: 'seat', seatId, since: expect.any(String) }]);

      // The liaison logging in for real is listed once, as connected.
      const liaison = await connectClient(live.url, `seat-${departmentId}`);
      try {
        expect(await presenceAt(live.url)).toEqual([{ username: `seat-${departmentId}`, role: 'seat', seatId, since: expect.any(String) }]);
      } finally {
        liaison.close();
      }
    } finally {
      await live.close();
    }
  });

  it('leaves the cases people work to them, while the simulator moves the others', async () => {
    // Ten reports a second: the simulator moves two or more open cases at each.
    const live = await startEmbeddedServer({ dataDir: `${dir.path}/busy`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample', simulate: 600 });
    const person = await connectClient(live.url);
    try {
      const { caseId, response } = await person.report(report);
      expect(response).toMatchObject({ ok: true, results: [{ status: 'applied' }] });
      expect(await person.act(caseId, { type: 'accept' })).toMatchObject({ status: 'applied' });
      const latest = async () => [...latestById(await pullAll(person)).values()];
      // The simulator is at work: cases of its own it moves on meanwhile...
      await until(async () => (await latest()).some((c) => c.title !== report.title && c.state !== 'reported' && c.state !== 'dispatched'), 15_000);
      await new Promise((r) => setTimeout(r, 3000));
      // ...and ours is where the person left it: 立案, waiting for their dispatch.
      expect((await latest()).find((c) => c.id === caseId)).toMatchObject({ state: 'filed', eventSeq: 2 });
    } finally {
      person.close();
      await live.close();
    }
  });

  it('takes no liaison\'s step at a seat someone is signed in at', async () => {
    const live = await startEmbeddedServer({ dataDir: `${dir.path}/staffed`, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample', simulate: 600 });
    const reader = await connectClient(live.url);
    try {
      const pulled = await reader.pull(0);
      if (!pulled.ok) throw new Error(pulled.error);
      // The sample's one case waiting at a seat: its liaison signs in, and from then no liaison's step is taken there but theirs.
      const waiting = pulled.changes.map((c) => c.data).find((c) => c.state === 'dispatched')!;
      const liaison = await connectClient(live.url, `seat-${waiting.departmentId}`);
      // The simulator may have taken a step there before the sign-in: only what comes after counts.
      const signedIn = new Date().toISOString();
      try {
        const latest = async () => [...latestById(await pullAll(reader)).values()];
        // The simulator is at work elsewhere meanwhile...
        await until(async () => (await latest()).some((c) => c.id !== waiting.id && ['signed', 'handling', 'resolved', 'verified', 'closed'].includes(c.state)), 15_000);
        await new Promise((r) => setTimeout(r, 3000));
        // ...and takes no step at the staffed seat.
        const events = await reader.events(waiting.id);
        if (!events.ok) throw new Error(events.error);
        expect(events.events.filter((e) => e.actorRole === 'seat' && e.at > signedIn)).toEqual([]);
      } finally {
        liaison.close();
      }
    } finally {
      reader.close();
      await live.close();
    }
  });

  it('keeps when work queued offline was done, and files it at the center’s time', async () => {
    const client = await connectClient(server.url);
    try {
      const caseId = uuidv7();
      const done = new Date(Date.now() - 12 * 60_000).toISOString();
      const m = { id: uuidv7(), clientId: 'offline-desk', seq: 1, name: 'case.report', args: { ...report, id: caseId }, at: done };
      expect(await client.push([m])).toMatchObject({ ok: true, results: [{ status: 'applied' }] });
      const events = await client.events(caseId);
      if (!events.ok) throw new Error(events.error);
      expect(events.events[0]!.detail).toEqual({ recordedAt: done });
      // Deadlines and KPIs run on the center's clock: the case was reported when the center heard of it.
      expect(Date.parse(events.events[0]!.at) - Date.parse(done)).toBeGreaterThan(11 * 60_000);
    } finally {
      client.close();
    }
  });
});
