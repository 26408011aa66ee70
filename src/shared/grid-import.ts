// Checks a city's own grid boundaries (GeoJSON) before they join the stored
// grids — replacing, by the import's mode, the stored grids of the same codes
// or every stored grid of the communities the file covers: every feature a closed, simple
// polygon (holes, each inside it and apart from the others, allowed) with a unique 15-digit code under a known community; then, across
// features and against the stored grids they do not replace, overlaps; and
// enclosed gaps between the file's grids. Pure: the workstation's dialog checks
// a file with it, and the server runs the very same checks on what it receives.
import turfArea from '@turf/area';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import turfIntersect from '@turf/intersect';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Division, Grid, GridKind } from './domain/model.ts';
import { gridKinds } from './domain/model.ts';
import { bboxContains, emptyBBox, ringBBox, unionInto, type BBox } from './bbox.ts';
import { polygonContains, polygonRings, ringContains, ringInteriorPoint } from './geo.ts';
import type { GridImportMode } from './grid-file.ts';

/** The most points a grid's ring may have: a street block traced along a river bank has a few thousand. */
export const MAX_RING_POINTS = 10_000;

export type IssueCode =
  | 'not-collection' | 'no-features' | 'not-polygon' | 'multi-part' | 'bad-hole' | 'ring-not-closed' | 'too-few-points' | 'too-many-points' | 'bad-coordinate'
  | 'self-intersection' | 'zero-area' | 'no-code' | 'bad-code' | 'duplicate-code' | 'unknown-community' | 'community-mismatch' | 'no-name' | 'overlap' | 'gap' | 'replaces' | 'replaces-community'
  | 'unassigns-workers' | 'outside-district';

export type ImportIssue = {
  severity: 'error' | 'warning';
  code: IssueCode;
  /** Index of the feature in the file; null for file-level issues and gaps. */
  feature: number | null;
  gridCode: string | null;
  /** For overlaps: the other grid; for a grid outside its county: the county it lies in (absent: none of the city's). */
  otherCode?: string;
  /** For overlaps: the other grid is a stored one, not in the file. */
  stored?: boolean;
  /** Overlap or gap area, m². */
  areaM2?: number;
  /** For a community the file replaces: how many stored grids it had (`replaces-community`), or how
   * many of its grid workers serve a grid it takes away (`unassigns-workers`). */
  count?: number;
  /** Where to look: a point inside the overlap or gap. */
  at?: [number, number];
};

/** `replaces`: the codes of the stored grids the import takes away or overwrites. */
export type ImportReport = { features: number; grids: Grid[]; replaces: string[]; issues: ImportIssue[]; errors: number; warnings: number };

export type ValidateOptions = {
  divisions: readonly Division[];
  /** Overlaps smaller than this are digitising slivers, not errors (m²). */
  minOverlapM2?: number;
  /** Enclosed gaps smaller than this are ignored (m²). */
  minGapM2?: number;
  /** The grids stored now: the file's grids must not overlap those they do not replace. */
  existing?: readonly Grid[];
  /** Which stored grids the file replaces (default: those of the same codes). */
  mode?: GridImportMode;
  /** The grid workers' assignments: those on a grid the import takes away are reported, to be reassigned. */
  workers?: readonly WorkerGrids[];
  /** The counties' boundaries: a grid that lies outside the county its code names is reported. */
  districts?: readonly DistrictBoundary[];
};

/** A county's boundary, as resources/map/districts.geojson carries it (adcode: the code's first six digits). */
export type DistrictBoundary = Feature<Polygon | MultiPolygon, { adcode: number | string }>;

/** A grid worker's grids, which is all the import's check needs of a worker. */
export type WorkerGrids = { gridCodes: readonly string[] };

const CODE_KEYS = ['code', 'gridCode', 'grid_code', '网格编码'];
const NAME_KEYS = ['name', 'gridName', '网格名称'];

