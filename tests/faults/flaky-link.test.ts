// Fault: the link between a workstation and the server drops every few seconds while both
// sides work: the center keeps creating cases, the operator keeps reporting and filing. Once
// the link heals, the workstation must show exactly the server's cases and every command it
// acknowledged must have been applied exactly once.
//
// FAULT_SOAK_SECONDS (default 30): how long the link is cut and healed under traffic.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import type { Case } from '../../src/shared/domain/case.ts';
import { command, query } from '../support/core-client.ts';
import { changeCounts, cleanupStack, latestCases, missingFrom, pullEverything, readLedger, repeatedSeqs, sleep, waitFor } from '../support/fault-kit.ts';
import { startServerProcess } from '../support/processes.ts';
import { connectClient, DEMO_PASSWORD } from '../support/server-client.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { tempDir } from '../support/temp-dir.ts';

const SOAK_MS = Number(process.env.FAULT_SOAK_SECONDS ?? 30) * 1000;
const SERVER_RATE = 20; // cases per second created at the center
const CORE_TICK_MS = 100; // the operator reports a case every tick and files one every third
const LIST_LIMIT = 5000;

/** The core's view of every case, through the contract while it fits one page, else from its cache file. */
async function coreView(core: Core, dataDir: string, total: number): Promise<Map<string, Case>> {
  if (total < LIST_LIMIT) {
    const items = await query<CaseListItem[]>(core, 'cases.list', { limit: LIST_LIMIT });
    return new Map(items.map(({ pending: _pending, ...c }) => [c.id, c as Case]));
  }
  const db = new Database(join(dataDir, 'cache.sqlite'), { readonly: true });
  try {
    return new Map(db.prepare<[], { data: string }>('select data from cases').all().map((r) => {
      const c = JSON.parse(r.data) as Case;
      return [c.id, c];
    }));
  } finally {
    db.close();
  }
}

