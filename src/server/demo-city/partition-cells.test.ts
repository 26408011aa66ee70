import { describe, expect, it } from 'vitest';
import { partitionCells } from './partition-cells.ts';

const square = (n: number) =>
  Array.from({ length: n * n }, (_, i) => ({ x: i % n, y: Math.floor(i / n), id: i }));

describe('partitionCells', () => {
  it('hands out every cell once, in proportion to weight', () => {
    const cells = square(10);
    const parts = partitionCells(cells, [
      { anchor: { x: 0, y: 0 }, weight: 1 },
      { anchor: { x: 9, y: 0 }, weight: 1 },
      { anchor: { x: 5, y: 9 }, weight: 2 },
    ]);
    expect(parts.flat().map((c) => c.id).sort((a, b) => a - b)).toEqual(cells.map((c) => c.id));
    expect(parts.map((p) => p.length)).toEqual([25, 25, 50]);
  });

  it('puts each item on the side of its anchor', () => {
    const parts = partitionCells(square(8), [
      { anchor: { x: 7, y: 4 }, weight: 1 },
      { anchor: { x: 0, y: 4 }, weight: 1 },
    ]);
    expect(Math.min(...(parts[0] ?? []).map((c) => c.x))).toBeGreaterThanOrEqual(4);
    expect(Math.max(...(parts[1] ?? []).map((c) => c.x))).toBeLessThanOrEqual(3);
  });

  it('honours minimum counts and refuses when cells run short', () => {
    const parts = partitionCells(square(2), [
      { anchor: { x: 0, y: 0 }, weight: 100 },
      { anchor: { x: 1, y: 1 }, weight: 1, minCells: 2 },
    ]);
    expect(parts.map((p) => p.length)).toEqual([2, 2]);
    expect(() => partitionCells(square(1), [
      { anchor: { x: 0, y: 0 }, weight: 1 },
      { anchor: { x: 0, y: 0 }, weight: 1 },
    ])).toThrow(/cells/);
  });
});