// Keys match in any case: GIS tools write attribute names upper-case (CODE, NAME) as often as not.
const pick = (props: Record<string, unknown>, keys: string[]): unknown => {
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  return keys.map((k) => props[k] ?? lower.get(k.toLowerCase())).find((v) => v !== undefined && v !== null && v !== '');
};
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : 0);

type Position = [number, number];

const validPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

const orient = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
/** r, known to be on the line through p and q, lies between them. */
const withinBox = (p: Position, q: Position, r: Position) =>
  Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);

/** Whether two segments meet at all: crossing, touching at a point, or lying along each other. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && withinBox(a, b, c)) || (o2 === 0 && withinBox(a, b, d)) || (o3 === 0 && withinBox(c, d, a)) || (o4 === 0 && withinBox(c, d, b));
}

/** p → q → r turns straight back along itself (a spike). */
const doublesBack = (p: Position, q: Position, r: Position) =>
  orient(p, q, r) === 0 && (q[0] - p[0]) * (r[0] - q[0]) + (q[1] - p[1]) * (r[1] - q[1]) < 0;

/**
 * Not a simple ring: two edges that are not neighbours meet (a crossing, a pinch where the ring
 * comes back to one of its points, an edge along another), or an edge turns back along the last
 * (a spike). A point repeated in a row is a digitising stutter, not an error, and is skipped.
 */
export function ringSelfIntersects(closed: readonly Position[]): boolean {
  const ring = closed.filter((p, i) => i === 0 || p[0] !== closed[i - 1]![0] || p[1] !== closed[i - 1]![1]);
  const n = ring.length - 1; // closed: the last point repeats the first
  for (let i = 0; i < n; i++) {
    if (doublesBack(ring[(i + n - 1) % n]!, ring[i]!, ring[i + 1]!)) return true;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // the closing segment touches the first
      if (segmentsMeet(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return true;
    }
  }
  return false;
}

/** Whether any edge of one ring meets any edge of the other (crossing, touching or running along it). */
function ringsEdgesMeet(a: readonly Position[], b: readonly Position[]): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) if (segmentsMeet(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!)) return true;
  }
  return false;
}

/** `inner` lies strictly within `outer`: no edges meet, and one of its points is inside. */
const ringInside = (inner: readonly Position[], outer: readonly Position[]) => !ringsEdgesMeet(inner, outer) && ringContains(outer, inner[0]!);

/** Two rings share ground or a boundary: edges meet, or one lies within the other. */
const ringsMeet = (a: readonly Position[], b: readonly Position[]) => ringsEdgesMeet(a, b) || ringContains(a, b[0]!) || ringContains(b, a[0]!);

/** One feature to a grid, or the reasons it cannot be one; `code` is its grid code when well formed (null otherwise). */
function readFeature(f: unknown, index: number, communities: ReadonlySet<string>): { code: string | null; grid: Grid | null; issues: ImportIssue[]; at?: [number, number] } {
  const r = readFeatureIssues(f, index, communities);
  // Where the feature lies (the middle of its outer ring's box), so that each of its issues can be shown on the map.
  const geom = (f as { geometry?: { type?: string; coordinates?: unknown } } | null)?.geometry;
  const outer = geom?.type === 'Polygon' ? (geom.coordinates as unknown[] | undefined)?.[0] : geom?.type === 'MultiPolygon' ? (geom.coordinates as unknown[][] | undefined)?.[0]?.[0] : undefined;
  if (!Array.isArray(outer) || outer.length === 0 || !outer.every(validPosition)) return r;
  const box = ringBBox(outer as Position[]);
  const at: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  return { ...r, issues: r.issues.map((i) => (i.at ? i : { ...i, at })), at };
}

