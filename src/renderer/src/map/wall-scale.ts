// The wall variant of the map reads from across the room: every label and
// point is drawn larger by one factor. Zoom-driven sizes must stay a top-level
// interpolate/step (maplibre refuses ['*', k, ['interpolate' …]]), so their
// output stops are scaled instead. Originals are kept, so a new factor (the
// wall resized) scales from them, not from the last result.
import type * as maplibregl from 'maplibre-gl';

type Size = unknown;

/** A size property times k: numbers, and the numeric outputs of interpolate and step over zoom. */
export function scaleSize(value: Size, k: number): Size {
  if (typeof value === 'number') return Math.round(value * k * 10) / 10;
  if (!Array.isArray(value)) return value;
  const [op] = value as unknown[];
  // ['interpolate', type, input, z1, v1, z2, v2 …]: outputs at even offsets from 4.
  if (op === 'interpolate') return value.map((v, i) => (i >= 4 && i % 2 === 0 ? scaleSize(v, k) : v));
  // ['step', input, v0, t1, v1 …]: outputs at index 2 and then every other.
  if (op === 'step') return value.map((v, i) => (i >= 2 && i % 2 === 0 ? scaleSize(v, k) : v));
  return value;
}

/** The sizes of each layer type (maplibre throws when asked for a property its type lacks). */
const SIZES: Record<string, readonly (readonly ['layout' | 'paint', string])[]> = {
  symbol: [['layout', 'text-size']],
  circle: [['paint', 'circle-radius'], ['paint', 'circle-stroke-width']],
  line: [['paint', 'line-width']],
};

/** A scale bar: maplibre's ScaleControl, known by what is used of it (no maplibre import, so this runs under Node). */
type ScaleBar = { options: { maxWidth?: number }; _onMove: () => void; _map?: unknown };
const isScaleBar = (c: unknown): c is ScaleBar =>
  typeof c === 'object' && c !== null && typeof (c as Partial<ScaleBar>)._onMove === 'function' && typeof (c as Partial<ScaleBar>).options === 'object' && (c as ScaleBar).options !== null;
const SCALE_BAR_WIDTH = 100;

/**
 * The scale bar's longest length times k, as its text is (by the page's CSS): a 100 px bar under
 * 40 px labels reads from nowhere. Its length is set here, not by CSS, because maplibre measures the
 * distance it stands for at that length. Returns the undo.
 */
export function scaleScaleBars(map: Pick<maplibregl.Map, '_controls'>, k: number): () => void {
  const bars = (map._controls as readonly unknown[]).filter(isScaleBar);
  const originals = bars.map((bar) => bar.options.maxWidth);
  const setWidth = (bar: ScaleBar, width: number | undefined) => {
    bar.options.maxWidth = width;
    // Redrawn now (a still map sends no move for it), unless the map is going and took it off already.
    if (bar._map) bar._onMove();
  };
  bars.forEach((bar, i) => setWidth(bar, Math.round((originals[i] ?? SCALE_BAR_WIDTH) * k)));
  return () => bars.forEach((bar, i) => setWidth(bar, originals[i]));
}

/** Scale every layer's sizes, and the scale bar, by k, now and for the layers added later; returns the undo. */
export function scaleMapSizes(map: maplibregl.Map, k: number): () => void {
  const undoBars = scaleScaleBars(map, k);
  const originals = new Map<string, Size>();
  // The value is a size expression the style already held, scaled: maplibre validates it again.
  const set = (kind: 'layout' | 'paint', layer: string, prop: string, v: Size) =>
    kind === 'layout' ? map.setLayoutProperty(layer, prop as 'text-size', v as never) : map.setPaintProperty(layer, prop as 'circle-radius', v as never);
  const apply = () => {
    for (const layer of map.getStyle().layers) {
      for (const [kind, prop] of SIZES[layer.type] ?? []) {
        const id = `${layer.id}|${prop}`;
        const current: unknown = kind === 'layout' ? map.getLayoutProperty(layer.id, prop as 'text-size') : map.getPaintProperty(layer.id, prop as 'line-width');
        if (current === undefined) continue;
        if (!originals.has(id)) originals.set(id, current);
        const target = scaleSize(originals.get(id), k);
        if (JSON.stringify(target) === JSON.stringify(current)) continue;
        set(kind, layer.id, prop, target);
      }
    }
  };
  apply();
  map.on('styledata', apply);
  return () => {
    undoBars();
    map.off('styledata', apply);
    for (const [id, v] of originals) {
      const [layer, prop] = id.split('|') as [string, string];
      if (!map.getLayer(layer)) continue;
      set(prop === 'text-size' ? 'layout' : 'paint', layer, prop, v);
    }
  };
}
