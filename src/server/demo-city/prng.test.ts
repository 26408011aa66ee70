import { describe, expect, it } from 'vitest';
import { createRng, rngFor } from './prng.ts';

const draw = (seed: number, n = 5) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('prng', () => {
  it('repeats for a seed and differs between seeds', () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('gives independent streams per label', () => {
    expect(rngFor(1, 'a').next()).toBe(rngFor(1, 'a').next());
    expect(rngFor(1, 'a').next()).not.toBe(rngFor(1, 'b').next());
    expect(rngFor(1, 'ab', 'c').next()).not.toBe(rngFor(1, 'a', 'bc').next());
  });

  it('keeps its helpers in range', () => {
    const rng = createRng(42);
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(Number.isInteger(n)).toBe(true);
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const g = rng.normal(10, 1);
      expect(Math.abs(g - 10)).toBeLessThanOrEqual(2 * Math.sqrt(3) + 1e-9);
    }
  });

  it('weights its picks', () => {
    const rng = createRng(7);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[rng.weightedPick(['a', 'b'] as const, [1, 3])]++;
    expect(counts.b / 4000).toBeGreaterThan(0.7);
    expect(counts.b / 4000).toBeLessThan(0.8);
  });

  it('shuffles into a permutation', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createRng(3).shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
