import { describe, expect, it } from 'vitest';
import { ringCenter, ringContains } from './geo.ts';

describe('geo', () => {
  const square: [number, number][] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
  it('finds points inside a ring', () => {
    expect(ringContains(square, [1, 1])).toBe(true);
    expect(ringContains(square, [3, 1])).toBe(false);
    expect(ringContains([[0, 0], [4, 0], [4, 4], [2, 1], [0, 4], [0, 0]], [2, 3])).toBe(false); // in the notch
    expect(ringCenter(square)).toEqual([1, 1]);
  });
});
