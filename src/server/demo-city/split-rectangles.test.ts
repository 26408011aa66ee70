import { describe, expect, it } from 'vitest';
import type { Rect } from './district-lattice.ts';
import { createRng } from './prng.ts';
import { splitRectangles } from './split-rectangles.ts';

const area = (r: Rect) => (r.east - r.west) * (r.north - r.south);
const scale = { kmPerLon: 1, kmPerLat: 1 };

describe('splitRectangles', () => {
  it('tiles the input with exactly the asked number of pieces', () => {
    const input = [{ west: 0, south: 0, east: 2, north: 1 }, { west: 2, south: 0, east: 3, north: 1 }];
    const pieces = splitRectangles(input, 7, scale, createRng(1));
    expect(pieces).toHaveLength(7);
    expect(pieces.reduce((s, r) => s + area(r), 0)).toBeCloseTo(3, 12);
    for (const p of pieces) {
      const inside = input.some((r) => p.west >= r.west && p.east <= r.east && p.south >= r.south && p.north <= r.north);
      expect(inside).toBe(true);
    }
  });

  it('keeps pieces of similar size and refuses to merge', () => {
    const pieces = splitRectangles([{ west: 0, south: 0, east: 1, north: 1 }], 8, scale, createRng(2));
    const areas = pieces.map(area);
    expect(Math.max(...areas) / Math.min(...areas)).toBeLessThan(4);
    expect(() => splitRectangles([{ west: 0, south: 0, east: 1, north: 1 }, { west: 1, south: 0, east: 2, north: 1 }], 1, scale, createRng(1))).toThrow();
  });
});
