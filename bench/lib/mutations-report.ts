// The mutations bench as a table: each target beside the raw baselines of the same pass.
import { fmtInt, fmtMs, fmtRatio, table } from './format.ts';
import { mutationTargets, type PassResult } from './mutations-bench.ts';

export const MUTATIONS_TARGET_PER_S = 2000;
const RAW_ACK = mutationTargets[0]!.label;
const RAW_SQLITE_PER_MUTATION = mutationTargets[2]!.label;

export function mutationsTable(results: readonly PassResult[]): string {
  const baseline = (pass: string, label: string) => results.find((r) => r.pass === pass && r.target === label)?.perSecond ?? Number.NaN;
  const rows = results.map((r) => [
    r.pass,
    r.target,
    fmtInt(r.mutations),
    fmtInt(r.perSecond),
    fmtRatio(r.perSecond / baseline(r.pass, RAW_ACK)),
    fmtRatio(r.perSecond / baseline(r.pass, RAW_SQLITE_PER_MUTATION)),
    fmtMs(r.batchAck.p50),
    fmtMs(r.batchAck.p99),
    // /proc counts CPU in 10 ms ticks: a raw pass of a tenth of a second reads as a few ticks or none.
    Number.isFinite(r.serverKernelShare) ? `${fmtInt(r.serverCpuUsPerMutation)} (${Math.round(r.serverKernelShare * 100)}%)` : '< 1 tick',
    // The measured process does its work on one thread, so one core's worth of CPU bounds its rate
    // whatever the neighbours do: the figure to read on a busy machine.
    fmtInt(1e6 / r.serverCpuUsPerMutation),
    fmtInt(r.clientCpuUsPerMutation),
    r.rejected ? `${r.rejected} (${r.firstRejection})` : '0',
    r.otherCores.toFixed(2),
  ]);
  return table(['pass', 'target', 'timed', 'mutations/s', 'of raw ack', 'of raw+SQLite tx/mut', 'batch ack p50 ms', 'p99 ms', 'server CPU µs/mut (kernel)', 'CPU bound /s', 'client CPU µs/mut', 'rejected', 'other cores'], rows);
}

export function mutationsVerdict(results: readonly PassResult[]): string[] {
  return results
    .filter((r) => r.target === 'command-center server')
    .map(
      (r) =>
        `${r.pass}: ${fmtInt(r.perSecond)} mutations/s — target ≥ ${fmtInt(MUTATIONS_TARGET_PER_S)}/s ${r.perSecond >= MUTATIONS_TARGET_PER_S ? 'met' : 'NOT met'}` +
        ` (CPU bound ${fmtInt(1e6 / r.serverCpuUsPerMutation)}/s; other processes used ${r.otherCores.toFixed(2)} cores meanwhile)`,
    );
}