function readFeatureIssues(f: unknown, index: number, communities: ReadonlySet<string>): { code: string | null; grid: Grid | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const feature = (f ?? {}) as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> | null };
  const props = feature.properties ?? {};
  const rawCode = pick(props, CODE_KEYS);
  const code = typeof rawCode === 'number' ? String(rawCode) : typeof rawCode === 'string' ? rawCode.trim() : '';
  const issue = (severity: ImportIssue['severity'], c: IssueCode, extra: Partial<ImportIssue> = {}) => issues.push({ severity, code: c, feature: index, gridCode: code || null, ...extra });

  const wellFormed = /^\d{15}$/.test(code) ? code : null;
  if (wellFormed === null) issue('error', code ? 'bad-code' : 'no-code');
  else {
    if (!communities.has(code.slice(0, 12))) issue('error', 'unknown-community');
    // A Shapefile's number column brings the code as a number: compared as text all the same.
    const declared = props.communityCode;
    if ((typeof declared === 'string' || typeof declared === 'number') && String(declared).trim() !== code.slice(0, 12)) issue('error', 'community-mismatch');
  }
  // A name column of numbers (第3网格 kept as 3) is still a name; none at all falls back to the code.
  const rawName = pick(props, NAME_KEYS);
  const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName).trim() : '';
  if (!name) issue('warning', 'no-name');

  const geom = feature.geometry;
  let rings: unknown[] | null = null;
  if (geom?.type === 'Polygon' && Array.isArray(geom.coordinates)) rings = geom.coordinates;
  else if (geom?.type === 'MultiPolygon' && Array.isArray(geom.coordinates)) {
    if (geom.coordinates.length !== 1) issue('error', 'multi-part');
    else rings = geom.coordinates[0] as unknown[];
  } else issue('error', 'not-polygon');
  if (!rings) return { code: wellFormed, grid: null, issues };
  // A MultiPolygon's one part may be anything ([5]): rings are lists of positions, or the feature says so.
  if (!Array.isArray(rings) || !rings.every((r) => Array.isArray(r) && r.every(validPosition))) {
    issue('error', 'bad-coordinate');
    return { code: wellFormed, grid: null, issues };
  }
  // Checking a ring for crossings compares every edge with every other: past this a file is refused, not ground through for minutes.
  if ((rings as unknown[][]).some((r) => r.length > MAX_RING_POINTS)) {
    issue('error', 'too-many-points');
    return { code: wellFormed, grid: null, issues };
  }
  const [ring, ...holes] = (rings as Position[][]).map((r) => r.map((p) => [p[0], p[1]] as Position));
  if (!ring) {
    issue('error', 'too-few-points');
    return { code: wellFormed, grid: null, issues };
  }
  // Each ring, outer or hole, is checked alike; one issue per kind is enough to say what to mend.
  const shapeIssues = new Set<IssueCode>();
  for (const r of [ring, ...holes]) {
    const first = r[0];
    const last = r[r.length - 1];
    if (r.length < 4) shapeIssues.add('too-few-points');
    else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) shapeIssues.add('ring-not-closed');
    else if (ringSelfIntersects(r)) shapeIssues.add('self-intersection');
  }
  for (const c of shapeIssues) issue('error', c);
  // A hole is ground inside the grid that is not its own (a school's grid inside a street's): it must
  // lie within the outer ring and apart from the other holes, or the grid's shape means nothing.
  if (shapeIssues.size === 0 && holes.some((h, k) => !ringInside(h, ring) || holes.slice(0, k).some((other) => ringsMeet(h, other)))) issue('error', 'bad-hole');
  const shapeOk = !issues.some((i) => i.severity === 'error' && ['too-few-points', 'ring-not-closed', 'self-intersection', 'bad-hole'].includes(i.code));
  const areaM2 = shapeOk ? turfArea(turfPolygon([ring, ...holes])) : 0;
  if (shapeOk && areaM2 < 1) issue('error', 'zero-area');
  if (issues.some((i) => i.severity === 'error')) return { code: wellFormed, grid: null, issues };
  const rawKind = pick(props, ['kind']);
  // Without a kind of its own, the grid it replaces (or its community's) says it: see kindsFromStored.
  const kind = gridKinds.includes(rawKind as GridKind) ? (rawKind as GridKind) : UNKNOWN_KIND;
  return {
    code,
    grid: {
      code, name: name || code, kind, communityCode: code.slice(0, 12),
      households: count(pick(props, ['households'])), population: count(pick(props, ['population'])), areaKm2: Math.round(areaM2 / 1000) / 1000, ring,
      ...(holes.length ? { holes } : {}),
    },
    issues,
  };
}

