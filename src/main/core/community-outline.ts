// A community's outline at city scale, from its grids: where grids tile it
// edge to edge (as a city's grid layer does), the edges two grids share cancel
// and what is left is the community's own boundary, exactly, in one pass over
// the edges. A general polygon union does the same for 10,000 communities in
// tens of seconds; this takes well under one. Grids that overlap, or edges
// that do not meet end to end, give no outline, and the tiles fall back to
// their union (polyclip-ts).

import { ringContains } from '../../shared/geo.ts';

type Pt = [number, number];
/** A polygon in GeoJSON's order: the outer ring, then its holes. */
export type OutlinePolygon = Pt[][];

// Shared corners are the same numbers in both grids; keyed to a nanodegree so that two
// computations of one corner (a lattice cut in floating point) still meet.
const SNAP = 1e9;
/** How far off an edge (degrees) a corner may lie and still split it: a T-junction. */
const ON_EDGE = 1e-9;

const signedArea = (ring: readonly Pt[]) => {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
};

/** Drops corners that lie on the line between their neighbours (left where a neighbour's corner split an edge). */
function dropStraightCorners(ring: Pt[]): Pt[] {
  const open = ring.slice(0, -1);
  const kept = open.filter((p, i) => {
    const a = open[(i + open.length - 1) % open.length]!;
    const b = open[(i + 1) % open.length]!;
    const cross = (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]);
    return Math.abs(cross) > ON_EDGE * Math.hypot(b[0] - a[0], b[1] - a[1]);
  });
  return kept.length >= 3 ? [...kept, kept[0]!] : ring;
}

/**
 * The boundary of the area the grids cover, as polygons with holes, or null where the grids do
 * not tile it (two overlap, so an edge runs twice the same way). A grid is its outer ring and
 * its holes; corners of one grid that lie along another's edge (a T-junction) split that edge.
 */
export function communityOutline(grids: readonly { ring: readonly Pt[]; holes?: readonly (readonly Pt[])[] | undefined }[]): OutlinePolygon[] | null {
  // Outer rings counter-clockwise, holes clockwise: the area lies to the left of every edge.
  const rings: Pt[][] = [];
  for (const g of grids) {
    rings.push(signedArea(g.ring) < 0 ? [...g.ring].reverse() : [...g.ring]);
    for (const h of g.holes ?? []) rings.push(signedArea(h) > 0 ? [...h].reverse() : [...h]);
  }
  // Corners as numbers: an edge is then one number (from × count + to), cheap to key and to look up.
  const index = new Map<number, Map<number, number>>();
  const points: Pt[] = [];
  const idOf = (p: Pt) => {
    const x = Math.round(p[0] * SNAP);
    const y = Math.round(p[1] * SNAP);
    let column = index.get(x);
    if (!column) index.set(x, (column = new Map()));
    let id = column.get(y);
    if (id === undefined) {
      id = points.length;
      column.set(y, id);
      points.push(p);
    }
    return id;
  };
  const ids = rings.map((r) => r.map(idOf));
  const count = points.length;

  // Directed edges left after each meets its reverse: from × count + to → how many times.
  const cancelInto = (edges: Map<number, number>, a: number, b: number, times = 1) => {
    for (let k = 0; k < times; k++) {
      if (a === b) return;
      const reverse = b * count + a;
      const n = edges.get(reverse);
      if (n !== undefined) {
        if (n === 1) edges.delete(reverse);
        else edges.set(reverse, n - 1);
      } else edges.set(a * count + b, (edges.get(a * count + b) ?? 0) + 1);
    }
  };
  // First the edges as drawn: most shared edges run corner to corner and cancel here.
  const drawn = new Map<number, number>();
  for (const rid of ids) for (let i = 0; i + 1 < rid.length; i++) cancelInto(drawn, rid[i]!, rid[i + 1]!);

  // Then what is left, split where a corner of what is left lies along it (a T-junction: one
  // grid's side against two of its neighbours'), and cancelled again.
  const leftCorners = new Set<number>();
  for (const edge of drawn.keys()) leftCorners.add(Math.floor(edge / count)).add(edge % count);
  const byX = [...leftCorners].sort((p, q) => points[p]![0] - points[q]![0]);
  const edges = new Map<number, number>();
  for (const [edge, times] of drawn) {
    const ia = Math.floor(edge / count);
    const ib = edge % count;
    const a = points[ia]!;
    const b = points[ib]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const length = Math.hypot(dx, dy);
    const [x0, x1] = dx < 0 ? [b[0], a[0]] : [a[0], b[0]];
    const [y0, y1] = dy < 0 ? [b[1], a[1]] : [a[1], b[1]];
    // Corners within the edge's box (found by x), then those on the edge itself, in order along it.
    let lo = 0;
    let hi = byX.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[byX[mid]!]![0] < x0 - ON_EDGE) lo = mid + 1;
      else hi = mid;
    }
    const on: [number, number][] = [];
    for (let k = lo; k < byX.length && points[byX[k]!]![0] <= x1 + ON_EDGE; k++) {
      const p = points[byX[k]!]!;
      if (p[1] < y0 - ON_EDGE || p[1] > y1 + ON_EDGE) continue;
      const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (length * length);
      if (t * length <= ON_EDGE || (1 - t) * length <= ON_EDGE) continue;
      if (Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / length > ON_EDGE) continue;
      on.push([t, byX[k]!]);
    }
    on.sort((p, q) => p[0] - q[0]);
    let from = ia;
    for (const [, p] of on) {
      cancelInto(edges, from, p, times);
      from = p;
    }
    cancelInto(edges, from, ib, times);
  }

  // Every corner has as many edges in as out; where two parts touch at a corner it has two of each.
  const next = new Map<number, number[]>();
  for (const [edge, n] of edges) {
    if (n !== 1) return null;
    const a = Math.floor(edge / count);
    const out = next.get(a);
    if (out) out.push(edge % count);
    else next.set(a, [edge % count]);
  }
  const closed: Pt[][] = [];
  for (const [start, out] of next) {
    while (out.length > 0) {
      const ring: Pt[] = [points[start]!];
      let at = start;
      for (let steps = 0; ; steps++) {
        const to = next.get(at)?.pop();
        if (to === undefined || steps > edges.size) return null;
        ring.push(points[to]!);
        if (to === start) break;
        at = to;
      }
      closed.push(dropStraightCorners(ring));
    }
  }
  const outers = closed.filter((r) => signedArea(r) > 0).map((r): OutlinePolygon => [r]);
  for (const hole of closed.filter((r) => signedArea(r) < 0)) {
    // The smallest outer ring around it; a hole nothing holds means the edges did not make sense.
    const around = outers.filter(([outer]) => hole.some((p) => ringContains(outer!, p))).sort((p, q) => signedArea(p[0]!) - signedArea(q[0]!))[0];
    if (!around) return null;
    around.push(hole);
  }
  return outers.length > 0 ? outers : null;
}
