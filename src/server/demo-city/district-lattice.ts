// A square lattice over a district, keeping only cells that lie wholly inside
// it. "Wholly" is what lets the layout cut a cell into any number of grids
// without ever testing the pieces again: a cell whose centre is inside and
// whose rectangle no boundary edge touches has every point inside.
import turfArea from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { LngLat } from '../../shared/domain/model.ts';
import type { DistrictShape } from './types.ts';

export interface Rect {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface LatticeCell extends Rect {
  col: number;
  /** Row 0 is the northernmost. */
  row: number;
  /** Centre in km east / north of the lattice's south-west corner. */
  x: number;
  y: number;
}

export interface Lattice {
  cellKm: number;
  /** South-west corner of the lattice's box. */
  origin: LngLat;
  kmPerLon: number;
  kmPerLat: number;
  cells: LatticeCell[];
}

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_AT_EQUATOR = 111.32;
/** Keeps cells this far (degrees, ~10 cm) from any edge, so 6-decimal rounding cannot push a vertex out. */
const EDGE_MARGIN_DEG = 1e-6;

export function districtAreaKm2(shape: DistrictShape): number {
  return turfArea({ type: 'MultiPolygon', coordinates: shape.polygons }) / 1e6;
}

export function isInsideDistrict(shape: DistrictShape, point: LngLat): boolean {
  return booleanPointInPolygon(point, { type: 'MultiPolygon', coordinates: shape.polygons });
}

/** Every lattice cell of side `cellKm` that lies wholly inside the district. */
export function interiorCells(shape: DistrictShape, cellKm: number): Lattice {
  const [minLon, minLat, maxLon, maxLat] = bounds(shape);
  const kmPerLat = KM_PER_DEG_LAT;
  const kmPerLon = KM_PER_DEG_LON_AT_EQUATOR * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const dLon = cellKm / kmPerLon;
  const dLat = cellKm / kmPerLat;
  const cols = Math.max(1, Math.ceil((maxLon - minLon) / dLon));
  const rows = Math.max(1, Math.ceil((maxLat - minLat) / dLat));
  const cellRect = (col: number, row: number): Rect => ({
    west: minLon + col * dLon,
    east: minLon + (col + 1) * dLon,
    north: maxLat - row * dLat,
    south: maxLat - (row + 1) * dLat,
  });

  const touched = new Uint8Array(cols * rows);
  for (const polygon of shape.polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as LngLat;
        const [bx, by] = ring[i] as LngLat;
        const col0 = clamp(Math.floor((Math.min(ax, bx) - EDGE_MARGIN_DEG - minLon) / dLon), 0, cols - 1);
        const col1 = clamp(Math.floor((Math.max(ax, bx) + EDGE_MARGIN_DEG - minLon) / dLon), 0, cols - 1);
        const row0 = clamp(Math.floor((maxLat - Math.max(ay, by) - EDGE_MARGIN_DEG) / dLat), 0, rows - 1);
        const row1 = clamp(Math.floor((maxLat - Math.min(ay, by) + EDGE_MARGIN_DEG) / dLat), 0, rows - 1);
        for (let row = row0; row <= row1; row++) {
          for (let col = col0; col <= col1; col++) {
            if (segmentTouchesRect(ax, ay, bx, by, grow(cellRect(col, row), EDGE_MARGIN_DEG))) {
              touched[row * cols + col] = 1;
            }
          }
        }
      }
    }
  }

  const cells: LatticeCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (touched[row * cols + col]) continue;
      const rect = cellRect(col, row);
      const centre: LngLat = [(rect.west + rect.east) / 2, (rect.south + rect.north) / 2];
      if (!isInsideDistrict(shape, centre)) continue;
      cells.push({ ...rect, col, row, x: (centre[0] - minLon) * kmPerLon, y: (centre[1] - minLat) * kmPerLat });
    }
  }
  return { cellKm, origin: [minLon, minLat], kmPerLon, kmPerLat, cells };
}

/**
 * The lattice whose interior cell count comes closest to `target` without
 * exceeding it (fewer cells only means more splitting later), and with at
 * least `minCells` cells so every community gets one.
 */
export function fitLattice(shape: DistrictShape, target: number, minCells: number): Lattice {
  let cellKm = Math.sqrt(districtAreaKm2(shape) / target);
  let best: Lattice | null = null;
  const score = (l: Lattice) => (l.cells.length > target ? 2 : 1) * Math.abs(l.cells.length - target);
  for (let attempt = 0; attempt < 12; attempt++) {
    const lattice = interiorCells(shape, cellKm);
    const count = lattice.cells.length;
    if (count >= minCells && (!best || score(lattice) < score(best))) best = lattice;
    if (count <= target && count >= target * 0.97 && count >= minCells) break;
    // Border cells are lost, so shrink faster than the plain area ratio suggests.
    cellKm *= count === 0 ? 0.5 : Math.pow(count / target, 0.6);
  }
  if (!best) throw new Error(`${shape.name}: no lattice with ${minCells} interior cells`);
  return best;
}

export function toKm(lattice: Lattice, point: LngLat): { x: number; y: number } {
  return { x: (point[0] - lattice.origin[0]) * lattice.kmPerLon, y: (point[1] - lattice.origin[1]) * lattice.kmPerLat };
}

function bounds(shape: DistrictShape): [number, number, number, number] {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of shape.polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return [minLon, minLat, maxLon, maxLat];
}

function grow(rect: Rect, by: number): Rect {
  return { west: rect.west - by, south: rect.south - by, east: rect.east + by, north: rect.north + by };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Liang–Barsky: does segment a→b meet the closed rectangle? */
export function segmentTouchesRect(ax: number, ay: number, bx: number, by: number, rect: Rect): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const p = [-dx, dx, -dy, dy];
  const q = [ax - rect.west, rect.east - ax, ay - rect.south, rect.north - ay];
  let t0 = 0;
  let t1 = 1;
  for (let i = 0; i < 4; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi === 0) {
      if (qi < 0) return false;
      continue;
    }
    const t = qi / pi;
    if (pi < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}
