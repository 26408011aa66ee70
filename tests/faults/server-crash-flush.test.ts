// Fault: the server is SIGKILLed while a workstation flushes a large offline outbox into it,
// twice, and restarted on the same port and data. Nothing may be lost or applied twice.
//
// FAULT_FLUSH_MUTATIONS (default 3000): mutations queued offline before the flush.
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core/core.ts';
import type { LinkState } from '../../src/shared/contract.ts';
import { command, query } from '../support/core-client.ts';
import { SAMPLE_CASES, changeCounts, cleanupStack, freePort, ledgerCount, missingFrom, pullEverything, readLedger, repeatedSeqs, sleep, waitFor } from '../support/fault-kit.ts';
import { startServerProcess, type Proc } from '../support/processes.ts';
import { DEMO_PASSWORD } from '../support/server-client.ts';
import { tempDir } from '../support/temp-dir.ts';

const N = Number(process.env.FAULT_FLUSH_MUTATIONS ?? 3000);

describe('fault: server killed mid-flush', () => {
  it(`flushes ${N} offline mutations through two server crashes: 0 missing, 0 duplicates`, async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-flush-');
      cleanup.add(dir.remove);
      const serverDir = `${dir.path}/server`;
      const port = await freePort();
      let server: Proc = await startServerProcess(serverDir, port);
      cleanup.add(() => server.stop('SIGKILL'));
      const core: Core = await createCore({ dataDir: `${dir.path}/ws`, serverUrl: server.url, credentials: { username: 'dispatcher', password: DEMO_PASSWORD } });
      cleanup.add(() => core.close());
      const link = () => query<LinkState>(core, 'link.state');
      await waitFor('online', async () => ((await link()).status === 'online' ? true : undefined));

      await server.stop('SIGKILL');
      await waitFor('offline', async () => ((await link()).status === 'offline' ? true : undefined));
      const acked: string[] = [];
      for (let i = 0; i < N; i++) {
        const { id } = await command<{ id: string }>(core, 'cases.report', { title: `断网积压 ${i}`, categoryKind: '部件', categoryCode: '0101', point: [130.36, 46.8] });
        acked.push(id);
      }
      expect((await link()).pending).toBe(N);

      // Twice: bring the server up, let the flush get partway, kill the server under it.
      const crashes: { pendingAtKill: number; ledgerAfterKill: number }[] = [];
      let unacked = 0;
      for (const share of [2 / 3, 1 / 3]) {
        const before = (await link()).pending;
        server = await startServerProcess(serverDir, port);
        await waitFor('the flush to get partway', async () => ((await link()).pending <= N * share ? true : undefined), 20_000, 2);
        // Kill it where a batch is committed on its disk and its ack is not yet out. Timing alone cannot
        // promise that (a fast server may commit and ack a whole batch between a probe and a kill), so
        // freeze it (SIGSTOP), let any ack already on the wire land, and look: committed rows the
        // workstation has not seen acknowledged mean it is caught inside a batch; otherwise it runs on.
        let target = N - (await link()).pending + 10 + Math.floor(Math.random() * 60);
        for (let tries = 0; ; tries++) {
          await waitFor('the server inside the next batch', () => (ledgerCount(serverDir) >= target ? true : undefined), 20_000, 2);
          server.child.kill('SIGSTOP');
          await sleep(250);
          const onDisk = ledgerCount(serverDir);
          if (onDisk > N - (await link()).pending) break;
          if (tries >= 40 || onDisk >= N) throw new Error(`never caught the server inside a batch (${tries + 1} tries, ${onDisk} on disk)`);
          server.child.kill('SIGCONT');
          target = onDisk + 1 + Math.floor(Math.random() * 40);
        }
        await server.stop('SIGKILL');
        const pendingAtKill = (await link()).pending;
        const ledgerAfterKill = readLedger(serverDir).filter((r) => r.client_id !== 'seed').length;
        crashes.push({ pendingAtKill, ledgerAfterKill });
        // What the server had on disk but never acknowledged: pushed again after the restart.
        unacked += ledgerAfterKill - (N - pendingAtKill);
        // It was partway: some, not all, of the outbox had reached the server's disk.
        expect(pendingAtKill).toBeLessThan(before);
        expect(ledgerAfterKill).toBeGreaterThan(N - before);
        expect(ledgerAfterKill).toBeLessThan(N);
        await waitFor('offline after the crash', async () => ((await link()).status === 'offline' ? true : undefined));
      }

      // The last run: the operator watches the outbox drain (同步中 · N 条待同步), batch by batch.
      const announced: LinkState[] = [];
      core.subscribe((e) => e.event === 'link.changed' && announced.push(e.payload as LinkState));
      server = await startServerProcess(serverDir, port);
      const final = await waitFor('pending 0 and online', async () => {
        const s = await link();
        return s.pending === 0 && s.status === 'online' ? s : undefined;
      }, 30_000);
      expect(final.attention).toBe(0);
      const progress = new Set(announced.filter((x) => x.status === 'syncing').map((x) => x.pending));
      expect(progress.size, `pending counts announced while syncing: ${[...progress]}`).toBeGreaterThanOrEqual(3);
      // The crashes cut batches in two: committed on the server, their acks lost.
      expect(unacked).toBeGreaterThanOrEqual(crashes.length);

      const counts = changeCounts(await pullEverything(server.url));
      expect(missingFrom(acked, counts), 'acknowledged but never applied').toEqual([]);
      const ours = new Set(acked);
      expect([...counts].filter(([id, n]) => ours.has(id) && n > 1), 'applied more than once').toEqual([]);
      expect(counts.size).toBe(N + SAMPLE_CASES);
      const ledger = readLedger(serverDir).filter((r) => r.client_id !== 'seed');
      expect(ledger.length).toBe(N);
      expect(ledger.filter((r) => r.status !== 'applied')).toEqual([]);
      expect(repeatedSeqs(ledger)).toEqual([]);
      console.info(`[fault] server crash mid-flush: ${N} mutations; at each kill (pending, on server disk): ${crashes.map((c) => `(${c.pendingAtKill}, ${c.ledgerAfterKill})`).join(' ')}; ${unacked} committed with the ack lost`);
    } finally {
      await cleanup.run();
    }
  }, 90_000);
});
