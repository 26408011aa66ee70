// Camera moves: to a division or grid (the box of its grids) and to a case.
// Targets are WGS84; the projection moves them onto a GCJ-02 basemap.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from './bbox.ts';
import type { DrillLevel } from './division-tree.ts';
import type { Project } from './projection.ts';

/** How close each level may come: a lone small grid should not fill the screen at z19. */
const MAX_ZOOM: Record<DrillLevel, number> = { city: 11, county: 13, town: 14.5, village: 15.5, grid: 16.5 };

/** Width of the grid card and the tool column beside it (styles.css .map-card). */
const CARD_ZONE = 360;

/** The least room (px) beside the card worth landing in: a map narrower than the card's zone and this lands under the card. */
const ROOM_BESIDE_CARD = 120;
const roomBesideCard = (width: number): boolean => width - CARD_ZONE >= ROOM_BESIDE_CARD;

/** Room for the drill bar above and the tool column on the right. */
const PADDING = { top: 96, bottom: 40, left: 40, right: 64 };

export function fitBox(map: MapLibreMap, box: BBox, level: DrillLevel, project: Project) {
  const [w, s] = project([box[0], box[1]]);
  const [e, n] = project([box[2], box[3]]);
  const canvas = map.getCanvas();
  // On a small map the fixed padding would leave no room at all.
  const scale = Math.min(1, canvas.clientWidth / 700, canvas.clientHeight / 500);
  const px = (v: number) => Math.round(v * scale);
  // A grid opens its card on the right: fit it into what the card leaves free.
  const right = level === 'grid' && roomBesideCard(canvas.clientWidth) ? CARD_ZONE : px(PADDING.right);
  const padding = { top: px(PADDING.top), bottom: px(PADDING.bottom), left: px(PADDING.left), right };
  map.fitBounds([[w, s], [e, n]], { padding, maxZoom: MAX_ZOOM[level], duration: 900 });
}

/**
 * A case is shown out of any cluster: one zoom past the last clustered level. With the grid
 * card open it lands in the middle of what the card leaves free, not under the card.
 */
export function flyToCase(map: MapLibreMap, point: readonly [number, number], project: Project, minZoom: number, cardOpen = false) {
  const offset: [number, number] = cardOpen && roomBesideCard(map.getCanvas().clientWidth) ? [-CARD_ZONE / 2, 0] : [0, 0];
  map.flyTo({ center: project(point), zoom: Math.max(map.getZoom(), minZoom), duration: 900, offset });
}

/** A grid opened in place must not end up under its own card: slide it left if it would. */
export function keepClearOfCard(map: MapLibreMap, box: BBox, project: Project) {
  const width = map.getCanvas().clientWidth;
  // On a narrow map the card covers most of it anyway; moving would only lose the grid's context.
  if (!roomBesideCard(width)) return;
  const center = map.project(project([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]));
  const limit = width - CARD_ZONE;
  if (center.x > limit - 20) map.panBy([center.x - limit / 2, 0], { duration: 500 });
}
