// The grid import checks on small hand-made files: what passes, and each way a
// city's boundary file can be wrong.
import { describe, expect, it } from 'vitest';
import type { Division, Grid } from './domain/model.ts';
import { MAX_OVERLAPS_REPORTED, ringSelfIntersects, validateGridImport } from './grid-import.ts';

const divisions: Division[] = [
  { code: '230803001000', name: '西林街道', level: 'town', parentCode: '230803000000' },
  { code: '230803001001', name: '安民社区居委会', level: 'village', parentCode: '230803001000' },
  { code: '230803001002', name: '光明社区居委会', level: 'village', parentCode: '230803001000' },
];

/** A square cell of a 0.01° lattice (~750 m × 1.1 km at this latitude). */
const cell = (i: number, j: number, s = 0.01): [number, number][] => {
  const x = 130.3 + i * s;
  const y = 46.8 + j * s;
  return [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
};
const feature = (code: string, ring: unknown[][], props: Record<string, unknown> = {}) => ({
  type: 'Feature', properties: { code, name: `网格${code.slice(-3)}`, ...props }, geometry: { type: 'Polygon', coordinates: [ring] },
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const codes = (r: ReturnType<typeof validateGridImport>, code: string) => r.issues.filter((i) => i.code === code);

describe('grid import validation', () => {
  it('accepts a clean tiling and reads its properties', () => {
    const r = validateGridImport(fc(
      feature('230803001001001', cell(0, 0), { households: 320, population: '880', kind: 'urban' }),
      feature('230803001001002', cell(1, 0)),
      feature('230803001002001', cell(0, 1)),
      feature('230803001002002', cell(1, 1)),
    ), { divisions });
    expect(r.issues).toEqual([]);
    expect(r.grids).toHaveLength(4);
    expect(r.grids[0]).toMatchObject({ code: '230803001001001', communityCode: '230803001001', households: 320, population: 880, kind: 'urban' });
    expect(r.grids[0]!.areaKm2).toBeGreaterThan(0.7);
  });

  it('reports ground the replaced grids covered that the file leaves uncovered, though it reaches the file’s edge', () => {
    const was = (code: string, ring: [number, number][]): Grid => ({ code, name: code, kind: 'rural', communityCode: code.slice(0, 12), households: 0, population: 0, areaKm2: 1, ring });
    const existing = [was('230803001001001', cell(0, 0)), was('230803001001002', cell(1, 0))];
    // The second grid redrawn 2/10 of a cell narrower: a strip of about 150 m × 1.1 km between the two belongs to neither.
    const narrower: [number, number][] = [[130.312, 46.8], [130.32, 46.8], [130.32, 46.81], [130.312, 46.81], [130.312, 46.8]];
    const r = validateGridImport(fc(feature('230803001001001', cell(0, 0)), feature('230803001001002', narrower)), { divisions, existing });
    const gaps = codes(r, 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.areaM2).toBeGreaterThan(120_000);
    expect(gaps[0]!.areaM2).toBeLessThan(200_000);
    expect(gaps[0]!.at![0]).toBeGreaterThan(130.31);
    expect(gaps[0]!.at![0]).toBeLessThan(130.312);
    // Redrawn as it was: nothing lost, nothing said.
    expect(codes(validateGridImport(fc(feature('230803001001001', cell(0, 0)), feature('230803001001002', cell(1, 0))), { divisions, existing }), 'gap')).toEqual([]);
  });

  it('gives a grid without a kind the kind of the grid it replaces, else its community’s, else urban', () => {
    const was = (code: string, kind: Grid['kind'], i: number): Grid => ({ code, name: code, kind, communityCode: code.slice(0, 12), households: 0, population: 0, areaKm2: 1, ring: cell(i, 5) });
    const existing = [was('230803001001001', 'rural', 0), was('230803001001009', 'rural', 1), was('230803001001008', 'school', 2), was('230803001001007', 'rural', 3)];
    const r = validateGridImport(fc(
      feature('230803001001001', cell(0, 0)),
      feature('230803001001002', cell(1, 0)),
      feature('230803001001008', cell(2, 0)),
      feature('230803001002001', cell(3, 0)),
      feature('230803001002002', cell(4, 0), { kind: 'mall' }),
    ), { divisions, existing });
    expect(r.grids.map((g) => g.kind)).toEqual(['rural', 'rural', 'school', 'urban', 'mall']);
  });

  it('takes a grid with no name (or a number for one), named by its code or that number', () => {
    const unnamed = { type: 'Feature', properties: { code: '230803001001001' }, geometry: { type: 'Polygon', coordinates: [cell(0, 0)] } };
    const r = validateGridImport(fc(unnamed, feature('230803001001002', cell(1, 0), { name: 3 })), { divisions });
    expect(r.grids.map((g) => g.name)).toEqual(['230803001001001', '3']);
    expect(codes(r, 'no-name')).toEqual([expect.objectContaining({ severity: 'warning', feature: 0 })]);
    expect(r.errors).toBe(0);
  });

  it('refuses what is not a FeatureCollection, and one with no grids in it', () => {
    expect(validateGridImport({ type: 'Feature' }, { divisions }).issues[0]!.code).toBe('not-collection');
    expect(validateGridImport(fc(), { divisions })).toMatchObject({ errors: 1, issues: [{ code: 'no-features', severity: 'error' }] });
  });

  describe('a grid with holes (a school\'s own grid inside a street\'s)', () => {
    // A 3×3-cell square with the middle cell cut out, and the middle cell as a grid of its own.
    const outer: [number, number][] = [[130.3, 46.8], [130.33, 46.8], [130.33, 46.83], [130.3, 46.83], [130.3, 46.8]];
    const hole = cell(1, 1);
    const donut = (h: unknown[][][] = [hole]) => ({ type: 'Feature', properties: { code: '230803001001001', name: '安民一网格' }, geometry: { type: 'Polygon', coordinates: [outer, ...h] } });
    const school = feature('230803001001002', cell(1, 1), { kind: 'school' });
    const stored = (g: ReturnType<typeof validateGridImport>['grids'][number]): Grid => g;

    it('takes the grid with its hole and the grid inside it: no overlap, no gap, the area less the hole', () => {
      const r = validateGridImport(fc(donut(), school), { divisions });
      expect(r.issues).toEqual([]);
      expect(r.grids[0]!.holes).toEqual([hole]);
      expect(r.grids[1]!.holes).toBeUndefined();
      // Eight cells of nine.
      expect(r.grids[0]!.areaKm2 / r.grids[1]!.areaKm2).toBeCloseTo(8, 1);
    });

    it('still finds what overlaps the grid outside its hole', () => {
      const r = validateGridImport(fc(donut(), feature('230803001001002', cell(1, 1, 0.015))), { divisions });
      expect(codes(r, 'overlap')).toEqual([expect.objectContaining({ gridCode: '230803001001001', otherCode: '230803001001002' })]);
    });

    it('judges each part against the stored grids: a school in a stored grid\'s hole, a grid round a stored school', () => {
      const both = validateGridImport(fc(donut(), school), { divisions }).grids;
      const inHole = validateGridImport(fc(school), { divisions, existing: [stored(both[0]!)] });
      expect(inHole.issues).toEqual([]);
      // Two more grids of the street, so the gap check runs: the stored school fills the hole.
      const street = [feature('230803001002001', cell(3, 0)), feature('230803001002002', cell(3, 1))];
      const round = validateGridImport(fc(donut(), ...street), { divisions, existing: [stored(both[1]!)] });
      expect(round.issues).toEqual([]);
    });

    it('reports a hole no grid fills as a gap, once, however few the file\'s grids and however small the hole', () => {
      const r = validateGridImport(fc(donut(), feature('230803001002001', cell(3, 0)), feature('230803001002002', cell(3, 1))), { divisions });
      expect(codes(r, 'gap')).toEqual([expect.objectContaining({ severity: 'warning', gridCode: '230803001001001', feature: 0 })]);
      expect(codes(r, 'gap')[0]!.at![0]).toBeCloseTo(130.315, 2);
      // One grid corrected by code, with a hole a few metres wide that nothing fills.
      const pinhole = cell(1, 1, 0.0001).map(([x, y]) => [x + 0.0099, y + 0.0099]);
      const alone = validateGridImport(fc(donut([pinhole])), { divisions, mode: 'codes' });
      expect(codes(alone, 'gap')).toEqual([expect.objectContaining({ severity: 'warning', gridCode: '230803001001001' })]);
    });

    it('still reports the part of a hole a grid leaves open', () => {
      // The school's grid fills the hole's western two thirds, its middle included: the eastern strip is a gap.
      const westPart: [number, number][] = [[130.31, 46.81], [130.3167, 46.81], [130.3167, 46.82], [130.31, 46.82], [130.31, 46.81]];
      const r = validateGridImport(fc(donut(), feature('230803001001002', westPart), feature('230803001002001', cell(3, 0))), { divisions });
      const gaps = codes(r, 'gap');
      expect(gaps).toHaveLength(1);
      expect(gaps[0]!.at![0]).toBeGreaterThan(130.3167);
      expect(gaps[0]!.at![0]).toBeLessThan(130.32);
    });

    it('refuses a hole that is not inside the grid, crosses its edge or meets another hole', () => {
      const outside = cell(5, 5);
      const crossing = cell(2, 1, 0.015);
      const square = (x: number, y: number, s: number): [number, number][] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
      const overlapping = square(130.315, 46.815, 0.008);
      const nested = square(130.313, 46.813, 0.004);
      for (const holes of [[outside], [crossing], [hole, overlapping], [hole, nested]]) {
        const r = validateGridImport(fc(donut(holes)), { divisions });
        expect(codes(r, 'bad-hole')).toEqual([expect.objectContaining({ severity: 'error', feature: 0 })]);
        expect(r.grids).toEqual([]);
      }
    });

    it('checks a hole as it checks the outer ring', () => {
      const open = hole.slice(0, 4);
      const r = validateGridImport(fc(donut([open])), { divisions });
      expect(codes(r, 'ring-not-closed')).toHaveLength(1);
      expect(codes(r, 'bad-coordinate')).toEqual([]);
      expect(codes(validateGridImport(fc(donut([[[130.31, 46.81], ['x', 46.82]]])), { divisions }), 'bad-coordinate')).toHaveLength(1);
    });
  });

  it('says a duplicate code even when the first copy is itself refused', () => {
    const open = cell(0, 0).slice(0, 4);
    const r = validateGridImport(fc(feature('230803001001001', open), feature('230803001001001', cell(1, 0))), { divisions });
    expect(codes(r, 'ring-not-closed').map((i) => i.feature)).toEqual([0]);
    expect(codes(r, 'duplicate-code').map((i) => i.feature)).toEqual([1]);
  });

  it('checks a declared community code given as a number, as a Shapefile number column brings it', () => {
    const r = validateGridImport(fc(
      feature('230803001001001', cell(0, 0), { communityCode: 230803001002 }),
      feature('230803001001002', cell(1, 0), { communityCode: 230803001001 }),
    ), { divisions });
    expect(codes(r, 'community-mismatch').map((i) => i.feature)).toEqual([0]);
  });

  it('reports bad codes, duplicates and unknown communities', () => {
    const r = validateGridImport(fc(
      feature('2308030010010', cell(0, 0)),
      feature('230803001001001', cell(1, 0)),
      feature('230803001001001', cell(2, 0)),
      feature('230803001009001', cell(3, 0)),
    ), { divisions });
    expect(codes(r, 'bad-code').map((i) => i.feature)).toEqual([0]);
    expect(codes(r, 'duplicate-code').map((i) => i.feature)).toEqual([2]);
    expect(codes(r, 'unknown-community').map((i) => i.gridCode)).toEqual(['230803001009001']);
    expect(r.grids.map((g) => g.code)).toEqual(['230803001001001']);
  });

  it('tells a missing code from a malformed one, and says where each rejected feature lies', () => {
    const r = validateGridImport(fc(
      feature('', cell(0, 0)),
      feature('2308030010010', cell(1, 0)),
      feature('230803001001001', cell(2, 0)),
      feature('230803001001001', cell(3, 0)),
    ), { divisions });
    expect(codes(r, 'no-code').map((i) => i.feature)).toEqual([0]);
    expect(codes(r, 'bad-code').map((i) => i.feature)).toEqual([1]);
    const middle = (ring: number[][]) => [(Math.min(...ring.map((p) => p[0]!)) + Math.max(...ring.map((p) => p[0]!))) / 2, (Math.min(...ring.map((p) => p[1]!)) + Math.max(...ring.map((p) => p[1]!))) / 2];
    expect(codes(r, 'no-code')[0]!.at).toEqual(middle(cell(0, 0)));
    expect(codes(r, 'duplicate-code')[0]!.at).toEqual(middle(cell(3, 0)));
  });

  it('reports open, short, self-crossing and non-polygon geometry', () => {
    const open = cell(0, 0).slice(0, 4);
    const bowtie = [[130.3, 46.8], [130.31, 46.81], [130.31, 46.8], [130.3, 46.81], [130.3, 46.8]];
    const r = validateGridImport(fc(
      feature('230803001001001', open),
      feature('230803001001002', [[130.3, 46.8], [130.31, 46.8], [130.3, 46.8]]),
      feature('230803001001003', bowtie),
      { type: 'Feature', properties: { code: '230803001001004', name: 'x' }, geometry: { type: 'Point', coordinates: [130.3, 46.8] } },
      feature('230803001001005', [[130.3, 46.8], ['a', 46.8], [130.31, 46.81], [130.3, 46.8]]),
      // A MultiPolygon whose one part is no list of rings; a ring of a corner repeated 200,000 times.
      { type: 'Feature', properties: { code: '230803001001006', name: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [5] } },
      feature('230803001001007', [...Array.from({ length: 200_000 }, () => [130.3, 46.8]), [130.31, 46.8], [130.31, 46.81], [130.3, 46.8]]),
    ), { divisions });
    expect(r.issues.map((i) => [i.feature, i.code])).toEqual([[0, 'ring-not-closed'], [1, 'too-few-points'], [2, 'self-intersection'], [3, 'not-polygon'], [4, 'bad-coordinate'], [5, 'bad-coordinate'], [6, 'too-many-points']]);
    expect(r.grids).toEqual([]);
    expect(ringSelfIntersects(cell(0, 0) as [number, number][])).toBe(false);
  });

  it('refuses rings that pinch, double back or run along themselves, and lets a repeated point pass', () => {
    const at = (x: number, y: number): [number, number] => [130.3 + x * 0.001, 46.8 + y * 0.001];
    // Back to a point it passed: two triangles joined at (1,1).
    const pinched = [at(0, 0), at(1, 1), at(2, 0), at(2, 2), at(1, 1), at(0, 2), at(0, 0)];
    // Up the right side past the corner, then back down along it.
    const spike = [at(0, 0), at(2, 0), at(2, 2), at(2, 3), at(2, 1), at(0, 2), at(0, 0)];
    // A corner of the ring lying on a far edge.
    const touching = [at(0, 0), at(4, 0), at(4, 2), at(2, 0), at(0, 2), at(0, 0)];
    for (const ring of [pinched, spike, touching]) expect(ringSelfIntersects(ring)).toBe(true);
    const stutter = [at(0, 0), at(2, 0), at(2, 0), at(2, 2), at(0, 2), at(0, 0), at(0, 0)];
    expect(ringSelfIntersects(stutter)).toBe(false);
    // An L shape: concave, and simple.
    expect(ringSelfIntersects([at(0, 0), at(2, 0), at(2, 1), at(1, 1), at(1, 2), at(0, 2), at(0, 0)])).toBe(false);
    const r = validateGridImport(fc(feature('230803001001001', pinched), feature('230803001001002', stutter.map(([x, y]) => [x + 0.01, y]))), { divisions });
    expect(r.issues.map((i) => [i.feature, i.code])).toEqual([[0, 'self-intersection']]);
    expect(r.grids.map((g) => g.code)).toEqual(['230803001001002']);
  });

  it('reports overlapping grids with where and how much', () => {
    const shifted = cell(0, 0).map(([x, y]) => [x! + 0.005, y!]);
    const r = validateGridImport(fc(feature('230803001001001', cell(0, 0)), feature('230803001001002', shifted)), { divisions });
    const [overlap] = codes(r, 'overlap');
    expect(overlap).toMatchObject({ gridCode: '230803001001001', otherCode: '230803001001002', severity: 'error' });
    // Half a cell: about 0.005° × 0.01° ≈ 380 m × 1,110 m.
    expect(overlap!.areaM2).toBeGreaterThan(350_000);
    expect(overlap!.areaM2).toBeLessThan(500_000);
  });

  it('checks the file against the stored grids: overlaps with those it keeps, replacements of those it names', () => {
    const stored = (code: string, ring: [number, number][]): Grid => ({ code, name: `网格${code.slice(-3)}`, kind: 'urban', communityCode: code.slice(0, 12), households: 0, population: 0, areaKm2: 1, ring });
    const existing = [
      stored('230803001001001', cell(0, 0)),
      stored('230803001001009', cell(5, 5)),
      // Two stored grids over each other: not this import's to judge.
      stored('230803001002008', cell(8, 8)),
      stored('230803001002009', cell(8, 8)),
    ];
    const r = validateGridImport(fc(
      // Same code, same place: replaces the stored grid, which is then no overlap.
      feature('230803001001001', cell(0, 0)),
      // A new grid half over a stored one it does not name.
      feature('230803001001002', cell(5, 5).map(([x, y]) => [x + 0.005, y])),
    ), { divisions, existing });
    expect(codes(r, 'replaces')).toEqual([{ severity: 'warning', code: 'replaces', feature: 0, gridCode: '230803001001001' }]);
    const overlaps = codes(r, 'overlap');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ severity: 'error', feature: 1, gridCode: '230803001001002', otherCode: '230803001001009', stored: true });
    expect(r.errors).toBe(1);
    // Without the stored grids the same file is clean.
    expect(validateGridImport(fc(feature('230803001001001', cell(0, 0)), feature('230803001001002', cell(5, 5).map(([x, y]) => [x + 0.005, y]))), { divisions }).issues).toEqual([]);
  });

  it('in communities mode, gives the stored grids of each community the file covers way to it, and still guards the others', () => {
    const stored = (code: string, ring: [number, number][]): Grid => ({ code, name: code, kind: 'urban', communityCode: code.slice(0, 12), households: 0, population: 0, areaKm2: 1, ring });
    const existing = [
      stored('230803001001001', cell(0, 0)), stored('230803001001002', cell(1, 0)), stored('230803001001003', cell(2, 0)),
      stored('230803001002001', cell(0, 3)),
    ];
    // 安民 (…001001) divided anew: two wider grids under new codes over its three old ones.
    const anew = [feature('230803001001101', [[130.3, 46.8], [130.315, 46.8], [130.315, 46.81], [130.3, 46.81], [130.3, 46.8]]), feature('230803001001102', [[130.315, 46.8], [130.33, 46.8], [130.33, 46.81], [130.315, 46.81], [130.315, 46.8]])];
    const r = validateGridImport(fc(...anew), { divisions, existing, mode: 'communities' });
    expect(r.errors).toBe(0);
    expect(r.replaces.sort()).toEqual(['230803001001001', '230803001001002', '230803001001003']);
    expect(codes(r, 'replaces-community')).toEqual([{ severity: 'warning', code: 'replaces-community', feature: null, gridCode: '230803001001', count: 3 }]);
    // The same file by codes: it replaces nothing and lies over all three.
    const byCodes = validateGridImport(fc(...anew), { divisions, existing, mode: 'codes' });
    expect(byCodes.replaces).toEqual([]);
    expect(new Set(codes(byCodes, 'overlap').map((o) => o.otherCode))).toEqual(new Set(['230803001001001', '230803001001002', '230803001001003']));
    // Workers on the grids it takes away are counted once each, per community, to be reassigned;
    // a worker who also serves a grid elsewhere still counts, one on 光明's grid alone does not.
    const workers = [{ gridCodes: ['230803001001001'] }, { gridCodes: ['230803001001002', '230803001001003'] }, { gridCodes: ['230803001002001', '230803001001003'] }, { gridCodes: ['230803001002001'] }];
    expect(codes(validateGridImport(fc(...anew), { divisions, existing, mode: 'communities', workers }), 'unassigns-workers'))
      .toEqual([{ severity: 'warning', code: 'unassigns-workers', feature: null, gridCode: '230803001001', count: 3 }]);
    // A grid the file names again under its own code keeps its workers.
    const keepsOne = validateGridImport(fc(...anew, feature('230803001001003', cell(2, 0))), { divisions, existing, mode: 'communities', workers });
    expect(codes(keepsOne, 'unassigns-workers')).toEqual([expect.objectContaining({ gridCode: '230803001001', count: 2 })]);
    expect(codes(validateGridImport(fc(...anew), { divisions, existing, mode: 'codes', workers }), 'unassigns-workers')).toEqual([]);
    // With 光明 divided anew too, the worker who serves both communities counts in each.
    const both = validateGridImport(fc(...anew, feature('230803001002101', cell(0, 3))), { divisions, existing, mode: 'communities', workers });
    expect(codes(both, 'unassigns-workers').map((i) => [i.gridCode, i.count])).toEqual([['230803001001', 3], ['230803001002', 2]]);
    // A grid of 安民 laid over 光明's stored grid is still refused: 光明 is not in the file.
    const over = validateGridImport(fc(...anew, feature('230803001001103', cell(0, 3))), { divisions, existing, mode: 'communities' });
    expect(codes(over, 'overlap')).toEqual([expect.objectContaining({ gridCode: '230803001001103', otherCode: '230803001002001', stored: true, feature: 2 })]);
  });

  it('warns of a grid that lies outside the county its code names, and says where it lies', () => {
    const county = (adcode: number, x0: number, x1: number) => ({
      type: 'Feature' as const, properties: { adcode }, geometry: { type: 'Polygon' as const, coordinates: [[[x0, 46.7], [x1, 46.7], [x1, 46.9], [x0, 46.9], [x0, 46.7]]] },
    });
    // 向阳区 west of 130.35, 前进区 east of it.
    const districts = [county(230803, 130.2, 130.35), county(230804, 130.35, 130.45)];
    const r = validateGridImport(fc(
      feature('230803001001001', cell(0, 0)), // in 向阳区, as its code says
      feature('230803001001002', cell(6, 0)), // in 前进区
      feature('230803001001003', cell(20, 0)), // east of the city
    ), { divisions, districts });
    expect(codes(r, 'outside-district')).toEqual([
      expect.objectContaining({ severity: 'warning', feature: 1, gridCode: '230803001001002', otherCode: '230804000000' }),
      expect.objectContaining({ severity: 'warning', feature: 2, gridCode: '230803001001003' }),
    ]);
    expect(codes(r, 'outside-district')[1]).not.toHaveProperty('otherCode');
    expect(codes(r, 'outside-district')[0]!.at![0]).toBeCloseTo(130.365);
    expect(r.errors).toBe(0);
  });

  it('stops counting overlaps once there are enough to refuse the file', () => {
    const stored = (code: string, ring: [number, number][]): Grid => ({ code, name: code, kind: 'urban', communityCode: code.slice(0, 12), households: 0, population: 0, areaKm2: 1, ring });
    // A 20 × 20 lattice stored, and a file of the same lattice shifted by half a cell under new codes.
    const existing: Grid[] = [];
    const features: unknown[] = [];
    for (let i = 0; i < 400; i++) {
      existing.push(stored(`230803001001${String(i).padStart(3, '0')}`, cell(i % 20, Math.floor(i / 20))));
      features.push(feature(`230803001002${String(i).padStart(3, '0')}`, cell(i % 20, Math.floor(i / 20)).map(([x, y]) => [x + 0.005, y])));
    }
    const r = validateGridImport(fc(...features), { divisions, existing });
    expect(codes(r, 'overlap')).toHaveLength(MAX_OVERLAPS_REPORTED);
    expect(codes(r, 'overlap').every((o) => o.stored)).toBe(true);
  });

  it('reports a hole enclosed by grids as a gap, but not the open edge of a street', () => {
    const ring = [[0, 0], [1, 0], [2, 0], [0, 1], [2, 1], [0, 2], [1, 2], [2, 2]].map(([i, j], k) => feature(`23080300100100${k + 1}`, cell(i!, j!)));
    const r = validateGridImport(fc(...ring), { divisions });
    const gaps = codes(r, 'gap');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.at![0]).toBeCloseTo(130.315, 2);
    expect(gaps[0]!.at![1]).toBeCloseTo(46.815, 2);
    // An L of three cells has an open corner, not a gap.
    const l = validateGridImport(fc(feature('230803001001001', cell(0, 0)), feature('230803001001002', cell(1, 0)), feature('230803001001003', cell(0, 1))), { divisions });
    expect(codes(l, 'gap')).toEqual([]);
  });
});
