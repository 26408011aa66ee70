// Draws grid rectangles for one district. There are no town or community
// boundaries in the data, so they are synthesised: towns get blocks of the
// district's interior lattice around seeded anchors, communities get blocks of
// their town's cells, and each community's cells are cut into its grids.
import type { LngLat } from '../../shared/domain/model.ts';
import { districtAreaKm2, fitLattice, toKm, type Lattice, type LatticeCell, type Rect } from './district-lattice.ts';
import { partitionCells, type Placed } from './partition-cells.ts';
import { anchorInDistrict } from './place-anchors.ts';
import type { CommunityPlan, TownPlan } from './plan-communities.ts';
import { rngFor } from './prng.ts';
import { splitRectangles } from './split-rectangles.ts';
import type { DistrictShape } from './types.ts';

/** Seat towns spread around the district government with this sd, as a share of √area. */
const SEAT_SPREAD = 0.08;
/**
 * Built-up area per urban grid (km²). Where a rural county's cells are large, a
 * town-seat community keeps only this much of its cell, centred, so it reads as
 * a compact town in farmland rather than a 5 km² "urban" grid.
 */
const URBAN_GRID_KM2: readonly [number, number] = [0.08, 0.25];

export function gridCountOf(community: CommunityPlan): number {
  return community.gridHouseholds.length + community.dedicated.length;
}

/** Rectangles per community code, unordered; each lies wholly inside the district. */
export function layoutDistrict(shape: DistrictShape, towns: readonly TownPlan[], seed: number): Map<string, Rect[]> {
  const communities = towns.flatMap((town) => town.communities);
  const totalWeight = communities.reduce((sum, c) => sum + c.cellWeight, 0);
  const lattice = fitLattice(shape, totalWeight, communities.length);
  const seatSpreadKm = SEAT_SPREAD * Math.sqrt(districtAreaKm2(shape));

  const townAnchors = towns.map((town) => {
    const rng = rngFor(seed, 'town-anchor', town.code);
    return anchorInDistrict(shape, lattice, rng, town.isSeat ? { point: shape.center, sdKm: seatSpreadKm } : undefined);
  });
  const townCells = partitionCells(
    lattice.cells,
    towns.map((town, i) => ({
      anchor: toKm(lattice, townAnchors[i] as LngLat),
      weight: town.communities.reduce((sum, c) => sum + c.cellWeight, 0),
      minCells: town.communities.length,
    })),
  );

  const result = new Map<string, Rect[]>();
  towns.forEach((town, t) => {
    const cells = townCells[t] as LatticeCell[];
    const seat = nearest(cells, toKm(lattice, townAnchors[t] as LngLat));
    const anchors = town.communities.map((c) => communityAnchor(c, cells, seat, lattice, seed));
    const shares = partitionCells(cells, town.communities.map((c, i) => ({ anchor: anchors[i] as Placed, weight: c.cellWeight })));
    town.communities.forEach((community, i) => {
      const count = gridCountOf(community);
      const own = (shares[i] as LatticeCell[])
        .slice()
        .sort((a, b) => distance(a, anchors[i] as Placed) - distance(b, anchors[i] as Placed) || a.row - b.row || a.col - b.col)
        .slice(0, count)
        .map(({ west, south, east, north }) => ({ west, south, east, north }));
      const rng = rngFor(seed, 'split', community.code);
      const built = community.kind === 'residential' ? compactTown(own, count, lattice, rng.between(...URBAN_GRID_KM2)) : own;
      result.set(community.code, splitRectangles(built, count, lattice, rng));
    });
  });
  return result;
}

/** The community's cells, or when they exceed `count` grids of `gridKm2`, a centred square of that size in the first cell. */
function compactTown(own: readonly Rect[], count: number, scale: Lattice, gridKm2: number): Rect[] {
  const areaKm2 = (r: Rect) => (r.east - r.west) * scale.kmPerLon * (r.north - r.south) * scale.kmPerLat;
  const wanted = count * gridKm2;
  const first = own[0];
  if (!first || own.reduce((sum, r) => sum + areaKm2(r), 0) <= wanted) return [...own];
  const side = Math.min(1, Math.sqrt(wanted / areaKm2(first)));
  const halfLon = ((first.east - first.west) * side) / 2;
  const halfLat = ((first.north - first.south) * side) / 2;
  const lon = (first.west + first.east) / 2;
  const lat = (first.south + first.north) / 2;
  return [{ west: lon - halfLon, east: lon + halfLon, south: lat - halfLat, north: lat + halfLat }];
}

/** Residential communities crowd around the town seat; villages scatter over the town. */
function communityAnchor(c: CommunityPlan, cells: readonly LatticeCell[], seat: Placed, lattice: Lattice, seed: number): Placed {
  const rng = rngFor(seed, 'community-anchor', c.code);
  if (c.kind === 'residential') {
    return { x: seat.x + rng.normal(0, lattice.cellKm), y: seat.y + rng.normal(0, lattice.cellKm) };
  }
  const cell = rng.pick(cells);
  return { x: cell.x + rng.between(-0.5, 0.5) * lattice.cellKm, y: cell.y + rng.between(-0.5, 0.5) * lattice.cellKm };
}

function nearest(cells: readonly LatticeCell[], to: Placed): Placed {
  let best = cells[0] as LatticeCell;
  for (const cell of cells) if (distance(cell, to) < distance(best, to)) best = cell;
  return { x: best.x, y: best.y };
}

function distance(a: Placed, b: Placed): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
