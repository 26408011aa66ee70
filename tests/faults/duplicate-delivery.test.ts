// Fault: the network delivers pushes twice, out of order, or with the same mutation twice in
// one batch (a client retrying after a lost ack does exactly this). The server must apply
// each mutation once and answer every repeat with the first outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { ChangeBatch, Mutation, MutationResult, PushResponse } from '../../src/shared/wire.ts';
import { changeCounts, cleanupStack, latestCases, pullEverything, readLedger, sleep, waitFor } from '../support/fault-kit.ts';
import { startServerProcess, type Proc } from '../support/processes.ts';
import { connectClient, type TestClient } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const clientId = `dup-${uuidv7()}`;
let seq = 0;
const report = (caseId = uuidv7(), s = ++seq): Mutation => ({
  id: uuidv7(), clientId, seq: s, name: 'case.report', at: new Date().toISOString(),
  args: { id: caseId, title: `重复投递 ${s}`, categoryKind: '部件', categoryCode: '0101', point: [130.36, 46.8] },
});
const accept = (caseId: string, s = ++seq): Mutation => ({
  id: uuidv7(), clientId, seq: s, name: 'case.act', at: new Date().toISOString(), args: { caseId, action: { type: 'accept', note: '重复投递测试' } },
});
const caseIdOf = (m: Mutation) => (m.args as { id?: string; caseId?: string }).id ?? (m.args as { caseId: string }).caseId;

function results(res: PushResponse): MutationResult[] {
  if (!res.ok) throw new Error(res.error);
  return res.results;
}

describe('fault: duplicate and reordered delivery', () => {
  const cleanup = cleanupStack();
  let dir: { path: string };
  let server: Proc;
  let a: TestClient;
  let b: TestClient;
  const broadcasts = new Map<string, number>();

  beforeAll(async () => {
    const d = tempDir('gcc-fault-dup-');
    dir = d;
    cleanup.add(d.remove);
    server = await startServerProcess(`${d.path}/server`);
    cleanup.add(() => server.stop());
    a = await connectClient(server.url, 'dispatcher', clientId);
    cleanup.add(() => a.close());
    b = await connectClient(server.url, 'dispatcher', clientId);
    cleanup.add(() => b.close());
    // A bystander that counts live broadcasts per case: a repeat must not be re-broadcast.
    const watcher = await connectClient(server.url, 'intake');
    cleanup.add(() => watcher.close());
    watcher.socket.on('changes', (batch: ChangeBatch) => {
      for (const c of batch.changes) broadcasts.set(c.id, (broadcasts.get(c.id) ?? 0) + 1);
    });
  }, 30_000);
  afterAll(() => cleanup.run());

  /** Every mutation in `ms` is in the ledger exactly once, with the given status. */
  function expectLedger(ms: Mutation[], status: 'applied' | 'rejected') {
    const ledger = readLedger(`${dir.path}/server`);
    for (const m of ms) {
      const rows = ledger.filter((r) => r.id === m.id);
      expect(rows, `ledger rows of ${m.id}`).toHaveLength(1);
      expect(rows[0]!.status).toBe(status);
    }
  }

  it('applies a batch pushed twice once, and answers the repeat with the same results', async () => {
    const batch = [report(), report(), report(), report(), report()];
    const first = results(await a.push(batch));
    expect(first.map((r) => r.status)).toEqual(Array(5).fill('applied'));
    expect(results(await a.push(batch))).toEqual(first);
    // The same batch again, from another connection of the same workstation, twice at once.
    const [x, y] = await Promise.all([a.push(batch), b.push(batch)]);
    expect(results(x)).toEqual(first);
    expect(results(y)).toEqual(first);

    const counts = changeCounts(await pullEverything(server.url));
    for (const m of batch) expect(counts.get(caseIdOf(m)), `changes of case ${caseIdOf(m)}`).toBe(1);
    expectLedger(batch, 'applied');
    await waitFor('the broadcasts', () => (batch.every((m) => broadcasts.has(caseIdOf(m))) ? true : undefined));
    await sleep(200);
    for (const m of batch) expect(broadcasts.get(caseIdOf(m)), 'broadcasts of a case').toBe(1);
  });

  it('applies batches that arrive out of seq order once each', async () => {
    const ms = Array.from({ length: 6 }, () => report());
    expect(results(await a.push(ms.slice(3))).map((r) => r.status)).toEqual(Array(3).fill('applied'));
    expect(results(await a.push(ms.slice(0, 3))).map((r) => r.status)).toEqual(Array(3).fill('applied'));
    // Within one batch too, and then everything again, reversed.
    const shuffled = [ms[4]!, ms[1]!, ms[5]!, ms[0]!, ms[3]!, ms[2]!];
    expect(results(await a.push(shuffled)).map((r) => r.status)).toEqual(Array(6).fill('applied'));
    expect(results(await b.push([...ms].reverse())).map((r) => r.status)).toEqual(Array(6).fill('applied'));

    const counts = changeCounts(await pullEverything(server.url));
    for (const m of ms) expect(counts.get(caseIdOf(m))).toBe(1);
    expectLedger(ms, 'applied');
  });

  it('answers a repeat with the first outcome, even when the case has changed since', async () => {
    // The accept overtakes its report: refused, the case does not exist yet.
    const caseId = uuidv7();
    const r = report(caseId, 100);
    const act = accept(caseId, 101);
    const [refused] = results(await a.push([act]));
    expect(refused).toMatchObject({ id: act.id, status: 'rejected' });
    expect(results(await a.push([r]))).toEqual([{ id: r.id, status: 'applied' }]);
    // Redelivered in the right order, the accept would now succeed; the first outcome stands.
    expect(results(await b.push([r, act]))).toEqual([{ id: r.id, status: 'applied' }, refused]);

    // And the other way round: an accepted accept stays accepted, though the case is filed now
    // and a fresh accept would be refused.
    const other = report();
    const act2 = accept(caseIdOf(other));
    expect(results(await a.push([other, act2])).map((x) => x.status)).toEqual(['applied', 'applied']);
    expect(results(await a.push([act2, act2]))).toEqual([{ id: act2.id, status: 'applied' }, { id: act2.id, status: 'applied' }]);
    expect(results(await a.push([accept(caseIdOf(other))]))[0]).toMatchObject({ status: 'rejected' });

    const changes = await pullEverything(server.url);
    const cases = latestCases(changes);
    const counts = changeCounts(changes);
    expect(cases.get(caseId)).toMatchObject({ state: 'reported' });
    expect(counts.get(caseId)).toBe(1);
    expect(cases.get(caseIdOf(other))).toMatchObject({ state: 'filed' });
    expect(counts.get(caseIdOf(other))).toBe(2);
    const events = await a.events(caseIdOf(other));
    expect(events.ok && events.events.filter((e) => e.action === 'accept')).toHaveLength(1);
    expectLedger([r, act2, other], 'applied');
    expectLedger([act], 'rejected');
  });

  it('applies a mutation that appears twice in one batch once', async () => {
    const m = report();
    const n = report();
    const res = results(await a.push([m, n, m, m]));
    expect(res).toEqual([m, n, m, m].map((x) => ({ id: x.id, status: 'applied' })));
    const counts = changeCounts(await pullEverything(server.url));
    expect(counts.get(caseIdOf(m))).toBe(1);
    expect(counts.get(caseIdOf(n))).toBe(1);
    expectLedger([m, n], 'applied');
    await waitFor('the broadcast', () => (broadcasts.has(caseIdOf(m)) ? true : undefined));
    await sleep(200);
    expect(broadcasts.get(caseIdOf(m))).toBe(1);
  });
});
