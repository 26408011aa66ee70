// The replica on a real cache file: the view a command writes directly must be the view a full
// replay (server state, then every pending mutation) gives, and the counts it keeps in memory
// must match the tables.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { ACT_MUTATION, actorOf, decideAct, decideReport, REPORT_MUTATION } from '../../shared/case-commands.ts';
import type { Case } from '../../shared/domain/case.ts';
import { applyOptimistic } from '../../shared/optimistic.ts';
import type { SessionUser } from '../../shared/wire.ts';
import { openCache } from './cache.ts';
import { newId } from './ids.ts';
import { createReplica } from './replica.ts';
import { createSearchIndex } from './search-index.ts';

const dir = tempDir();
const db = openCache(dir.path);
const user: SessionUser = { username: 'dispatcher', displayName: '调度员', role: 'dispatcher', departmentId: null, seatId: null, countyCode: null, townCode: null };
const replica = createReplica(db, () => user);
afterAll(() => {
  db.close();
  dir.remove();
});

const viewRow = (id: string) => db.prepare<[string], { data: string; state: string; code: string | null; reported_at: string; pending: number }>('select data, state, code, reported_at, pending from cases where id = ?').get(id);

function report(title: string): string {
  const args = { id: newId(), title, description: '市民来电', categoryKind: '事件', categoryCode: '0501', point: [130.36, 46.81] as [number, number], address: '向阳区', platform: 'urban' };
  const at = new Date().toISOString();
  const d = decideReport(args as never, actorOf(user), user.displayName, { countyCode: null, townCode: null, gridCode: null }, at);
  if (!d.ok) throw new Error(d.reason);
  replica.enqueue({ id: newId(), clientId: 'c', name: REPORT_MUTATION, args, at }, args.id, d.next);
  return args.id;
}

function act(caseId: string, action: object): void {
  const current = replica.getCase(caseId);
  const args = { caseId, action, baseVersion: current?.version };
  const at = new Date().toISOString();
  const d = decideAct(current, args as never, actorOf(user), at);
  if (!d.ok) throw new Error(d.reason);
  replica.enqueue({ id: newId(), clientId: 'c', name: ACT_MUTATION, args, at }, caseId, d.next, current);
}

/** The view as replay defines it: the confirmed server state, then each pending mutation in order. */
function replay(caseId: string): Case | undefined {
  const server = db.prepare<[string], { data: string }>('select data from cases_server where id = ?').get(caseId);
  const pending = db.prepare<[string], { id: string; name: string; args: string; at: string }>('select id, name, args, at from outbox where case_id = ? order by seq').all(caseId);
  return pending.reduce<Case | undefined>(
    (view, p) => applyOptimistic(view, { id: p.id, name: p.name, args: JSON.parse(p.args), at: p.at }, user),
    server ? (JSON.parse(server.data) as Case) : undefined,
  );
}

describe('replica', () => {
  it('writes the view a full replay of the outbox gives', () => {
    const local = report('长安路井盖缺失');
    act(local, { type: 'accept' });
    // A case the server already holds, acted on twice offline.
    const server: Case = { ...replica.getCase(report('中山路占道经营'))!, code: 'JQ-20261126-0001', version: 3 };
    replica.acknowledge(replica.outboxBatch(100).filter((m) => m.args && (m.args as { id?: string }).id === server.id).map((m) => ({ id: m.id, status: 'applied' as const })));
    replica.applyChanges([{ entity: 'case', id: server.id, version: 3, data: server }], 10);
    act(server.id, { type: 'accept' });
    const afterOne = viewRow(server.id)!;
    expect(afterOne.code).toBe('JQ-20261126-0001');
    expect(afterOne.pending).toBe(1);

    for (const id of [local, server.id]) expect(JSON.parse(viewRow(id)!.data)).toEqual(replay(id));
    const direct = viewRow(server.id);
    // Re-applying the server's version (not newer, so not written) makes the replica rebuild the view by replay.
    replica.applyChanges([{ entity: 'case', id: server.id, version: 3, data: server }], 11);
    expect(viewRow(server.id)).toEqual(direct);
  });

  it('commits accepted work with synchronous=FULL again after a relaxed apply', () => {
    const full = 2;
    expect(db.pragma('synchronous', { simple: true })).toBe(full);
    const id = report('杏林路噪音扰民');
    replica.applyChanges([{ entity: 'case', id, version: 1, data: { ...replica.getCase(id)!, version: 1 } }], 20);
    expect(db.pragma('synchronous', { simple: true })).toBe(full);
    createSearchIndex(db).indexFor(5);
    expect(db.pragma('synchronous', { simple: true })).toBe(full);
  });

  it('keeps the pending count and the seq high-water mark across acknowledgements', () => {
    const before = replica.pendingCount();
    expect(before).toBe(db.prepare<[], { n: number }>('select count(*) as n from outbox').get()!.n);
    const id = report('光复路路灯不亮');
    expect(replica.pendingCount()).toBe(before + 1);
    const all = replica.outboxBatch(100);
    const top = Math.max(...all.map((m) => m.seq));
    replica.acknowledge(all.map((m) => ({ id: m.id, status: 'applied' as const })));
    expect(replica.pendingCount()).toBe(0);
    act(id, { type: 'accept' });
    const [next] = replica.outboxBatch(1);
    expect(next!.seq).toBe(top + 1);
    expect(replica.pendingCount()).toBe(1);
  });

  it('forgets what it holds in memory when a transaction fails', () => {
    const id = report('友谊路违章停车');
    const pending = replica.pendingCount();
    const [m] = replica.outboxBatch(1);
    // A second mutation with an id already in the outbox: the insert fails and nothing is written.
    expect(() => replica.enqueue({ ...m!, id: m!.id }, id, replica.getCase(id)!)).toThrow();
    expect(replica.pendingCount()).toBe(pending);
  });
});
