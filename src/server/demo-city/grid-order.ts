// The grid sequence rule (the last 3 digits of a 15-digit grid code, GB/T
// 30428.1 style "numbered west→east, north→south"). Exactly: within one
// community, take each grid's centre as the centre of its ring's bounding box,
// computed from the stored (6-decimal) coordinates. Order by centre latitude,
// higher (north) first; grids whose centres have the same latitude form a row
// and go by centre longitude, lower (west) first. The first grid is 001.
import type { LngLat } from '../../shared/domain/model.ts';

export function ringCentre(ring: readonly LngLat[]): LngLat {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [lon, lat] of ring) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [(west + east) / 2, (south + north) / 2];
}

/** Sort comparator for grids of one community by the sequence rule. */
export function compareBySequence(a: readonly LngLat[], b: readonly LngLat[]): number {
  const [aLon, aLat] = ringCentre(a);
  const [bLon, bLat] = ringCentre(b);
  return bLat - aLat || aLon - bLon;
}

export function gridCodeOf(communityCode: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new Error(`grid sequence ${sequence} of ${communityCode} is outside 001–999`);
  }
  return communityCode + String(sequence).padStart(3, '0');
}
