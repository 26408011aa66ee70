// The longest busy stretches of a CPU profile (.cpuprofile, as `--profile`
// and `--profile-realtime` write them) with the functions that filled them:
// where a long task came from, without opening DevTools.
//   node bench/cpuprofile-spans.ts FILE.cpuprofile [--top 3] [--frames 25]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '3' }, frames: { type: 'string', default: '25' } } });
if (!positionals[0]) throw new Error('usage: node bench/cpuprofile-spans.ts FILE.cpuprofile [--top 3] [--frames 25]');
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
const idle = (id: number) => byId.get(id)!.callFrame.functionName === '(idle)';

// A span: samples in a row with the thread not idle (one task, or tasks back to back).
const spans: [number, number][] = [];
let start = -1;
for (let i = 0; i <= profile.samples.length; i++) {
  const busy = i < profile.samples.length && !idle(profile.samples[i]!);
  if (busy && start < 0) start = i;
  if (!busy && start >= 0) {
    spans.push([start, i]);
    start = -1;
  }
}
const length = ([a, b]: [number, number]) => times[Math.min(b, times.length - 1)]! - times[a]!;
spans.sort((x, y) => length(y) - length(x));

const ranked = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(values.frames)).map(([k, v]) => `\n    ${String(v).padStart(5)} ${k}`).join('');
for (const span of spans.slice(0, Number(values.top))) {
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  for (let i = span[0]; i < span[1]; i++) {
    const leaf = byId.get(profile.samples[i]!)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const k = label(byId.get(id)!);
      if (seen.has(k)) continue; // recursion counts once
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + 1);
    }
  }
  console.log(`busy ${(length(span) / 1000).toFixed(0)} ms (${span[1] - span[0]} samples) from +${((times[span[0]]! - profile.startTime) / 1e6).toFixed(1)} s`);
  console.log(`  samples per function, with callees:${ranked(inclusive)}`);
  console.log(`  samples per function, own time:${ranked(self)}`);
}
