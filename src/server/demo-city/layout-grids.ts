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
      result.set(community.code, splitRectangles(own, count, lattice, rngFor(seed, 'split', community.code)));
    });
  });
  return result;
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
