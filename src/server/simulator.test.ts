import { describe, expect, it } from 'vitest';
import { rngFor } from './demo-city/prng.ts';
import { workSteps } from './simulator.ts';

describe('the simulator’s pace', () => {
  it('moves more cases the more are open, within bounds', () => {
    expect(workSteps(0)).toBe(2);
    expect(workSteps(80)).toBe(8);
    expect(workSteps(10_000)).toBe(30);
  });

  it('holds the number of open cases steady however long the demo runs', () => {
    // Each case needs eight steps; every tick one is reported and workSteps(open) distinct open cases move.
    const rng = rngFor(7, 'pace');
    const remaining: number[] = Array.from({ length: 600 }, () => 8);
    const seen: number[] = [];
    for (let tick = 0; tick < 20_000; tick++) {
      remaining.push(8);
      const picked = new Set<number>();
      while (picked.size < Math.min(workSteps(remaining.length), remaining.length)) picked.add(Math.floor(rng.next() * remaining.length));
      for (const i of picked) remaining[i]! -= 1;
      for (let i = remaining.length - 1; i >= 0; i--) if (remaining[i] === 0) remaining.splice(i, 1);
      if (tick >= 10_000) seen.push(remaining.length);
    }
    // From 600 open (a wall left on for hours with two steps a report) it settles near eighty and stays.
    expect(Math.min(...seen)).toBeGreaterThan(40);
    expect(Math.max(...seen)).toBeLessThan(140);
  });
});
