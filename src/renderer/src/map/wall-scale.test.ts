import { describe, expect, it } from 'vitest';
import { scaleScaleBars, scaleSize } from './wall-scale.ts';

describe('wall map sizes', () => {
  it('scales numbers and the outputs of zoom curves, never their inputs', () => {
    expect(scaleSize(12, 2)).toBe(24);
    expect(scaleSize(['interpolate', ['linear'], ['zoom'], 8, 13, 12, 16], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 8, 26, 12, 32]);
    expect(scaleSize(['step', ['get', 'point_count'], 12, 10, 16, 50, 21], 1.5)).toEqual(['step', ['get', 'point_count'], 18, 10, 24, 50, 31.5]);
    expect(scaleSize(['get', 'size'], 2)).toEqual(['get', 'size']);
  });
});

describe('wall scale bar', () => {
  it('lengthens the scale bar by the factor, redraws it, and undoes that', () => {
    let drawn = 0;
    const bar = { options: { maxWidth: undefined as number | undefined, unit: 'metric' }, _map: {} as object | undefined, _onMove: () => void drawn++ };
    const zoom = { _container: {} };
    const map = { _controls: [zoom, bar] } as unknown as Parameters<typeof scaleScaleBars>[0];
    const undo = scaleScaleBars(map, 3.4);
    expect(bar.options.maxWidth).toBe(340);
    expect(drawn).toBe(1);
    undo();
    expect(bar.options.maxWidth).toBeUndefined();
    expect(drawn).toBe(2);
  });

  it('does not redraw a scale bar its map took off (the map is being removed)', () => {
    const bar = { options: { maxWidth: 150 }, _map: {} as object | undefined, _onMove: () => {
      if (!bar._map) throw new TypeError("Cannot read properties of undefined (reading '_camera')");
    } };
    const map = { _controls: [bar] } as unknown as Parameters<typeof scaleScaleBars>[0];
    const undo = scaleScaleBars(map, 2);
    expect(bar.options.maxWidth).toBe(300);
    bar._map = undefined;
    expect(undo).not.toThrow();
    expect(bar.options.maxWidth).toBe(150);
  });
});
