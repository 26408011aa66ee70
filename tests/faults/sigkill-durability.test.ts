// Fault: the workstation is killed (SIGKILL) at random moments while it takes work offline.
// Whatever the core acknowledged before it died must reach the server exactly once.
//
// FAULT_MUTATIONS (default 10000): mutations committed in total across all runs.
// FAULT_KILLS (default 20): how many times the driver is SIGKILLed on the way.
// Then the server starts and the flushing driver is SIGKILLed 3 more times, mid-flush.
import { describe, expect, it } from 'vitest';
import { SAMPLE_CASES, changeCounts, cleanupStack, freePort, ledgerCount, missingFrom, pullEverything, readLedger, repeatedSeqs, sleep, startDriver, waitFor, type DriverRun } from '../support/fault-kit.ts';
import { startServerProcess } from '../support/processes.ts';
import { tempDir } from '../support/temp-dir.ts';

const N = Number(process.env.FAULT_MUTATIONS ?? 10_000);
const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const FLUSH_KILLS = 3;
/** Commands a killed run still has left at the earliest kill; see below. */
const KILL_MARGIN = 300;

describe('fault: SIGKILL of the workstation while it works offline', () => {
  it(`loses none of ${N} acknowledged mutations across ${KILLS} kills, and applies each once`, async () => {
    const cleanup = cleanupStack();
    try {
      const dir = tempDir('gcc-fault-kill-');
      cleanup.add(dir.remove);
      const port = await freePort();
      const serverUrl = `http://127.0.0.1:${port}`; // nothing listens there until the flush
      const wsDir = `${dir.path}/ws`;
      const printed = new Set<string>();
      const started = Date.now();
      const timeline: string[] = [];
      let midStream = 0;
      let run: DriverRun | undefined;
      cleanup.add(() => run?.kill());

      for (let k = 0; k < KILLS; k++) {
        run = startDriver({ dataDir: wsDir, serverUrl, until: N });
        await run.waitForAcks(0);
        const from = run.started()!;
        // The outbox the run found is every printed ack so far, plus at most one per earlier
        // kill that landed between the commit and the print.
        expect(from).toBeGreaterThanOrEqual(printed.size);
        expect(from - printed.size).toBeLessThanOrEqual(k);
        // Kill after a random share of what is left, so every run leaves room for the rest, and
        // never so late that the run could reach N between the ack awaited and the kill landing:
        // a command takes well under a millisecond, and the kill comes some milliseconds later.
        const fair = (N - from) / (KILLS - k + 1);
        const after = Math.floor(Math.random() * Math.max(0, Math.min(2 * fair, N - from - KILL_MARGIN)));
        await run.waitForAcks(after);
        if (Math.random() < 0.5) await sleep(Math.random() * 5);
        const exit = await run.kill('SIGKILL');
        expect(exit.signal, `run ${k} should die by SIGKILL, not finish:\n${run.stderr()}`).toBe('SIGKILL');
        for (const id of run.acks) printed.add(id);
        if (run.acks.length > 0) midStream += 1;
        timeline.push(`${from}+${run.acks.length}`);
      }

      run = startDriver({ dataDir: wsDir, serverUrl, until: N });
      const last = await run.closed;
      expect(last.code, run.stderr()).toBe(0);
      for (const id of run.acks) printed.add(id);
      expect(run.lines.at(-1)).toBe(`done ${N}`);
      expect(printed.size).toBeGreaterThanOrEqual(N - KILLS);
      expect(midStream).toBeGreaterThan(KILLS / 2);
      timeline.push(`${run.started()}+${run.acks.length}`);

      const offlineMs = Date.now() - started;

      // The server comes up; a driver process that only flushes is killed too, mid-flush, a few
      // times (its in-flight batch then reaches the server twice), before one is let finish.
      const serverDir = `${dir.path}/server`;
      const server = await startServerProcess(serverDir, port);
      cleanup.add(() => server.stop());
      const flushStarted = Date.now();
      const onServer: number[] = [];
      for (let k = 1; k <= FLUSH_KILLS; k++) {
        run = startDriver({ dataDir: wsDir, serverUrl, flush: true });
        const target = Math.floor((N * k) / (FLUSH_KILLS + 1));
        await waitFor(`${target} mutations on the server`, () => (ledgerCount(serverDir) >= target ? true : undefined), 60_000, 25);
        expect((await run.kill('SIGKILL')).signal).toBe('SIGKILL');
        onServer.push(ledgerCount(serverDir));
      }
      expect(onServer.every((n) => n < N), `killed mid-flush: ${onServer}`).toBe(true);
      run = startDriver({ dataDir: wsDir, serverUrl, flush: true });
      const flushed = await run.closed;
      expect(flushed.code, run.stderr()).toBe(0);
      const state = JSON.parse(run.lines.find((l) => l.startsWith('flushed '))!.slice(8)) as { pending: number; attention: number; status: string };
      expect(state).toMatchObject({ status: 'online', pending: 0, attention: 0 });

      const changes = await pullEverything(server.url);
      const counts = changeCounts(changes);
      const missing = missingFrom(printed, counts);
      const twice = [...counts].filter(([id, n]) => printed.has(id) && n > 1);
      expect(missing, 'acknowledged but never applied').toEqual([]);
      expect(twice, 'applied more than once').toEqual([]);
      // Exactly the N committed mutations arrived: the seeded cases plus N reports.
      expect(counts.size).toBe(N + SAMPLE_CASES);

      // The server's ledger agrees: N mutations from this workstation, each applied, none refused.
      const ledger = readLedger(serverDir).filter((r) => r.client_id !== 'seed');
      expect(ledger.length).toBe(N);
      expect(ledger.filter((r) => r.status !== 'applied')).toEqual([]);
      expect(repeatedSeqs(ledger)).toEqual([]);

      console.info(
        `[fault] SIGKILL: ${N} mutations, ${KILLS} kills offline (${midStream} mid-stream) in ${offlineMs} ms, ${printed.size} printed acks; ` +
          `runs (outbox at start + printed) ${timeline.join(' ')}; ${FLUSH_KILLS} kills mid-flush (on server: ${onServer.join(', ')}), flushed in ${Date.now() - flushStarted} ms`,
      );
    } finally {
      await cleanup.run();
    }
  }, 180_000);
});
