import { describe, expect, it } from 'vitest';
import { createChartUpdateQueue } from './chart-update-queue.ts';

/** A clock whose time moves only as updates spend it, and whose frames run when told. */
function fakeFrames() {
  let time = 0;
  let frames: (() => void)[] = [];
  return {
    clock: { now: () => time, nextFrame: (run: () => void) => void frames.push(run) },
    spend: (ms: number) => void (time += ms),
    /** Runs one frame; false when none was asked for. */
    frame(): boolean {
      const run = frames;
      frames = [];
      run.forEach((f) => f());
      return run.length > 0;
    },
    pending: () => frames.length,
  };
}

describe('chart update queue', () => {
  it('applies updates frame by frame within the budget, at least one per frame', () => {
    const f = fakeFrames();
    const q = createChartUpdateQueue(12, f.clock);
    const applied: string[][] = [];
    let frame: string[] = [];
    const charts = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name }));
    for (const c of charts) q.push(c, () => (frame.push(c.name), f.spend(c.name === 'a' ? 30 : 5)));
    expect(f.pending()).toBe(1);
    while (f.frame()) {
      applied.push(frame);
      frame = [];
    }
    // 'a' alone overruns the budget; then 5 + 5 + 5 ms reach 12 ms at the third.
    expect(applied).toEqual([['a'], ['b', 'c', 'd'], ['e']]);
    expect(q.size()).toBe(0);
  });

  it('keeps only the latest update of a chart, and none of a dropped chart', () => {
    const f = fakeFrames();
    const q = createChartUpdateQueue(12, f.clock);
    const seen: string[] = [];
    const one = {};
    const two = {};
    q.push(one, () => seen.push('one v1'));
    q.push(two, () => seen.push('two v1'));
    q.push(one, () => seen.push('one v2'));
    q.drop(two);
    expect(f.pending()).toBe(1);
    f.frame();
    expect(seen).toEqual(['one v2']);
    expect(f.frame()).toBe(false);
  });
});
