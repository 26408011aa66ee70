// Fault: the server is up and connected but answers a push with an error (here its database
// is locked by another process for a few seconds: a backup, an operator's sqlite3 shell). The
// workstation must keep its work and deliver it once the server recovers, without waiting for
// the operator to do something else or for the link to drop.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/core.ts';
import type { LinkState } from '../../src/shared/contract.ts';
import { command, query } from '../support/core-client.ts';
import { changeCounts, cleanupStack, pullEverything, waitFor } from '../support/fault-kit.ts';
import { startServerProcess } from '../support/processes.ts';
import { DEMO_PASSWORD } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('fault: the server answers a push with an error', () => {
  it('retries on its own and delivers the work once the server recovers', async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-error-');
      cleanup.add(dir.remove);
      const serverDir = `${dir.path}/server`;
      const server = await startServerProcess(serverDir);
      cleanup.add(() => server.stop());
      const core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
      cleanup.add(() => core.close());
      const link = () => query<LinkState>(core, 'link.state');
      await waitFor('online', async () => ((await link()).status === 'online' ? true : undefined));

      // Another process takes the server database's write lock.
      const locker = new Database(join(serverDir, 'server.sqlite'));
      cleanup.add(() => locker.close());
      locker.exec('begin immediate');
      const { id } = await command<{ id: string }>(core, 'cases.report', { title: '服务器忙时上报', categoryKind: '部件', categoryCode: '0101', point: [130.36, 46.8] });
      await waitFor('the server to fail the push', () => (server.output().includes('handler failed') ? true : undefined), 15_000, 50);
      locker.exec('rollback');
      const failedAt = Date.now();

      const state = await waitFor('online with nothing pending', async () => {
        const s = await link();
        return s.status === 'online' && s.pending === 0 ? s : undefined;
      }, 10_000);
      expect(state.attention).toBe(0);
      expect(changeCounts(await pullEverything(server.url)).get(id)).toBe(1);
      console.info(`[fault] server error: delivered ${Date.now() - failedAt} ms after the server recovered`);
    } finally {
      await cleanup.run();
    }
  }, 40_000);
});
