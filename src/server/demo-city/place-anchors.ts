// Seeded anchor points inside a district: where a town's territory is drawn
// from. Rejection sampling with a point-in-polygon test; towns that are part of
// the county seat are drawn near the district government instead of anywhere.
import type { LngLat } from '../../shared/domain/model.ts';
import { isInsideDistrict, type Lattice } from './district-lattice.ts';
import type { Rng } from './prng.ts';
import type { DistrictShape } from './types.ts';

const MAX_TRIES = 2000;

/** A point inside the district, uniform over its bounding box; near `near` (sd in km) when given. */
export function anchorInDistrict(
  shape: DistrictShape,
  lattice: Lattice,
  rng: Rng,
  near?: { point: LngLat; sdKm: number },
): LngLat {
  const [west, south, east, north] = outerBounds(shape);
  for (let i = 0; i < MAX_TRIES; i++) {
    const candidate: LngLat = near
      ? [
          near.point[0] + rng.normal(0, near.sdKm) / lattice.kmPerLon,
          near.point[1] + rng.normal(0, near.sdKm) / lattice.kmPerLat,
        ]
      : [rng.between(west, east), rng.between(south, north)];
    if (isInsideDistrict(shape, candidate)) return candidate;
  }
  // A seat far outside its own district (or a sliver of a district): fall back to any interior cell.
  const cell = rng.pick(lattice.cells);
  return [(cell.west + cell.east) / 2, (cell.south + cell.north) / 2];
}

function outerBounds(shape: DistrictShape): [number, number, number, number] {
  const points = shape.polygons.flatMap((polygon) => polygon[0] ?? []);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}
