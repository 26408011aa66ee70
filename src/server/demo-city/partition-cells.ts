// Shares a set of lattice cells among weighted items (towns of a district,
// communities of a town) by recursive bisection: cut the cells across their
// longer extent, cut the items in the same order of their anchors so that each
// side carries about half the weight, and give each side cells in proportion.
// Every item gets a compact block near where its anchor ranks, and the shares
// add up exactly, which a Voronoi split by nearest anchor would not give.

export interface Placed {
  x: number;
  y: number;
}

export interface PartitionItem {
  anchor: Placed;
  weight: number;
  /** Fewest cells the item may get (default 1). */
  minCells?: number;
}

/** Cells per item, index-aligned with `items`. Throws when there are too few cells. */
export function partitionCells<C extends Placed>(cells: readonly C[], items: readonly PartitionItem[]): C[][] {
  const need = items.reduce((sum, item) => sum + minOf(item), 0);
  if (cells.length < need) throw new Error(`partition: ${cells.length} cells for items that need ${need}`);
  const out: C[][] = items.map(() => []);
  if (items.length > 0) bisect(cells.slice(), items.map((_, i) => i), items, out);
  return out;
}

function bisect<C extends Placed>(cells: C[], ids: number[], items: readonly PartitionItem[], out: C[][]): void {
  if (ids.length === 1) {
    out[ids[0] as number] = cells;
    return;
  }
  const alongX = extent(cells, (c) => c.x) >= extent(cells, (c) => c.y);
  const main = (p: Placed) => (alongX ? p.x : p.y);
  const cross = (p: Placed) => (alongX ? p.y : p.x);
  const byAnchor = (a: number, b: number) => {
    const pa = (items[a] as PartitionItem).anchor;
    const pb = (items[b] as PartitionItem).anchor;
    return main(pa) - main(pb) || cross(pa) - cross(pb) || a - b;
  };
  const sorted = ids.slice().sort(byAnchor);
  const weights = sorted.map((id) => Math.max(0, (items[id] as PartitionItem).weight));
  const total = weights.reduce((a, b) => a + b, 0);

  let cut = 1;
  let leftWeight = weights[0] as number;
  let bestGap = Infinity;
  for (let k = 1, running = 0; k < sorted.length; k++) {
    running += weights[k - 1] as number;
    const gap = Math.abs(running - total / 2);
    if (gap < bestGap) {
      bestGap = gap;
      cut = k;
      leftWeight = running;
    }
  }
  const left = sorted.slice(0, cut);
  const right = sorted.slice(cut);
  const minLeft = left.reduce((s, id) => s + minOf(items[id] as PartitionItem), 0);
  const minRight = right.reduce((s, id) => s + minOf(items[id] as PartitionItem), 0);
  const share = total > 0 ? leftWeight / total : left.length / sorted.length;
  const take = Math.min(cells.length - minRight, Math.max(minLeft, Math.round(cells.length * share)));

  cells.sort((a, b) => main(a) - main(b) || cross(a) - cross(b));
  bisect(cells.slice(0, take), left, items, out);
  bisect(cells.slice(take), right, items, out);
}

function minOf(item: PartitionItem): number {
  return item.minCells ?? 1;
}

function extent<C>(cells: readonly C[], value: (c: C) => number): number {
  let min = Infinity;
  let max = -Infinity;
  for (const c of cells) {
    const v = value(c);
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return cells.length > 0 ? max - min : 0;
}
