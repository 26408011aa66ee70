// The "1+6+N" team of each grid: one 网格长, one to three 网格员 from the six
// professional kinds, and, per community, in-service party members and
// volunteers who each help a run of neighbouring grids.
import type { Grid, GridKind, GridWorker, WorkerKind, WorkerRole } from '../../shared/domain/model.ts';
import { chineseName, uniquePhone } from './chinese-names.ts';
import { rngFor, type Rng } from './prng.ts';

type ProfessionalKind = Exclude<WorkerKind, 'party-building' | 'party-member' | 'volunteer'>;

/** Which professions a grid's team leans to, most wanted first, and how many members beside the leader. */
const TEAM: Record<GridKind, { kinds: readonly ProfessionalKind[]; size: readonly [number, number] }> = {
  urban: { kinds: ['public-security', 'urban-property', 'livelihood', 'mediation', 'law-enforcement'], size: [2, 3] },
  rural: { kinds: ['livelihood', 'mediation', 'public-security', 'law-enforcement', 'urban-property'], size: [1, 2] },
  village: { kinds: ['livelihood', 'mediation', 'public-security'], size: [1, 1] },
  enterprise: { kinds: ['public-security', 'law-enforcement', 'mediation'], size: [1, 2] },
  school: { kinds: ['public-security', 'livelihood', 'mediation'], size: [1, 2] },
  hospital: { kinds: ['public-security', 'mediation', 'livelihood'], size: [1, 2] },
  mall: { kinds: ['public-security', 'law-enforcement', 'urban-property'], size: [1, 2] },
};

/** Workers for one community's grids (given in code order). `phones` keeps numbers unique citywide. */
export function buildCommunityWorkers(communityCode: string, grids: readonly Grid[], seed: number, phones: Set<string>): GridWorker[] {
  const workers: GridWorker[] = [];
  const person = (rng: Rng, id: string, role: WorkerRole, kind: WorkerKind, gridCodes: string[]): GridWorker => ({
    id,
    name: chineseName(rng),
    phone: uniquePhone(rng, phones),
    role,
    kind,
    gridCodes,
  });

  for (const grid of grids) {
    const rng = rngFor(seed, 'workers', grid.code);
    const team = TEAM[grid.kind];
    // The 网格长 is usually the party cell's secretary: 党建引领.
    workers.push(person(rng, `gw-${grid.code}-1`, 'leader', 'party-building', [grid.code]));
    const size = rng.int(...team.size);
    // Keep the grid's top need, shuffle the rest, so teams differ but stay sensible.
    const [first, ...rest] = team.kinds;
    const kinds = [first as ProfessionalKind, ...rng.shuffle(rest)].slice(0, size);
    kinds.forEach((kind, i) => {
      const fulltime = grid.kind !== 'rural' && grid.kind !== 'village' ? true : i === 0 && rng.chance(0.3);
      workers.push(person(rng, `gw-${grid.code}-${i + 2}`, fulltime ? 'fulltime' : 'parttime', kind, [grid.code]));
    });
  }

  const rng = rngFor(seed, 'workers-n', communityCode);
  const helpers = (count: number, kind: 'party-member' | 'volunteer', tag: string) => {
    for (let i = 1; i <= count; i++) {
      const span = Math.min(grids.length, rng.int(1, 3));
      const start = rng.int(0, grids.length - span);
      const codes = grids.slice(start, start + span).map((g) => g.code);
      workers.push(person(rng, `gw-${communityCode}-${tag}${i}`, 'parttime', kind, codes));
    }
  };
  if (grids.length > 0) {
    helpers(Math.min(4, 1 + Math.floor(grids.length / 4)), 'party-member', 'p');
    helpers(Math.min(3, rng.int(0, 1) + Math.floor(grids.length / 5)), 'volunteer', 'v');
  }
  return workers;
}
