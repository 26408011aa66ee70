// All server benchmarks, one after the other, then one summary table.
//   node bench/run.ts   (npm run bench)
// The figures are not part of `npm test`: they depend on the machine and on
// what else it is doing, so each is printed beside a baseline from this run.
import { busyWarning } from './lib/background.ts';
import { measureFsync } from './lib/disk.ts';
import { runFanoutBench } from './lib/fanout-bench.ts';
import { FANOUT_TARGET_P99_RATIO, fanoutRatios, fanoutTable } from './lib/fanout-report.ts';
import { fmtInt, fmtMs, fmtRatio, table } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { runMutationsBench } from './lib/mutations-bench.ts';
import { MUTATIONS_TARGET_PER_S, mutationsTable } from './lib/mutations-report.ts';
import { killChildrenOnExit } from './lib/proc.ts';

killChildrenOnExit();
const started = performance.now();
console.log(`machine: ${formatMachine(describeMachine())}`);
const fsync = measureFsync();
console.log(`fsync of a 4 KiB append in the temp folder: p50 ${fmtMs(fsync.p50)} ms, p99 ${fmtMs(fsync.p99)} ms`);
const busy = await busyWarning();
if (busy) console.log(busy);

const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
console.log('\n== mutations through the socket (10,000 per pass, 2 clients, batches of 200) ==');
const mutations = await runMutationsBench({ count: 10_000, clients: 2, warmupBatches: 2, maxPassSeconds: 15 }, (r) => console.log(`  ${r.pass} ${r.target}: ${Math.round(r.perSecond)}/s`));
console.log(`\n${mutationsTable(mutations)}\n(${elapsed()})`);

console.log('\n== broadcast fan-out (10/s, 10 s per target in 1 s turns, 1,000 and 2,000 clients) ==');
const fanout = await runFanoutBench(
  { clientCounts: [1000, 2000], rate: 10, seconds: 10, sliceSeconds: 1, warmupSeconds: 1, workerProcesses: 2 },
  (r) => console.log(`  ${r.clients} clients, ${r.target}: p99 ${r.latency.p99.toFixed(1)} ms`),
);
console.log(`\n${fanoutTable(fanout)}\n(${elapsed()})`);

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const rawAck = (pass: string) => mutations.find((r) => r.pass === pass && r.target.startsWith('raw socket.io'))!;
const rawPerTx = (pass: string) => mutations.find((r) => r.pass === pass && r.target.endsWith('1 tx per mutation'))!;
const rows = [
  ...mutations
    .filter((r) => !r.target.startsWith('raw'))
    .map((r) => {
      const diagnostic = r.target !== 'command-center server';
      return [
        `${r.pass} mutations/s${diagnostic ? ' (data on tmpfs, diagnostic)' : ''}`,
        fmtInt(r.perSecond),
        `raw ack ${fmtInt(rawAck(r.pass).perSecond)} (+SQLite tx/mut ${fmtInt(rawPerTx(r.pass).perSecond)})`,
        fmtRatio(r.perSecond / rawAck(r.pass).perSecond),
        diagnostic ? '–' : `≥ ${fmtInt(MUTATIONS_TARGET_PER_S)}/s`,
        diagnostic ? '–' : met(r.perSecond >= MUTATIONS_TARGET_PER_S),
      ];
    }),
  ...fanoutRatios(fanout).map((f) => [
    `fan-out p99, ${fmtInt(f.clients)} clients`,
    `${fmtMs(f.serverP99)} ms`,
    `raw io.emit ${fmtMs(f.rawP99)} ms`,
    fmtRatio(f.ratio),
    `≤ ${fmtRatio(FANOUT_TARGET_P99_RATIO)} raw`,
    met(f.ratio <= FANOUT_TARGET_P99_RATIO) + (f.saturated ? ' (saturated)' : ''),
  ]),
];
console.log(`\n== summary ==\n${table(['figure', 'server', 'baseline', 'ratio', 'target', 'result'], rows)}`);
console.log(`\nall benches took ${elapsed()}`);
