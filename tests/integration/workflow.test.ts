// The case workflow through the real server: roles, seats and jurisdiction
// decide who may act and who may see; every accepted action leaves exactly one
// event in a hash chain; refusals carry a reason and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/shared/domain/case-event.ts';
import { silentLogger } from '../../src/server/log.ts';
import type { RunningServer } from '../../src/server/server.ts';
import { startEmbeddedServer } from '../../src/server/start.ts';
import { connectClient, latestById, pullAll, type TestClient } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const RESOURCES = new URL('../../resources', import.meta.url).pathname;


describe('workflow through the server', () => {
  const dir = tempDir();
  let server: RunningServer;
  let dispatcher: TestClient;
  let chengguan: TestClient;
  let gongan: TestClient;
  let caseId: string;
  beforeAll(async () => {
    server = await startEmbeddedServer({ dataDir: dir.path, resourcesDir: RESOURCES, logger: silentLogger, seed: 'sample' });
    [dispatcher, chengguan, gongan] = await Promise.all([connectClient(server.url, 'dispatcher'), connectClient(server.url, 'seat-chengguan'), connectClient(server.url, 'seat-gongan')]);
    const all = await pullAll(dispatcher);
    caseId = all.find((c) => c.data.title === '长安路井盖缺失')!.id;
  });
  afterAll(async () => {
    for (const c of [dispatcher, chengguan, gongan]) c?.close();
    await server.close();
    dir.remove();
  });

  it('places reported cases on their grid, street and county', async () => {
    const c = latestById(await pullAll(dispatcher)).get(caseId)!;
    expect(c.gridCode).toMatch(/^230803\d{9}$/);
    expect(c.townCode).toMatch(/^230803\d{3}000$/);
    expect(c.countyCode).toBe('230803000000');
  });

  it('lets a street center see and act on its own street only', async () => {
    const street = await connectClient(server.url, 'street-dispatcher');
    const seen = await pullAll(street);
    expect(seen.every((c) => c.data.townCode === '230811008000')).toBe(true);
    expect(await street.act(caseId, { type: 'accept' })).toMatchObject({ status: 'rejected', reason: '案件不在您管辖的区县' });
    const { caseId: own, response } = await street.report({ title: '云环街道路灯不亮', categoryKind: '部件', categoryCode: '0101', point: [130.3, 46.8] });
    // A point outside its street is refused too: the server places it, not the client.
    expect(response.ok && response.results[0]).toMatchObject({ status: 'rejected' });
    expect(own).toBeTruthy();
    street.close();
  });

  it('lets a seat see only its own department’s cases', async () => {
    expect(await pullAll(chengguan)).toEqual([]);
    expect(await chengguan.act(caseId, { type: 'sign' })).toEqual({ id: expect.any(String), status: 'rejected', reason: '该案件不属于您的部门' });
  });

  it('runs 立案 → 派遣 → 签收 → 处置 → 办结 → 核查 → 结案 → 评价 with one chained event per step', async () => {
    expect(await dispatcher.act(caseId, { type: 'accept' })).toMatchObject({ status: 'applied' });
    // 城管局 at 公安局's seat: a case its liaison could not see and 城管局's could not sign.
    expect(await dispatcher.act(caseId, { type: 'dispatch', departmentId: 'chengguan', seatId: 'seat-230800-gongan' })).toMatchObject({ status: 'rejected', reason: '所选席位不属于承办部门' });
    expect(await dispatcher.act(caseId, { type: 'dispatch', departmentId: 'chengguan', seatId: 'seat-230800-chengguan' })).toMatchObject({ status: 'applied' });

    // The seat now replicates exactly this case; another department still sees nothing.
    expect([...latestById(await pullAll(chengguan)).keys()]).toEqual([caseId]);
    expect(await gongan.act(caseId, { type: 'sign' })).toMatchObject({ status: 'rejected', reason: '该案件不属于您的部门' });

    expect(await chengguan.act(caseId, { type: 'sign' })).toMatchObject({ status: 'applied' });
    expect(await chengguan.act(caseId, { type: 'start' })).toMatchObject({ status: 'applied' });
    expect(await chengguan.act(caseId, { type: 'close' })).toMatchObject({ status: 'rejected', reason: expect.any(String) });
    expect(await chengguan.act(caseId, { type: 'submit', result: '已更换井盖' })).toMatchObject({ status: 'applied' });
    expect(await dispatcher.act(caseId, { type: 'verifyPass' })).toMatchObject({ status: 'applied' });
    expect(await dispatcher.act(caseId, { type: 'close' })).toMatchObject({ status: 'applied' });
    expect(await dispatcher.act(caseId, { type: 'rate', satisfaction: 5 })).toMatchObject({ status: 'applied' });

    const c = latestById(await pullAll(dispatcher)).get(caseId)!;
    expect(c).toMatchObject({ state: 'rated', departmentId: 'chengguan', satisfaction: 5 });
    const history = await dispatcher.events(caseId);
    if (!history.ok) throw new Error(history.error);
    expect(history.events.map((e) => e.action)).toEqual(['report', 'accept', 'dispatch', 'sign', 'start', 'submit', 'verifyPass', 'close', 'rate']);
    expect(verifyChain(history.events)).toBe(-1);
    expect(await gongan.events(caseId)).toEqual({ ok: false, error: '案件不存在或不在您的管辖范围' });
  });

  it('says so when an action comes from a stale view, and changes nothing', async () => {
    const before = await dispatcher.pull(0);
    if (!before.ok) throw new Error(before.error);
    const res = await dispatcher.act(caseId, { type: 'close' }, 1);
    expect(res).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/^案件已被他人更新/) });
    const after = await dispatcher.pull(0);
    expect(after.ok && after.latest).toBe(before.latest);
  });

  it('tells the old seat when it returns a case, which then goes to another department', async () => {
    const other = (await pullAll(dispatcher)).find((c) => c.data.title === '中山路占道经营')!.id;
    await dispatcher.act(other, { type: 'accept' });
    await dispatcher.act(other, { type: 'dispatch', departmentId: 'chengguan', seatId: 'seat-230800-chengguan' });
    const cursor = (await chengguan.pull(0)).ok ? ((await chengguan.pull(0)) as { latest: number }).latest : 0;
    expect(await chengguan.act(other, { type: 'return', reason: '属公安交管职责' })).toMatchObject({ status: 'applied' });
    expect(await dispatcher.act(other, { type: 'dispatch', departmentId: 'gongan', seatId: 'seat-230800-gongan' })).toMatchObject({ status: 'applied' });
    // The seat hears of the case leaving it (so its replica drops it), and nothing after.
    const seen = await chengguan.pull(cursor);
    expect(seen.ok && seen.changes.map((c) => [c.id, c.data.state, c.data.departmentId])).toEqual([[other, 'filed', null]]);
    expect([...latestById(await pullAll(gongan)).keys()]).toEqual([other]);
  });
});
