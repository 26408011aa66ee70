// Turns a community's rectangles into Grid records: rings, sequence codes,
// names, households and population.
import turfArea from '@turf/area';
import type { Grid, LngLat } from '../../shared/domain/model.ts';
import type { Rect } from './district-lattice.ts';
import { compareBySequence, gridCodeOf } from './grid-order.ts';
import type { DedicatedUnit } from './dedicated-units.ts';
import type { CommunityPlan } from './plan-communities.ts';
import { rngFor } from './prng.ts';

/** The community's grids in code order; rects.length must equal its grid count. */
export function buildCommunityGrids(community: CommunityPlan, rects: readonly Rect[], seed: number): Grid[] {
  const basicCount = community.gridHouseholds.length;
  if (rects.length !== basicCount + community.dedicated.length) {
    throw new Error(`${community.code}: ${rects.length} rectangles for ${basicCount + community.dedicated.length} grids`);
  }
  const rng = rngFor(seed, 'grids', community.code);
  // Which rectangles the 专属 units take: a seeded choice, not the first ones, so they are not all in the north-west.
  const dedicatedSlots = new Map<number, DedicatedUnit>();
  rng.shuffle(rects.map((_, i) => i)).slice(0, community.dedicated.length)
    .forEach((slot, i) => dedicatedSlots.set(slot, community.dedicated[i] as DedicatedUnit));

  const ordered = rects
    .map((rect, i) => ({ ring: rectRing(rect), unit: dedicatedSlots.get(i) }))
    .sort((a, b) => compareBySequence(a.ring, b.ring));

  let basicIndex = 0;
  return ordered.map(({ ring, unit }, i) => {
    const areaKm2 = round(turfArea({ type: 'Polygon', coordinates: [ring] }) / 1e6, 4);
    const code = gridCodeOf(community.code, i + 1);
    if (unit) {
      return { code, name: `${unit.name}专属网格`, kind: unit.kind, communityCode: community.code, households: 0, population: rng.int(...unit.people), areaKm2, ring };
    }
    const households = community.gridHouseholds[basicIndex++] as number;
    const name = basicCount === 1 ? `${community.shortName}网格` : `${community.shortName}第${chineseNumeral(basicIndex)}网格`;
    const population = Math.round(households * rng.between(2.3, 2.8));
    return { code, name, kind: community.gridKind, communityCode: community.code, households, population, areaKm2, ring };
  });
}

/** Closed, counter-clockwise (RFC 7946 exterior), rounded to 6 decimals (~0.1 m). */
function rectRing(rect: Rect): LngLat[] {
  const w = round(rect.west, 6);
  const e = round(rect.east, 6);
  const s = round(rect.south, 6);
  const n = round(rect.north, 6);
  return [[w, s], [e, s], [e, n], [w, n], [w, s]];
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (grid counts stay far below 100). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
