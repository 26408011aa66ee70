import { describe, expect, it } from 'vitest';
import { polygonContains, polygonLabelPoint, ringCenter, ringContains, ringInteriorPoint } from './geo.ts';

describe('geo', () => {
  const square: [number, number][] = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
  it('finds points inside a ring', () => {
    expect(ringContains(square, [1, 1])).toBe(true);
    expect(ringContains(square, [3, 1])).toBe(false);
    expect(ringContains([[0, 0], [4, 0], [4, 4], [2, 1], [0, 4], [0, 0]], [2, 3])).toBe(false); // in the notch
    expect(ringCenter(square)).toEqual([1, 1]);
  });

  it('finds a point well inside a ring whose box middle lies outside it', () => {
    expect(ringInteriorPoint([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]])).toEqual([1, 1]);
    // A U open to the north: its box's middle (3, 2) is in the gap; the widest arm along y = 2 is the left one, 0..2.
    const u: [number, number][] = [[0, 0], [6, 0], [6, 4], [5, 4], [5, 1], [2, 1], [2, 4], [0, 4], [0, 0]];
    const p = ringInteriorPoint(u);
    expect(ringContains(u, p)).toBe(true);
    expect(p).toEqual([1, 2]);
  });

  describe('a ring with a hole (a school\'s grid inside a street\'s)', () => {
    const ring: [number, number][] = [[0, 0], [6, 0], [6, 6], [0, 6], [0, 0]];
    const holes: [number, number][][] = [[[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]];
    it('holds what is inside the ring and out of the hole', () => {
      expect(polygonContains({ ring, holes }, [1, 1])).toBe(true);
      expect(polygonContains({ ring, holes }, [3, 3])).toBe(false);
      expect(polygonContains({ ring }, [3, 3])).toBe(true);
      expect(polygonContains({ ring, holes }, [7, 3])).toBe(false);
    });

    it('puts its interior point and its label beside the hole, not in it', () => {
      const p = ringInteriorPoint(ring, holes);
      expect(polygonContains({ ring, holes }, p)).toBe(true);
      // Along y = 3 the polygon is 0..2 and 4..6: the first of the widest.
      expect(p).toEqual([1, 3]);
      expect(polygonLabelPoint({ ring, holes })).toEqual([1, 3]);
      expect(polygonLabelPoint({ ring })).toEqual([3, 3]);
    });

    it('does not take the box\'s middle when it lies on a hole\'s side', () => {
      // The middle (4, 3) is on the hole's east side: in the ring's grid and the hole's grid alike.
      const hole: [number, number][] = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];
      const ring8: [number, number][] = [[0, 0], [8, 0], [8, 6], [0, 6], [0, 0]];
      const p = ringInteriorPoint(ring8, [hole]);
      expect(p).toEqual([6, 3]);
      // Here it is on the hole's top: the scan moves off that side's height (y = 3, halfway to 6).
      const low: [number, number][] = [[3, 1], [5, 1], [5, 3], [3, 3], [3, 1]];
      expect(ringInteriorPoint(ring8, [low])).toEqual([4, 4.5]);
    });
  });
});