/** Stands for a kind the file does not give, until the stored grids settle it. */
const UNKNOWN_KIND = '' as GridKind;

/**
 * A grid the file gives no kind takes the kind of the stored grid of its code, else the kind most of its
 * community's stored grids have, else urban: a rural village redrawn without a kind column stays rural.
 */
function kindsFromStored(grids: Grid[], stored: readonly Grid[]): void {
  const byCode = new Map(stored.map((g) => [g.code, g.kind]));
  const byCommunity = new Map<string, Map<GridKind, number>>();
  for (const g of stored) {
    const counts = byCommunity.get(g.communityCode) ?? new Map<GridKind, number>();
    counts.set(g.kind, (counts.get(g.kind) ?? 0) + 1);
    byCommunity.set(g.communityCode, counts);
  }
  const commonest = (code: string) => [...(byCommunity.get(code) ?? new Map<GridKind, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const g of grids) if (g.kind === UNKNOWN_KIND) g.kind = byCode.get(g.code) ?? commonest(g.communityCode) ?? 'urban';
}

const overlapBoxes = (a: BBox, b: BBox) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Enough overlaps to refuse a file and show where: a city's file laid over grids it does not replace
 * would otherwise cost one polygon intersection per overlapping pair, thousands of them.
 */
export const MAX_OVERLAPS_REPORTED = 200;

/**
 * Pairs whose boxes meet (sweep over west edges), then the true intersection area: among the
 * file's grids, and between a file's grid and a stored one it does not replace (stored grids
 * among themselves are not this import's to judge). `index`: each file grid's feature number.
 */
function findOverlaps(grids: readonly Grid[], stored: readonly Grid[], index: ReadonlyMap<string, number>, minM2: number): ImportIssue[] {
  const item = (g: Grid, isStored: boolean) => ({ g, isStored, box: ringBBox(g.ring), poly: null as Feature<Polygon> | null });
  const items = [...grids.map((g) => item(g, false)), ...stored.map((g) => item(g, true))].sort((a, b) => a.box[0] - b.box[0]);
  const polygonOf = (it: (typeof items)[number]) => (it.poly ??= turfPolygon(polygonRings(it.g).map((r) => r.map((p) => [p[0], p[1]]))) as Feature<Polygon>);
  const issues: ImportIssue[] = [];
  for (let i = 0; i < items.length && issues.length < MAX_OVERLAPS_REPORTED; i++) {
    const a = items[i]!;
    for (let j = i + 1; j < items.length && items[j]!.box[0] < a.box[2] && issues.length < MAX_OVERLAPS_REPORTED; j++) {
      const b = items[j]!;
      if ((a.isStored && b.isStored) || !overlapBoxes(a.box, b.box)) continue;
      const shared = turfIntersect(featureCollection([polygonOf(a), polygonOf(b)]));
      if (!shared) continue;
      const areaM2 = turfArea(shared);
      if (areaM2 < minM2) continue;
      const ring = shared.geometry.type === 'Polygon' ? shared.geometry.coordinates[0]! : shared.geometry.coordinates[0]![0]!;
      const box = ringBBox(ring as Position[]);
      // Told from the file's grid: the stored one is the other.
      const [mine, other] = a.isStored ? [b, a] : [a, b];
      issues.push({
        severity: 'error', code: 'overlap', feature: index.get(mine.g.code) ?? null, gridCode: mine.g.code, otherCode: other.g.code,
        ...(other.isStored ? { stored: true } : {}), areaM2: Math.round(areaM2), at: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2],
      });
    }
  }
  return issues;
}

/**
 * Gaps, found on a lattice over each street (grids of one street are meant to tile it): uncovered
 * spots that the file's grids surround on all four sides, and ground that the stored grids the file
 * replaces covered and that neither the file's grids nor the stored grids it keeps cover now (a strip
 * left between two redrawn grids, though it reaches the edge of the file). Other open edges of the
 * covered area are the street's own boundary, not a gap; a stored grid the file keeps fills its spot
 * (a school's grid in the hole of a street's grid the file brings).
 */
