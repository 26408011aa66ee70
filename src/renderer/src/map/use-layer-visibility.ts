// Applies the layer switch to the style: visibility only, so hidden layers
// keep their data and come back instantly.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { layerGroups, type LayerGroup, type LayerVisibility } from './layer-groups.ts';

export function useLayerVisibility(map: MapLibreMap | null, visibility: LayerVisibility) {
  useEffect(() => {
    if (!map) return;
    for (const [group, layers] of Object.entries(layerGroups) as [LayerGroup, readonly string[]][]) {
      for (const id of layers) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility[group] ? 'visible' : 'none');
    }
  }, [map, visibility]);
}
