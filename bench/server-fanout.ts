// Broadcast latency p50/p95/p99 to many logged-in clients, beside raw socket.io io.emit.
//   node bench/server-fanout.ts [--clients 1000,2000] [--rate 10] [--seconds 10] [--slice 1] [--workers 2] [--tmpfs] [--cpu-prof DIR]
// Server and baseline run side by side and take turns every --slice seconds, --seconds each.
// --tmpfs adds the server with its data on tmpfs (no disk in the path) as a diagnostic third target.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { busyWarning } from './lib/background.ts';
import { measureFsync } from './lib/disk.ts';
import { runFanoutBench } from './lib/fanout-bench.ts';
import { fanoutTable, fanoutVerdict } from './lib/fanout-report.ts';
import { fmtMs } from './lib/format.ts';
import { describeMachine, formatMachine } from './lib/machine.ts';
import { killChildrenOnExit } from './lib/proc.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000,2000' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    slice: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    tmpfs: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
  },
});

killChildrenOnExit();
const started = performance.now();
const opts = {
  clientCounts: values.clients.split(',').map(Number),
  rate: Number(values.rate),
  seconds: Number(values.seconds),
  sliceSeconds: Number(values.slice),
  warmupSeconds: 1,
  workerProcesses: Number(values.workers),
  inMemoryServer: values.tmpfs,
  execArgv: values['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(values['cpu-prof'])] : [],
};
console.log(`machine: ${formatMachine(describeMachine())}`);
const fsync = measureFsync();
console.log(`fsync of a 4 KiB append in the temp folder: p50 ${fmtMs(fsync.p50)} ms, p99 ${fmtMs(fsync.p99)} ms`);
console.log(
  `fan-out: ${opts.rate} broadcasts/s, ${opts.seconds} s per target in ${opts.sliceSeconds} s turns (after ${opts.warmupSeconds} s warm-up each), ` +
    `to ${values.clients} clients in ${opts.workerProcesses} worker processes\n`,
);
const busy = await busyWarning();
if (busy) console.log(`${busy}\n`);
const results = await runFanoutBench(opts, (r) =>
  console.log(`  ${String(r.clients).padStart(5)} clients, ${r.target}: p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms`),
);
console.log(`\n${fanoutTable(results)}\n`);
for (const line of fanoutVerdict(results)) console.log(line);
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`);
