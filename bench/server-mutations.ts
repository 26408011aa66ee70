// Mutations applied per second through the socket, beside raw socket.io baselines.
//   node bench/server-mutations.ts [--count 10000] [--clients 2] [--warmup 2] [--max-seconds 15] [--cpu-prof DIR]
// A pass stops starting batches after --max-seconds; the 'timed' column then shows fewer than --count.
// --cpu-prof DIR writes a V8 CPU profile of the command-center server into DIR.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { busyWarning } from './lib/background.ts';
import { measureFsync } from './lib/disk.ts';
import { fmtMs } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { runMutationsBench } from './lib/mutations-bench.ts';
import { mutationsTable, mutationsVerdict } from './lib/mutations-report.ts';
import { killChildrenOnExit } from './lib/proc.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    clients: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '2' },
    'max-seconds': { type: 'string', default: '15' },
    'cpu-prof': { type: 'string' },
  },
});

killChildrenOnExit();
const started = performance.now();
console.log(`machine: ${formatMachine(describeMachine())}`);
const fsync = measureFsync();
console.log(`fsync of a 4 KiB append in the temp folder: p50 ${fmtMs(fsync.p50)} ms, p99 ${fmtMs(fsync.p99)} ms`);
console.log(`mutations: ${values.count} per pass, ${values.clients} clients, batches of 200, ${values.warmup} warm-up batches per client (untimed)\n`);
const busy = await busyWarning();
if (busy) console.log(`${busy}\n`);
const results = await runMutationsBench(
  {
    count: Number(values.count),
    clients: Number(values.clients),
    warmupBatches: Number(values.warmup),
    maxPassSeconds: Number(values['max-seconds']),
    execArgv: values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])] : [],
  },
  (r) => console.log(`  ${r.pass.padEnd(11)} ${r.target}: ${Math.round(r.perSecond)}/s`),
);
console.log(`\n${mutationsTable(results)}\n`);
for (const line of mutationsVerdict(results)) console.log(line);
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