function findGaps(grids: readonly Grid[], kept: readonly Grid[], minM2: number, replaced: readonly Grid[] = []): ImportIssue[] {
  const keptBoxes = kept.map((g) => ({ grid: g, box: ringBBox(g.ring) }));
  const byTown = new Map<string, Grid[]>();
  for (const g of grids) byTown.set(g.code.slice(0, 9), [...(byTown.get(g.code.slice(0, 9)) ?? []), g]);
  const replacedByTown = Map.groupBy(replaced, (g) => g.code.slice(0, 9));
  const issues: ImportIssue[] = [];
  const N = 120;
  for (const [townCode, town] of byTown) {
    const was = replacedByTown.get(townCode) ?? [];
    if (town.length < 3 && was.length === 0) continue;
    const boxes = town.map((g) => ringBBox(g.ring));
    const all = [...boxes, ...was.map((g) => ringBBox(g.ring))].reduce(unionInto, emptyBBox());
    const dx = (all[2] - all[0]) / N;
    const dy = (all[3] - all[1]) / N;
    if (dx <= 0 || dy <= 0) continue;
    const paint = (into: Uint8Array, painters: readonly { grid: Grid; box: BBox }[]) => {
      for (const { grid, box: b } of painters) {
        for (let j = Math.max(0, Math.floor((b[1] - all[1]) / dy)); j < Math.min(N, Math.ceil((b[3] - all[1]) / dy)); j++) {
          for (let i = Math.max(0, Math.floor((b[0] - all[0]) / dx)); i < Math.min(N, Math.ceil((b[2] - all[0]) / dx)); i++) {
            if (!into[j * N + i] && polygonContains(grid, [all[0] + (i + 0.5) * dx, all[1] + (j + 0.5) * dy])) into[j * N + i] = 1;
          }
        }
      }
    };
    const covered = new Uint8Array(N * N);
    paint(covered, [...town.map((grid, gi) => ({ grid, box: boxes[gi]! })), ...keptBoxes.filter((k) => overlapBoxes(k.box, all))]);
    // What the replaced grids covered: ground left uncovered there is lost coverage, enclosed or not.
    const before = new Uint8Array(N * N);
    paint(before, was.map((grid) => ({ grid, box: ringBBox(grid.ring) })));
    const hit = (i: number, j: number, di: number, dj: number) => {
      for (let a = i + di, b = j + dj; a >= 0 && a < N && b >= 0 && b < N; a += di, b += dj) if (covered[b * N + a]) return true;
      return false;
    };
    const seen = new Uint8Array(N * N);
    const cellM2 = turfArea(turfPolygon([[[all[0], all[1]], [all[0] + dx, all[1]], [all[0] + dx, all[1] + dy], [all[0], all[1] + dy], [all[0], all[1]]]]));
    for (let start = 0; start < N * N; start++) {
      if (covered[start] || seen[start]) continue;
      // Flood one uncovered patch; it is a gap only if every cell of it is enclosed.
      const stack = [start];
      seen[start] = 1;
      let cells = 0;
      let lost = 0;
      let lx = 0;
      let ly = 0;
      let enclosed = true;
      let sx = 0;
      let sy = 0;
      while (stack.length) {
        const k = stack.pop()!;
        const i = k % N;
        const j = Math.floor(k / N);
        cells++;
        if (before[k]) {
          lost++;
          lx += i;
          ly += j;
        }
        sx += i;
        sy += j;
        if (enclosed && !(hit(i, j, 1, 0) && hit(i, j, -1, 0) && hit(i, j, 0, 1) && hit(i, j, 0, -1))) enclosed = false;
        for (const [a, b] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]] as const) {
          if (a < 0 || a >= N || b < 0 || b >= N) {
            enclosed = false;
            continue;
          }
          const n = b * N + a;
          if (!covered[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
      }
      // An open patch is told by its lost part alone, and shown there (the rest of it is outside the street).
      const [n, x, y] = enclosed ? [cells, sx, sy] : [lost, lx, ly];
      const areaM2 = n * cellM2;
      if (n > 0 && areaM2 >= minM2) {
        issues.push({ severity: 'warning', code: 'gap', feature: null, gridCode: null, areaM2: Math.round(areaM2), at: [all[0] + (x / n + 0.5) * dx, all[1] + (y / n + 0.5) * dy] });
      }
    }
  }
  return issues;
}

/**
 * Holes no grid fills, each checked exactly: a point inside the hole that no grid of the file, and no
 * stored grid it keeps, holds. Whatever the street's grid count, and however small the hole (the
 * lattice of findGaps is coarse, and skips a file of one or two grids: a boundary corrected by code).
 */
function unfilledHoles(grids: readonly Grid[], kept: readonly Grid[], firstIndex: ReadonlyMap<string, number>): { issues: ImportIssue[]; rings: Grid['ring'][] } {
  const all = [...grids, ...kept].map((g) => ({ g, box: ringBBox(g.ring) }));
  const issues: ImportIssue[] = [];
  const rings: Grid['ring'][] = [];
  for (const g of grids) {
    for (const hole of g.holes ?? []) {
      const at = ringInteriorPoint(hole);
      if (all.some((o) => bboxContains(o.box, at) && polygonContains(o.g, at))) continue;
      rings.push(hole);
      issues.push({ severity: 'warning', code: 'gap', feature: firstIndex.get(g.code) ?? null, gridCode: g.code, areaM2: Math.round(turfArea(turfPolygon([hole.map((p) => [p[0], p[1]])]))), at: [at[0], at[1]] });
    }
  }
  return { issues, rings };
}

/**
 * Grid workers who serve a stored grid the import takes away (replaced and not in the file under
 * its code): they keep that code until the city reassigns them, so each community says how many.
 */
function unassignedWorkers(replaced: readonly Grid[], inFile: ReadonlyMap<string, number>, workers: readonly WorkerGrids[]): ImportIssue[] {
  const removed = new Map(replaced.filter((g) => !inFile.has(g.code)).map((g) => [g.code, g.communityCode]));
  if (removed.size === 0) return [];
  const perCommunity = new Map<string, number>();
  for (const w of workers) {
    // Once in each community where they lose a grid: each community's warning counts its own.
    const communities = new Set(w.gridCodes.map((c) => removed.get(c)).filter((c) => c !== undefined));
    for (const community of communities) perCommunity.set(community, (perCommunity.get(community) ?? 0) + 1);
  }
  return [...perCommunity].map(([community, count]) => ({ severity: 'warning', code: 'unassigns-workers', feature: null, gridCode: community, count }));
}

/**
 * Grids that lie outside the county their code names: a grid coded for 向阳区 drawn in 前进区 would
 * send its cases to the wrong district's center. A warning, not an error: the shipped boundaries
 * are simplified, and a grid on a county line may have its middle a little over it.
 */
function outsideDistrict(grids: readonly Grid[], firstIndex: ReadonlyMap<string, number>, districts: readonly DistrictBoundary[]): ImportIssue[] {
  if (districts.length === 0) return [];
  const byCode = new Map(districts.map((d) => [String(d.properties.adcode), d]));
  const issues: ImportIssue[] = [];
  for (const g of grids) {
    const own = byCode.get(g.code.slice(0, 6));
    if (!own) continue; // a county with no boundary shipped: nothing to check against
    const at = ringInteriorPoint(g.ring, g.holes);
    if (booleanPointInPolygon(at, own)) continue;
    const other = districts.find((d) => booleanPointInPolygon(at, d));
    issues.push({
      severity: 'warning', code: 'outside-district', feature: firstIndex.get(g.code)!, gridCode: g.code, at,
      ...(other ? { otherCode: `${String(other.properties.adcode)}000000` } : {}),
    });
  }
  return issues;
}

export function validateGridImport(input: unknown, opts: ValidateOptions): ImportReport {
  const communities = new Set(opts.divisions.filter((d) => d.level === 'village').map((d) => d.code));
  const fc = input as { type?: string; features?: unknown[] } | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return { features: 0, grids: [], replaces: [], issues: [{ severity: 'error', code: 'not-collection', feature: null, gridCode: null }], errors: 1, warnings: 0 };
  }
  const issues: ImportIssue[] = [];
  if (fc.features.length === 0) issues.push({ severity: 'error', code: 'no-features', feature: null, gridCode: null });
  const grids: Grid[] = [];
  const firstIndex = new Map<string, number>();
  // Every feature's code counts, its geometry good or not: a second copy is said at once, not only once the first is mended.
  const codeSeen = new Set<string>();
  fc.features.forEach((f, index) => {
    const r = readFeature(f, index, communities);
    issues.push(...r.issues);
    if (r.code !== null) {
      if (codeSeen.has(r.code)) {
        issues.push({ severity: 'error', code: 'duplicate-code', feature: index, gridCode: r.code, ...(r.at ? { at: r.at } : {}) });
        return;
      }
      codeSeen.add(r.code);
    }
    if (!r.grid) return;
    firstIndex.set(r.grid.code, index);
    grids.push(r.grid);
  });
  kindsFromStored(grids, opts.existing ?? []);
  // A stored grid the file replaces is not there to overlap; each replacement is said.
  const covered = new Set(grids.map((g) => g.communityCode));
  const isReplaced = opts.mode === 'communities' ? (g: Grid) => covered.has(g.communityCode) : (g: Grid) => firstIndex.has(g.code);
  const replaced: Grid[] = [];
  const kept: Grid[] = [];
  for (const g of opts.existing ?? []) (isReplaced(g) ? replaced : kept).push(g);
  if (opts.mode === 'communities') {
    const perCommunity = new Map<string, number>();
    for (const g of replaced) perCommunity.set(g.communityCode, (perCommunity.get(g.communityCode) ?? 0) + 1);
    for (const [community, count] of perCommunity) issues.push({ severity: 'warning', code: 'replaces-community', feature: null, gridCode: community, count });
  } else for (const g of replaced) issues.push({ severity: 'warning', code: 'replaces', feature: firstIndex.get(g.code)!, gridCode: g.code });
  issues.push(...unassignedWorkers(replaced, firstIndex, opts.workers ?? []), ...outsideDistrict(grids, firstIndex, opts.districts ?? []));
  // A hole is judged exactly (unfilledHoles); the lattice's gaps inside a hole of the file's grids are that same hole.
  const { issues: holes, rings: unfilled } = unfilledHoles(grids, kept, firstIndex);
  // Only a hole reported whole: a gap in a hole part filled (a school's grid over half of it) is the lattice's to say.
  const inHole = (at: [number, number]) => unfilled.some((h) => ringContains(h, at));
  const gaps = findGaps(grids, kept, opts.minGapM2 ?? 500, replaced).filter((i) => !i.at || !inHole(i.at));
  issues.push(...findOverlaps(grids, kept, firstIndex, opts.minOverlapM2 ?? 50), ...gaps, ...holes);
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { features: fc.features.length, grids, replaces: replaced.map((g) => g.code), issues, errors, warnings: issues.length - errors };
}

/** What an import answers: all grids taken in one transaction, or none and why. */
export type GridImportResult = { imported: boolean; accepted: number; rejected: number; replaced: number; features: number; issues: ImportIssue[] };

/** Features with at least one error are rejected; any rejection keeps the whole file out. */
export function importResult(report: ImportReport, imported: boolean): GridImportResult {
  const rejected = new Set(report.issues.filter((i) => i.severity === 'error').map((i) => i.feature ?? -1)).size;
  return {
    imported, accepted: imported ? report.grids.length : 0, rejected: imported ? 0 : Math.max(rejected, report.errors ? 1 : 0),
    replaced: imported ? report.replaces.length : 0, features: report.features, issues: report.issues,
  };
}
