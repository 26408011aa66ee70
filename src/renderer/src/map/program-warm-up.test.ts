// The warm-up twins must compile the very programs their layers use: maplibre keys a
// program by which paint values read the data, so a twin may change values, never kinds.
import type { AddLayerObject } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { caseLayers, CASE_HEAT_LAYER } from './case-layers.ts';
import { COMMUNITY_HIT_LAYER, GRID_HIT_LAYER, gridLabelLayer, gridLayers } from './grid-layers.ts';
import { readsData, twinOf } from './program-warm-up.ts';

const overlays = [...gridLayers, gridLabelLayer, ...caseLayers];
const paintOf = (l: AddLayerObject) => (('paint' in l && l.paint) || {}) as Record<string, unknown>;

describe('program warm-up twins', () => {
  it('keep every paint value that reads the data as it is, and every layout value', () => {
    for (const layer of overlays) {
      const twin = twinOf(layer);
      if (!twin) continue;
      const [paint, twinPaint] = [paintOf(layer), paintOf(twin)];
      for (const [key, value] of Object.entries(paint)) {
        expect(readsData(twinPaint[key]), `${layer.id} ${key}`).toBe(readsData(value));
        if (readsData(value)) expect(twinPaint[key]).toEqual(value);
      }
      const { visibility: _, ...layout } = (('layout' in layer && layer.layout) || {}) as Record<string, unknown>;
      expect(('layout' in twin && twin.layout) || {}).toEqual(layout);
      expect(twin.type).toBe(layer.type);
    }
  });

  it('draw all but invisibly: every constant opacity, given or default, turns faint', () => {
    const twin = twinOf(caseLayers.find((l) => l.id === 'case-points')!)!;
    expect(paintOf(twin)).toMatchObject({ 'circle-opacity': 0.01, 'circle-stroke-opacity': 0.01 });
    const outline = twinOf(gridLayers.find((l) => l.id === 'grid-line')!)!;
    expect(paintOf(outline)['line-opacity']).toBe(0.01);
    // The status fill's color reads feature-state: it stays, or the twin compiles another program.
    const fill = twinOf(gridLayers.find((l) => l.id === 'grid-fill')!)!;
    expect(readsData(paintOf(fill)['fill-color'])).toBe(true);
    expect(paintOf(fill)['fill-opacity']).toBe(0.01);
  });

  it('skip what never draws: transparent hit targets and the heat layer while it is off', () => {
    for (const id of [GRID_HIT_LAYER, COMMUNITY_HIT_LAYER, CASE_HEAT_LAYER]) expect(twinOf(overlays.find((l) => l.id === id)!), id).toBeNull();
    expect(overlays.map(twinOf).filter(Boolean).length).toBeGreaterThanOrEqual(6);
  });
});
