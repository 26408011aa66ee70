// Camera moves: to a division or grid (the box of its grids) and to a case.
// Targets are WGS84; the projection moves them onto a GCJ-02 basemap.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BBox } from './bbox.ts';
import type { DrillLevel } from './division-tree.ts';
import type { Project } from './projection.ts';

/** How close each level may come: a lone small grid should not fill the screen at z19. */
const MAX_ZOOM: Record<DrillLevel, number> = { city: 11, county: 13, town: 14.5, village: 15.5, grid: 16.5 };

/** A map pane this narrow or narrower gets the narrow card (styles.css, the container query on .map-card). */
const NARROW_PANE = 640;

/** Width of the grid card and the tool column beside it (styles.css .map-card): 300 + 54, or 240 + 50 on a narrow pane. */
const cardZone = (width: number): number => (width <= NARROW_PANE ? 296 : 360);

/** The least room (px) beside the card worth landing in: a map narrower than the card's zone and this lands under the card. */
const ROOM_BESIDE_CARD = 120;
const roomBesideCard = (width: number): boolean => width - cardZone(width) >= ROOM_BESIDE_CARD;

/** Room for the drill bar above and the tool column on the right. */
const PADDING = { top: 96, bottom: 40, left: 40, right: 64 };

/** `cardBeside`: the grid card opens (unfolded) on the right, and the box is fitted beside it. */
export function fitBox(map: MapLibreMap, box: BBox, level: DrillLevel, project: Project, cardBeside = level === 'grid') {
  const [w, s] = project([box[0], box[1]]);
  const [e, n] = project([box[2], box[3]]);
  const canvas = map.getCanvas();
  // On a small map the fixed padding would leave no room at all.
  const scale = Math.min(1, canvas.clientWidth / 700, canvas.clientHeight / 500);
  const px = (v: number) => Math.round(v * scale);
  // A grid opens its card on the right: fit it into what the card leaves free.
  const right = cardBeside && roomBesideCard(canvas.clientWidth) ? cardZone(canvas.clientWidth) : px(PADDING.right);
  const padding = { top: px(PADDING.top), bottom: px(PADDING.bottom), left: px(PADDING.left), right };
  map.fitBounds([[w, s], [e, n]], { padding, maxZoom: MAX_ZOOM[level], duration: 900 });
}

/** Room kept around a case's grid when the camera comes in to the case: the grid is seen with what is around it. */
const GRID_CONTEXT_PADDING = 0.25;

/**
 * A case is shown out of any cluster: one zoom past the last clustered level, unless its grid
 * would then fill the pane (a rural grid of several square kilometres): the camera stops where the
 * whole grid shows with its neighbours around it (the selected case is marked above any cluster).
 * It never zooms out for a case: a closer view the operator chose stays. With the grid card open it
 * lands in the middle of what the card leaves free, not under the card.
 */
export function flyToCase(map: MapLibreMap, point: readonly [number, number], project: Project, minZoom: number, cardOpen = false, gridBox?: BBox) {
  const canvas = map.getCanvas();
  const beside = cardOpen && roomBesideCard(canvas.clientWidth);
  const offset: [number, number] = beside ? [-cardZone(canvas.clientWidth) / 2, 0] : [0, 0];
  const current = map.getZoom();
  let zoom = Math.max(current, minZoom);
  if (gridBox && current < minZoom) {
    const [w, s] = project([gridBox[0], gridBox[1]]);
    const [e, n] = project([gridBox[2], gridBox[3]]);
    const free = { width: canvas.clientWidth - (beside ? cardZone(canvas.clientWidth) : 0), height: canvas.clientHeight };
    const pad = { x: Math.round(free.width * GRID_CONTEXT_PADDING), y: Math.round(free.height * GRID_CONTEXT_PADDING) };
    const fit = map.cameraForBounds([[w, s], [e, n]], { padding: { top: pad.y, bottom: pad.y, left: pad.x, right: pad.x + canvas.clientWidth - free.width } });
    if (fit?.zoom !== undefined) zoom = Math.max(current, Math.min(minZoom, fit.zoom));
  }
  map.flyTo({ center: project(point), zoom, duration: 900, offset });
}

/** A grid opened in place must not end up under its own card: slide it left if it would. */
export function keepClearOfCard(map: MapLibreMap, box: BBox, project: Project) {
  const width = map.getCanvas().clientWidth;
  // On a narrow map the card covers most of it anyway; moving would only lose the grid's context.
  if (!roomBesideCard(width)) return;
  const center = map.project(project([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]));
  const limit = width - cardZone(width);
  if (center.x > limit - 20) map.panBy([center.x - limit / 2, 0], { duration: 500 });
}
