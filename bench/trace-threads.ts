// Busy time per thread in a Chromium trace (as `bench/map-render.ts --trace`
// writes it): where two cores went while the map loaded or moved — the page's
// main thread, maplibre's workers, the GPU process's raster and GL threads.
//   node bench/trace-threads.ts FILE.json [--top 12]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type TraceEvent = { ph: string; name: string; cat: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string } };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '12' } } });
if (!positionals[0]) throw new Error('usage: node bench/trace-threads.ts FILE.json [--top 12]');
const raw = JSON.parse(readFileSync(positionals[0], 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(raw) ? raw : raw.traceEvents;

const threadName = new Map<string, string>();
const processName = new Map<number, string>();
for (const e of events) {
  if (e.ph !== 'M') continue;
  if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  if (e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '?');
}

// Top-level tasks only (the scheduler's RunTask), so nested slices are not counted twice.
type Busy = { wall: number; cpu: number; tasks: number; longest: number; names: Map<string, number> };
const busy = new Map<string, Busy>();
let first = Infinity;
let last = 0;
for (const e of events) {
  if (e.ph !== 'X' || !e.cat.split(',').includes('toplevel') || e.dur === undefined) continue;
  const key = `${e.pid}:${e.tid}`;
  const b = busy.get(key) ?? { wall: 0, cpu: 0, tasks: 0, longest: 0, names: new Map() };
  b.wall += e.dur / 1000;
  b.cpu += (e.tdur ?? e.dur) / 1000;
  b.tasks++;
  b.longest = Math.max(b.longest, e.dur / 1000);
  busy.set(key, b);
  first = Math.min(first, e.ts);
  last = Math.max(last, e.ts + e.dur);
}
const spanMs = (last - first) / 1000;
const rows = [...busy].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, Number(values.top));
console.log(`trace span ${spanMs.toFixed(0)} ms; top-level task time per thread (wall / thread CPU ms, tasks, longest):`);
for (const [key, b] of rows) {
  const pid = Number(key.split(':')[0]);
  console.log(`  ${b.wall.toFixed(0).padStart(7)} / ${b.cpu.toFixed(0).padStart(7)} ms  ${String(b.tasks).padStart(5)} tasks  longest ${b.longest.toFixed(0).padStart(5)} ms  ${processName.get(pid) ?? pid} › ${threadName.get(key) ?? key}`);
}
const cpu = [...busy.values()].reduce((a, b) => a + b.cpu, 0);
console.log(`all threads: ${cpu.toFixed(0)} ms of thread CPU in ${spanMs.toFixed(0)} ms (${(cpu / spanMs).toFixed(2)} cores)`);