describe('fault: flaky link under live traffic', () => {
  it(`converges after ${SOAK_MS / 1000} s of cuts every 2–3 s: no change missed, every acknowledged command applied once`, async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-flaky-');
      cleanup.add(dir.remove);
      const serverDir = `${dir.path}/server`;
      const server = await startServerProcess(serverDir);
      cleanup.add(() => server.stop());
      const proxy = await startTcpProxy(Number(new URL(server.url).port));
      cleanup.add(() => proxy.close());
      const wsDir = `${dir.path}/ws`;
      const core = await createCore({ dataDir: wsDir, serverUrl: proxy.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
      cleanup.add(() => core.close());
      let offlineTransitions = 0;
      let lastStatus = 'offline';
      core.subscribe((e) => {
        if (e.event !== 'link.changed') return;
        const s = (e.payload as LinkState).status;
        if (s === 'offline' && lastStatus !== 'offline') offlineTransitions += 1;
        lastStatus = s;
      });
      await waitFor('online', async () => ((await query<LinkState>(core, 'link.state')).status === 'online' ? true : undefined));

      const center = await connectClient(server.url, 'intake');
      cleanup.add(() => center.close());
      const centerIds = new Set<string>();
      const reported: string[] = [];
      const filed: { caseId: string; mutationId: string }[] = [];
      const acted = new Set<string>();
      let soaking = true;

      // The center: 20 new cases a second, straight into the server.
      const centerLoop = (async () => {
        const started = Date.now();
        for (let i = 0; soaking; i++) {
          const { response, caseId } = await center.report({ title: `中心受理 ${i}`, categoryKind: '事件', categoryCode: '0102', point: [130.37, 46.8] });
          if (!response.ok || response.results[0]?.status !== 'applied') throw new Error(`center report failed: ${JSON.stringify(response)}`);
          centerIds.add(caseId);
          await sleep(Math.max(0, started + ((i + 1) * 1000) / SERVER_RATE - Date.now()));
        }
      })();

      // The operator, through the flaky link: reports, and files cases the center created.
      const coreLoop = (async () => {
        for (let i = 0; soaking; i++) {
          reported.push((await command<{ id: string }>(core, 'cases.report', { title: `席位上报 ${i}`, categoryKind: '部件', categoryCode: '0101', point: [130.36, 46.8] })).id);
          if (i % 3 === 2) {
            const list = await query<CaseListItem[]>(core, 'cases.list', { limit: LIST_LIMIT });
            const target = list.find((c) => c.state === 'reported' && !c.pending && centerIds.has(c.id) && !acted.has(c.id));
            if (target) {
              acted.add(target.id);
              const { mutationId } = await command<{ mutationId: string }>(core, 'cases.act', { caseId: target.id, action: { type: 'accept', note: '断续链路下立案' } });
              filed.push({ caseId: target.id, mutationId });
            }
          }
          await sleep(CORE_TICK_MS);
        }
      })();

      // The link: cut every 2–3 s, each time refusing for 0.2–1 s.
      const soakEnd = Date.now() + SOAK_MS;
      while (Date.now() + 3000 < soakEnd) {
        await sleep(2000 + Math.random() * 1000);
        proxy.cut(200 + Math.random() * 800);
      }
      await sleep(Math.max(0, soakEnd - Date.now()));
      soaking = false;
      await Promise.all([centerLoop, coreLoop]);
      proxy.heal();

      const healed = Date.now();
      const state = await waitFor('online with nothing pending', async () => {
        const s = await query<LinkState>(core, 'link.state');
        return s.status === 'online' && s.pending === 0 ? s : undefined;
      }, 20_000);
      expect(state.attention).toBe(0);

      // No change missed: the core's cases are the server's, version for version.
      const changes = await pullEverything(server.url);
      const serverCases = latestCases(changes);
      const versions = (m: Map<string, Case>) => new Map([...m].map(([id, c]) => [id, c.version]));
      await waitFor('the core to match the server', async () => {
        const view = await coreView(core, wsDir, serverCases.size);
        return view.size === serverCases.size && [...view].every(([id, c]) => serverCases.get(id)?.version === c.version) ? true : undefined;
      }, 10_000).catch(() => undefined);
      const view = await coreView(core, wsDir, serverCases.size);
      expect(versions(view)).toEqual(versions(serverCases));
      expect(view).toEqual(serverCases);
      const converged = Date.now() - healed;

      // Every acknowledged command applied exactly once.
      const counts = changeCounts(changes);
      expect(missingFrom(reported, serverCases), 'reported but never applied').toEqual([]);
      expect(reported.filter((id) => counts.get(id) !== 1), 'reports applied other than once').toEqual([]);
      for (const { caseId } of filed) {
        expect(serverCases.get(caseId)?.state, `case ${caseId} filed by the core`).toBe('filed');
        expect(counts.get(caseId), `changes of case ${caseId}`).toBe(2);
      }
      // This workstation's commands: the seed's own dispatch was also made as the dispatcher.
      const ledger = readLedger(serverDir).filter((r) => r.username === 'dispatcher' && r.client_id !== 'seed');
      expect(ledger.length).toBe(reported.length + filed.length);
      expect(ledger.filter((r) => r.status !== 'applied')).toEqual([]);
      // One workstation, one sequence: no seq is ever handed out twice, drained outbox or not.
      expect(repeatedSeqs(ledger), 'a seq handed out twice').toEqual([]);
      const ledgerIds = new Set(ledger.map((r) => r.id));
      expect(missingFrom(filed.map((f) => f.mutationId), ledgerIds)).toEqual([]);
      const timelines = await Promise.all(filed.map(({ caseId }) => center.events(caseId)));
      expect(timelines.map((t) => (t.ok ? t.events.filter((e) => e.action === 'accept').length : -1))).toEqual(filed.map(() => 1));

      const { cuts, resets } = proxy.stats();
      expect(cuts).toBeGreaterThanOrEqual(Math.floor(SOAK_MS / 3000) - 1);
      expect(offlineTransitions).toBeGreaterThan(cuts / 2);
      console.info(`[fault] flaky link: ${SOAK_MS / 1000} s, ${cuts} cuts (${resets} sockets reset, ${offlineTransitions} times offline); center created ${centerIds.size}, core reported ${reported.length} and filed ${filed.length}; server holds ${serverCases.size} cases; converged ${converged} ms after healing`);
    } finally {
      await cleanup.run();
    }
  }, SOAK_MS + 90_000);
});
