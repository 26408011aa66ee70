// The map bench's data, drawn the same way in the page and in the Node
// program that plays the core (it cuts the grid tiles): deterministic, so
// every scenario and every run draws the same city. Pure: no DOM, no Node.
import type { CaseListItem } from '../../../shared/contract.ts';
import type { Grid } from '../../../shared/domain/model.ts';
import { mulberry32 as prng } from '../../../shared/mulberry32.ts';


const AREA = { west: 130.0, south: 46.6, east: 130.8, north: 47.0 };
const COLS = 400;

/** n grids as a lattice of slightly jittered cells (city-sized: ~150 m × 180 m at 100,000), as the core hands them over. */
export function makeGrids(n: number): Grid[] {
  const rows = Math.ceil(n / COLS);
  const dx = (AREA.east - AREA.west) / COLS;
  const dy = (AREA.north - AREA.south) / rows;
  const rnd = prng(1);
  const grids: Grid[] = [];
  for (let i = 0; i < n; i++) {
    const x = AREA.west + (i % COLS) * dx;
    const y = AREA.south + Math.floor(i / COLS) * dy;
    const j = dx * 0.1 * rnd();
    const ring: [number, number][] = [[x, y], [x + dx, y], [x + dx, y + dy], [x + j, y + dy * 0.5], [x, y + dy], [x, y]];
    const community = `230803${String(Math.floor(i / 10)).padStart(6, '0')}`;
    grids.push({ code: `${community}${String(i % 10).padStart(3, '0')}`, name: `第${i % 10 + 1}网格`, kind: 'urban', communityCode: community, households: 300, population: 900, areaKm2: 0.03, ring });
  }
  return grids;
}

const PRIORITIES = ['normal', 'normal', 'normal', 'urgent', 'critical'] as const;
const STATES = ['reported', 'filed', 'dispatched', 'handling', 'resolved'] as const;

export function makeCases(n: number, seed = 2): CaseListItem[] {
  const rnd = prng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    code: `JQ-20261126-${String(i).padStart(5, '0')}`,
    title: `问题件 ${i}`,
    point: [AREA.west + (AREA.east - AREA.west) * rnd(), AREA.south + (AREA.north - AREA.south) * rnd()] as [number, number],
    priority: PRIORITIES[i % PRIORITIES.length]!,
    state: STATES[i % STATES.length]!,
    pending: false,
  }) as unknown as CaseListItem);
}

