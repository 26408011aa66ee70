// What the layer switch turns on and off: a few named groups of style layers,
// remembered per workstation.
import { CASE_CLUSTER_LAYER, CASE_COUNT_LAYER, CASE_HEAT_LAYER, CASE_POINT_LAYER, CASE_SELECTED_LAYER, CASE_SELECTED_POINT_LAYER } from './case-layers.ts';
import { COMMUNITY_FILL_LAYER, GRID_FILL_LAYER, GRID_FOCUS_LAYER, GRID_LABEL_LAYER, GRID_LINE_LAYER } from './grid-layers.ts';

export const layerGroups = {
  gridStatus: [GRID_FILL_LAYER, COMMUNITY_FILL_LAYER],
  gridOutline: [GRID_LINE_LAYER, GRID_FOCUS_LAYER],
  gridLabels: [GRID_LABEL_LAYER],
  cases: [CASE_CLUSTER_LAYER, CASE_COUNT_LAYER, CASE_SELECTED_LAYER, CASE_POINT_LAYER, CASE_SELECTED_POINT_LAYER],
  heat: [CASE_HEAT_LAYER],
} as const;
export type LayerGroup = keyof typeof layerGroups;
export type LayerVisibility = Record<LayerGroup, boolean>;

export const DEFAULT_VISIBILITY: LayerVisibility = { gridStatus: true, gridOutline: true, gridLabels: true, cases: true, heat: false };

const KEY = 'gcc.map.layers';

export function loadVisibility(storage: Pick<Storage, 'getItem'> = localStorage): LayerVisibility {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? '{}') as Partial<Record<string, unknown>>;
    const out = { ...DEFAULT_VISIBILITY };
    for (const k of Object.keys(out) as LayerGroup[]) if (typeof saved[k] === 'boolean') out[k] = saved[k];
    return out;
  } catch {
    return { ...DEFAULT_VISIBILITY };
  }
}

export const saveVisibility = (v: LayerVisibility, storage: Pick<Storage, 'setItem'> = localStorage) => storage.setItem(KEY, JSON.stringify(v));
