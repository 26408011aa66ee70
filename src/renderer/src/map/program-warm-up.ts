// A layer's GPU program is compiled the first time the layer draws something,
// which for the overlays is the frame their data arrives in. Under software GL
// (SwiftShader: virtual machines, remote desktops, walls driven without a GPU)
// each program takes 50-150 ms to compile, and the first frame with data pays
// for all of them. So while the map waits for its data, each overlay layer
// draws one near-invisible feature once through a twin with the same paint
// kinds: maplibre keys a program by which paint values are constant and which
// come from the data, so the twin's program is the layer's own, cached.
import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';

const WARM_SOURCE = 'program-warm-up';
const twinId = (id: string) => `${WARM_SOURCE}:${id}`;

/** Paint values that read the feature or its state: those are vertex attributes, the rest uniforms. */
export const readsData = (value: unknown) => /"(get|has|feature-state|properties|id|geometry-type|accumulated)"/.test(JSON.stringify(value) ?? '');

/**
 * The twins' features span a few pixels: any smaller and the tiling simplifies a line or
 * a polygon away (below a pixel's area), nothing draws and nothing compiles. At 1 %
 * opacity a few pixels for one frame show nothing.
 */
const SPECK_PX = 4;

/** One feature of each geometry at the map's center, carrying what the overlay layers read (a case, a cluster, a grid). */
function speckFeatures(map: MapLibreMap): FeatureCollection {
  const { x: cx, y: cy } = map.project(map.getCenter());
  const at = (dx: number, dy: number): [number, number] => map.unproject([cx + dx, cy + dy]).toArray();
  const properties = {
    id: 'warm-up', priority: 'critical', state: 'reported', pending: false, code: '230803001001001', name: '网格',
    cluster: true, point_count: 12, point_count_abbreviated: '12', critical: 1, urgent: 0,
  };
  const [a, b, c, d] = [at(0, 0), at(SPECK_PX, 0), at(SPECK_PX, SPECK_PX), at(0, SPECK_PX)];
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties, geometry: { type: 'Point', coordinates: a } },
      { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [a, b] } },
      { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[a, b, c, d, a]] } },
    ],
  };
}

const GEOMETRY_OF: Partial<Record<AddLayerObject['type'], 'Point' | 'LineString' | 'Polygon'>> = { fill: 'Polygon', line: 'LineString', circle: 'Point', symbol: 'Point' };
const FAINT = 0.01;

/** The twin of a layer: same type, layout and paint kinds, on the warm-up source, all but invisible. */
export function twinOf(layer: AddLayerObject): AddLayerObject | null {
  const geometry = GEOMETRY_OF[layer.type];
  if (!geometry || !('source' in layer)) return null;
  const layout = { ...(('layout' in layer && layer.layout) || {}) } as Record<string, unknown>;
  if (layout.visibility === 'none') return null;
  delete layout.visibility;
  const paint = { ...(('paint' in layer && layer.paint) || {}) } as Record<string, unknown>;
  const opacities = Object.keys(paint).filter((k) => k.endsWith('-opacity'));
  // A layer kept transparent (a hit target) never draws, so it never compiles either.
  if (opacities.some((k) => paint[k] === 0)) return null;
  for (const k of opacities) if (!readsData(paint[k])) paint[k] = FAINT;
  // The defaults are constants (uniforms): faint too, without touching the program.
  const defaults: Partial<Record<AddLayerObject['type'], string[]>> = { fill: ['fill-opacity'], line: ['line-opacity'], circle: ['circle-opacity', 'circle-stroke-opacity'], symbol: ['text-opacity', 'icon-opacity'] };
  for (const k of defaults[layer.type] ?? []) if (!(k in paint)) paint[k] = FAINT;
  return {
    id: twinId(layer.id), type: layer.type, source: WARM_SOURCE, layout, paint,
    filter: ['==', ['geometry-type'], geometry],
  } as AddLayerObject;
}

/**
 * Draws each of `layers` once, near-invisibly at the map's center, then takes the
 * twins away: resolves when they are gone. Call once the style has loaded.
 */
export function warmLayerPrograms(map: MapLibreMap, layers: readonly AddLayerObject[]): Promise<void> {
  const twins = layers.map(twinOf).filter((t): t is AddLayerObject => t !== null);
  if (!twins.length) return Promise.resolve();
  map.addSource(WARM_SOURCE, { type: 'geojson', data: speckFeatures(map) });
  for (const twin of twins) map.addLayer(twin);
  return new Promise((resolve) => {
    map.once('idle', () => {
      for (const twin of twins) if (map.getLayer(twin.id)) map.removeLayer(twin.id);
      if (map.getSource(WARM_SOURCE)) map.removeSource(WARM_SOURCE);
      resolve();
    });
  });
}
