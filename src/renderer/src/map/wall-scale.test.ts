import { describe, expect, it } from 'vitest';
import { scaleSize } from './wall-scale.ts';

describe('wall map sizes', () => {
  it('scales numbers and the outputs of zoom curves, never their inputs', () => {
    expect(scaleSize(12, 2)).toBe(24);
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 8, 13, 12, 16], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 8, 26, 12, 32]);
    expect(scaleSize(['step', ['get', 'point_count'], 12, 10, 16, 50, 21], 1.5)).toEqual(['step', ['get', 'point_count'], 18, 10, 24, 50, 31.5]);
    expect(scaleSize(['get', 'size'], 2)).toEqual(['get', 'size']);
  });
});
