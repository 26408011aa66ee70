// Decides, per village-level division, how many households it has and how many
// grids of which kind that makes, before any geometry exists. The household
// rules are the design's: urban grids of ~300–500 households, rural grids of
// ~50, a remote village as one grid.
import type { GridKind } from '../../shared/domain/model.ts';
import {
  communityKindOf,
  communityShortName,
  isSeatTown,
  isUrbanTown,
  urbanCountyCodes,
  type CommunityKind,
} from './community-kind.ts';
import { dedicatedUnits, type DedicatedUnit } from './dedicated-units.ts';
import { rngFor, type Rng } from './prng.ts';
import type { DivisionRow } from './types.ts';

export type BasicGridKind = Extract<GridKind, 'urban' | 'rural' | 'village'>;

export interface CommunityPlan {
  code: string;
  name: string;
  shortName: string;
  townCode: string;
  countyCode: string;
  kind: CommunityKind;
  gridKind: BasicGridKind;
  /** Households of each basic grid; their count is the number of basic grids. */
  gridHouseholds: number[];
  dedicated: DedicatedUnit[];
  /** How many lattice cells of its district the community should get. */
  cellWeight: number;
}

export interface TownPlan {
  code: string;
  name: string;
  countyCode: string;
  /** Urban towns and county seats sit near the district government. */
  isSeat: boolean;
  communities: CommunityPlan[];
}

/** 抚远 and 同江 lie on the Amur and Ussuri, hours from the city: more one-grid villages. */
const remoteCountyCodes: ReadonlySet<string> = new Set(['230881000000', '230883000000']);
const REMOTE_SHARE_FAR = 0.12;
const REMOTE_SHARE_NEAR = 0.04;
const RURAL_HOUSEHOLDS_PER_GRID = 50;

export function planTowns(rows: readonly DivisionRow[], seed: number): TownPlan[] {
  const countyNames = new Map(rows.filter((r) => r.level === 'county').map((r) => [r.code, r.name]));
  const towns = new Map<string, TownPlan>();
  for (const row of rows) {
    if (row.level !== 'town' || !row.countyCode) continue;
    towns.set(row.code, {
      code: row.code,
      name: row.name,
      countyCode: row.countyCode,
      isSeat: urbanCountyCodes.has(row.countyCode) || isSeatTown(row.name, countyNames.get(row.countyCode) ?? ''),
      communities: [],
    });
  }
  for (const row of rows) {
    if (row.level !== 'village') continue;
    const town = row.townCode ? towns.get(row.townCode) : undefined;
    if (!town) throw new Error(`village ${row.code} has no town row`);
    town.communities.push(planCommunity(row, town, rngFor(seed, 'community', row.code)));
  }
  placeDedicatedUnits([...towns.values()], seed);
  return [...towns.values()].filter((town) => town.communities.length > 0);
}

function planCommunity(row: DivisionRow, town: TownPlan, rng: Rng): CommunityPlan {
  const kind = communityKindOf(row.name);
  const base = {
    code: row.code,
    name: row.name,
    shortName: communityShortName(row.name),
    townCode: town.code,
    countyCode: town.countyCode,
    kind,
    dedicated: [],
  };
  if (kind === 'residential') {
    const households = isUrbanTown(town.name, town.countyCode) ? rng.int(1800, 4200) : rng.int(600, 2400);
    // Kept so the mean grid falls in 300–500 households whatever the drawn target rounds to.
    const count = clamp(Math.round(households / rng.int(360, 440)), Math.ceil(households / 500), Math.max(1, Math.floor(households / 300)));
    // A city cell holds several small urban grids; the BSP split makes them.
    return {
      ...base,
      gridKind: 'urban',
      gridHouseholds: spread(households, count, 0.12, rng),
      cellWeight: Math.max(1, Math.round(count / rng.int(6, 9))),
    };
  }
  if (kind === 'compound') {
    return { ...base, gridKind: 'village', gridHouseholds: [rng.int(60, 300)], cellWeight: 1 };
  }
  const remoteShare = remoteCountyCodes.has(town.countyCode) ? REMOTE_SHARE_FAR : REMOTE_SHARE_NEAR;
  if (kind === 'village' && rng.chance(remoteShare)) {
    return { ...base, gridKind: 'village', gridHouseholds: [rng.int(60, 220)], cellWeight: 1 };
  }
  const households = rng.int(150, 400);
  const count = Math.max(1, Math.round(households / RURAL_HOUSEHOLDS_PER_GRID));
  return {
    ...base,
    gridKind: 'rural',
    gridHouseholds: spread(households, count, 0.2, rng),
    cellWeight: Math.max(1, Math.round(count * rng.between(0.6, 1))),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Splits `total` into `count` integers near total/count (±jitter), summing exactly to total. */
function spread(total: number, count: number, jitter: number, rng: Rng): number[] {
  const weights = Array.from({ length: count }, () => 1 + rng.between(-jitter, jitter));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % count, left--) shares[i] = (shares[i] as number) + 1;
  return shares;
}

/** Hosts each 专属 unit in a distinct residential community of the city proper. */
function placeDedicatedUnits(towns: readonly TownPlan[], seed: number): void {
  const hosts = towns
    .filter((town) => urbanCountyCodes.has(town.countyCode))
    .flatMap((town) => town.communities.filter((c) => c.kind === 'residential'));
  const chosen = rngFor(seed, 'dedicated-hosts').shuffle(hosts);
  dedicatedUnits.forEach((unit, i) => {
    const host = chosen[i % chosen.length];
    host?.dedicated.push(unit);
  });
}
