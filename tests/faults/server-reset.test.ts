// Fault: while a workstation is offline, its server comes back with its data reset (a restored
// backup, a reset demo): the saved session is refused. The workstation must log in again,
// replicate the new data afresh, and still deliver the work it queued offline.
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/core.ts';
import type { CaseListItem, LinkState } from '../../src/shared/contract.ts';
import { command, query } from '../support/core-client.ts';
import { changeCounts, cleanupStack, freePort, latestCases, pullEverything, waitFor } from '../support/fault-kit.ts';
import { startServerProcess, type Proc } from '../support/processes.ts';
import { DEMO_PASSWORD } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('fault: the server comes back with its data reset', () => {
  it('logs in again, replicates afresh and delivers the work queued offline', async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-reset-');
      cleanup.add(dir.remove);
      const port = await freePort();
      let server: Proc = await startServerProcess(`${dir.path}/server-before`, port);
      cleanup.add(() => server.stop());
      const core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
      cleanup.add(() => core.close());
      const link = () => query<LinkState>(core, 'link.state');
      await waitFor('online', async () => ((await link()).status === 'online' ? true : undefined));
      const before = await query<CaseListItem[]>(core, 'cases.list', { limit: 5000 });
      expect(before).toHaveLength(5);

      await server.stop();
      await waitFor('offline', async () => ((await link()).status === 'offline' ? true : undefined));
      const { id } = await command<{ id: string }>(core, 'cases.report', { title: '重置前离线上报', categoryKind: '部件', categoryCode: '0101', point: [130.36, 46.8] });

      // Same address, new data: the workstation's session does not exist there.
      server = await startServerProcess(`${dir.path}/server-after`, port);
      const state = await waitFor('online with nothing pending', async () => {
        const s = await link();
        return s.status === 'online' && s.pending === 0 ? s : undefined;
      }, 15_000);
      expect(state.attention).toBe(0);

      const changes = await pullEverything(server.url);
      expect(changeCounts(changes).get(id)).toBe(1);
      const serverCases = latestCases(changes);
      const view = await query<CaseListItem[]>(core, 'cases.list', { limit: 5000 });
      expect(new Set(view.map((c) => c.id))).toEqual(new Set(serverCases.keys()));
      expect(view.some((c) => before.some((b) => b.id === c.id))).toBe(false);
    } finally {
      await cleanup.run();
    }
  }, 40_000);
});
