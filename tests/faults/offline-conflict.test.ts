// Fault: two seats act on the same case while the server is down. The first to reach the
// server wins; the other must learn why within a second of reconnecting, with its own input
// kept, and see the case as the server has it.
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import { command, query } from '../support/core-client.ts';
import { cleanupStack, freePort, latestCases, pullEverything, waitFor } from '../support/fault-kit.ts';
import { startServerProcess, type Proc } from '../support/processes.ts';
import { connectClient, DEMO_PASSWORD } from '../support/server-client.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { tempDir } from '../support/temp-dir.ts';

const JIAOQU = '230811000000';
type AttentionItem = { id: string; caseId: string; name: string; args: { caseId: string; action: { type: string; reason?: string } }; reason: string };

describe('fault: two seats act on the same case offline', () => {
  it('lets the first action stand and shows the loser the reason within a second of reconnecting', async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-conflict-');
      cleanup.add(dir.remove);
      const serverDir = `${dir.path}/server`;
      const port = await freePort();
      let server: Proc = await startServerProcess(serverDir, port);
      cleanup.add(() => server.stop());
      // The loser reaches the server through a link the test controls.
      const proxy = await startTcpProxy(port);
      cleanup.add(() => proxy.close());
      const open = async (name: string, username: string, serverUrl: string) => {
        const c = await createCore({ dataDir: `${dir.path}/${name}`, serverUrl, credentials: { username, password: DEMO_PASSWORD } });
        cleanup.add(() => c.close());
        return c;
      };
      const winner = await open('city', 'dispatcher', server.url);
      const loser = await open('jiaoqu', 'jq-dispatcher', proxy.url);
      const link = (c: Core) => query<LinkState>(c, 'link.state');
      const isOnline = async (c: Core) => ((await link(c)).status === 'online' ? true : undefined);
      const viewOf = async (c: Core, id: string) => (await query<CaseListItem[]>(c, 'cases.list', { limit: 5000 })).find((x) => x.id === id);
      await waitFor('the city seat online', () => isOnline(winner));
      await waitFor('the 郊区 seat online', () => isOnline(loser));

      // A case both seats see, waiting to be filed.
      const target = (await query<CaseListItem[]>(loser, 'cases.list', { limit: 5000 })).find((c) => c.countyCode === JIAOQU && c.state === 'reported');
      expect(target, 'a reported 郊区 case').toBeDefined();
      const caseId = target!.id;
      expect(await viewOf(winner, caseId)).toMatchObject({ state: 'reported', version: target!.version });

      await server.stop();
      await waitFor('both offline', async () => ((await link(winner)).status === 'offline' && (await link(loser)).status === 'offline' ? true : undefined));
      await command(winner, 'cases.act', { caseId, action: { type: 'accept', note: '市中心立案' } });
      const rejectInput = { caseId, action: { type: 'reject', reason: '重复上报，已有同类案件' } };
      const { mutationId } = await command<{ mutationId: string }>(loser, 'cases.act', rejectInput);
      expect(await viewOf(winner, caseId)).toMatchObject({ state: 'filed', pending: true });
      expect(await viewOf(loser, caseId)).toMatchObject({ state: 'voided', pending: true });

      // The server returns; the city seat gets there first.
      proxy.cut();
      server = await startServerProcess(serverDir, port);
      await waitFor('the city seat to flush', async () => {
        const s = await link(winner);
        return s.status === 'online' && s.pending === 0 ? true : undefined;
      }, 15_000);
      expect((await link(winner)).attention).toBe(0);

      const server1 = latestCases(await pullEverything(server.url)).get(caseId)!;
      expect(server1).toMatchObject({ state: 'filed' });

      // Now the 郊区 seat's link comes back.
      const events: { at: number; state: LinkState }[] = [];
      loser.subscribe((e) => e.event === 'link.changed' && events.push({ at: Date.now(), state: e.payload as LinkState }));
      const healedAt = Date.now();
      proxy.heal();
      const reconnected = await waitFor('the 郊区 seat to reconnect', () => events.find((e) => e.state.status !== 'offline'), 15_000);
      const told = await waitFor('the conflict to reach the 郊区 seat', () => events.find((e) => e.state.attention === 1), 5_000, 5);
      expect(told.at - reconnected.at, 'ms from reconnecting to the reason').toBeLessThan(1000);

      const attention = await query<AttentionItem[]>(loser, 'attention.list');
      expect(attention).toHaveLength(1);
      expect(attention[0]).toMatchObject({ id: mutationId, caseId, name: 'case.act', args: rejectInput });
      expect(attention[0]!.reason).toContain('已被他人更新');

      // Rolled back to the server's state, also within the second: filed by the other seat, nothing pending.
      await waitFor('the 郊区 view to show the server state', async () => ((await viewOf(loser, caseId))?.version === server1.version ? true : undefined), 2_000, 5);
      const rolledBack = Date.now() - reconnected.at;
      expect(rolledBack, 'ms from reconnecting to the server state').toBeLessThan(1000);
      expect(await viewOf(loser, caseId)).toMatchObject({ state: 'filed', pending: false, version: server1.version });
      expect(await link(loser)).toMatchObject({ pending: 0, attention: 1 });

      // The winner's action stands.
      expect(await viewOf(winner, caseId)).toMatchObject({ state: 'filed', pending: false, version: server1.version });
      const center = await connectClient(server.url, 'dispatcher');
      const timeline = await center.events(caseId);
      center.close();
      expect(timeline.ok && timeline.events.map((e) => [e.action, e.actorId])).toEqual([['report', 'system'], ['accept', 'dispatcher']]);

      console.info(`[fault] offline conflict: healed→reconnect ${reconnected.at - healedAt} ms, reconnect→reason ${told.at - reconnected.at} ms, reconnect→server state ${rolledBack} ms; reason: ${attention[0]!.reason}`);
    } finally {
      await cleanup.run();
    }
  }, 60_000);
});
