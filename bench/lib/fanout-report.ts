// The fan-out bench as a table: each target beside raw io.emit at the same client
// count, measured in the same interleaved window.
import type { FanoutResult } from './fanout-bench.ts';
import { fmtInt, fmtMs, fmtRatio, table } from './format.ts';

export const FANOUT_TARGET_P99_RATIO = 1.2;
const SERVER = 'command-center server';

const isRaw = (r: FanoutResult) => r.target.startsWith('raw');
const rawOf = (results: readonly FanoutResult[], r: FanoutResult) => results.find((x) => x.clients === r.clients && isRaw(x));
const p99Ratio = (results: readonly FanoutResult[], r: FanoutResult) => r.latency.p99 / (rawOf(results, r)?.latency.p99 ?? Number.NaN);

export function fanoutTable(results: readonly FanoutResult[]): string {
  const rows = results.map((r) => [
    fmtInt(r.clients),
    r.target,
    fmtMs(r.latency.p50),
    fmtMs(r.latency.p95),
    fmtMs(r.latency.p99),
    fmtMs(r.latency.max),
    fmtRatio(p99Ratio(results, r)),
    `${fmtInt(r.delivered)}/${fmtInt(r.expected)}`,
    r.keptUp ? 'yes' : 'NO',
    fmtInt(r.payloadChars),
    fmtMs(r.serverCpuMsPerBroadcast),
    fmtMs(r.clientCpuMsPerBroadcast),
    `${fmtMs(r.driverAck.p50)} / ${fmtMs(r.driverAck.p99)}`,
    r.otherCores.toFixed(2),
  ]);
  return table(
    ['clients', 'target', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'p99 of raw', 'delivered', 'kept up', 'payload chars', 'server CPU ms/bcast', 'clients CPU ms/bcast', 'driver ack p50/p99 ms', 'other cores'],
    rows,
  );
}

export type FanoutRatio = { clients: number; serverP99: number; rawP99: number; ratio: number; saturated: boolean };

/** Per client count: the server's p99 over raw's from the same window. */
export function fanoutRatios(results: readonly FanoutResult[]): FanoutRatio[] {
  return results
    .filter((r) => r.target === SERVER)
    .map((r) => {
      const raw = rawOf(results, r);
      return {
        clients: r.clients,
        serverP99: r.latency.p99,
        rawP99: raw?.latency.p99 ?? Number.NaN,
        ratio: p99Ratio(results, r),
        saturated: !r.keptUp || !raw?.keptUp,
      };
    });
}

export function fanoutVerdict(results: readonly FanoutResult[]): string[] {
  return fanoutRatios(results).map(
    ({ clients, serverP99, rawP99, ratio, saturated }) =>
      `${fmtInt(clients)} clients: p99 ${fmtMs(serverP99)} ms vs raw ${fmtMs(rawP99)} ms = ${fmtRatio(ratio)} — target ≤ ${fmtRatio(FANOUT_TARGET_P99_RATIO)} ${ratio <= FANOUT_TARGET_P99_RATIO ? 'met' : 'NOT met'}` +
      (saturated ? ' (saturated: the machine fell behind, so the ratio says little)' : ''),
  );
}
