// Cases as GeoJSON points, and the smallest change (GeoJSONSource.updateData)
// that takes the map's copy to a new state: a new case is one `add`, a moved
// or re-prioritised one an `update`, and nothing else is sent to the worker.
// A feed that knows which cases changed hands over just those (`apply`); a
// view's list reloaded on the core's change events comes with the ids those
// named (`reconcileNamed`); a full refresh is compared whole (`reconcile`).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { Project } from './projection.ts';

/**
 * Only what the layers draw and the clicks read: every property goes to the cluster
 * worker (and the heat twin's) and is kept there per point, so the title and code stay in the lists.
 */
export type CaseFeatureProps = { id: string; priority: string; state: string; pending: boolean };
export type CaseFeature = Feature<Point, CaseFeatureProps>;

export function caseFeature(c: CaseListItem, project: Project): CaseFeature {
  return {
    type: 'Feature',
    id: c.id,
    geometry: { type: 'Point', coordinates: project(c.point) },
    properties: { id: c.id, priority: c.priority, state: c.state, pending: c.pending },
  };
}

export const casesToGeoJson = (cases: readonly CaseListItem[], project: Project): FeatureCollection<Point, CaseFeatureProps> => ({
  type: 'FeatureCollection',
  features: cases.map((c) => caseFeature(c, project)),
});

/** What the map shows of a case; a change to anything else (the title, the timeline, the seat) needs no map work. */
const sameOnMap = (a: CaseListItem, b: CaseListItem): boolean =>
  a.point[0] === b.point[0] && a.point[1] === b.point[1] && a.priority === b.priority && a.state === b.state && a.pending === b.pending;

/** The cases the map shows, by id, and the smallest updateData diff to each next state. */
export type ShownCases = {
  /**
   * A whole list (a view's list after a refresh): compared field by field in
   * place, so a list of thousands with a few changes allocates only for those.
   */
  reconcile(next: readonly CaseListItem[]): GeoJSONSourceDiff | null;
  /**
   * A whole list of which only the `named` cases may differ from what is shown (the ids the core
   * named as changed): only those are compared and sent. The rest are only checked to be the
   * same set — a full list can push one out, a lit filter let one in — else it is `reconcile`d.
   */
  reconcileNamed(next: readonly CaseListItem[], named: ReadonlySet<string>): GeoJSONSourceDiff | null;
  /** Only the cases named as changed: work in proportion to the change, whatever the number shown. */
  apply(upsert: readonly CaseListItem[], remove?: readonly string[]): GeoJSONSourceDiff | null;
  /** What is shown now, for a source attached later. */
  list(): CaseListItem[];
  size(): number;
};

const updateOf = (c: CaseListItem, project: Project): NonNullable<GeoJSONSourceDiff['update']>[number] => {
  const f = caseFeature(c, project);
  return { id: c.id, newGeometry: f.geometry, addOrUpdateProperties: Object.entries(f.properties).map(([key, value]) => ({ key, value })) };
};

export function createShownCases(project: Project): ShownCases {
  const shown = new Map<string, CaseListItem>();
  // The reconcile pass in which each id was last seen: removals without building a set per pass.
  const seenIn = new Map<string, number>();
  let pass = 0;
  const diffOf = (add: CaseFeature[], update: NonNullable<GeoJSONSourceDiff['update']>, remove: string[]) =>
    add.length === 0 && update.length === 0 && remove.length === 0 ? null : { add, update, remove };

  const upsertInto = (c: CaseListItem, add: CaseFeature[], update: NonNullable<GeoJSONSourceDiff['update']>) => {
    const before = shown.get(c.id);
    if (before === undefined) add.push(caseFeature(c, project));
    else if (before !== c && !sameOnMap(before, c)) update.push(updateOf(c, project));
    shown.set(c.id, c);
  };

  const cases: ShownCases = {
    reconcile(next) {
      pass++;
      const add: CaseFeature[] = [];
      const update: NonNullable<GeoJSONSourceDiff['update']> = [];
      let distinct = 0;
      for (const c of next) {
        if (seenIn.get(c.id) === pass) continue; // listed twice
        seenIn.set(c.id, pass);
        distinct++;
        upsertInto(c, add, update);
      }
      const remove: string[] = [];
      if (distinct < shown.size) {
        for (const id of shown.keys()) {
          if (seenIn.get(id) === pass) continue;
          remove.push(id);
        }
        for (const id of remove) {
          shown.delete(id);
          seenIn.delete(id);
        }
      }
      return diffOf(add, update, remove);
    },
    reconcileNamed(next, named) {
      const upsert: CaseListItem[] = [];
      let others = 0;
      for (const c of next) {
        if (named.has(c.id)) upsert.push(c);
        else if (shown.has(c.id)) others++;
        else return cases.reconcile(next); // a case came in that no one named
      }
      let othersShown = shown.size;
      for (const id of named) if (shown.has(id)) othersShown--;
      // One went out that no one named (or one is listed twice): the set is not what it was.
      if (others !== othersShown) return cases.reconcile(next);
      const listed = new Set(upsert.map((c) => c.id));
      return cases.apply(upsert, [...named].filter((id) => !listed.has(id)));
    },
    apply(upsert, gone = []) {
      const add: CaseFeature[] = [];
      const update: NonNullable<GeoJSONSourceDiff['update']> = [];
      for (const c of upsert) {
        seenIn.set(c.id, pass);
        upsertInto(c, add, update);
      }
      const remove = gone.filter((id) => shown.delete(id) && seenIn.delete(id));
      return diffOf(add, update, remove);
    },
    list: () => [...shown.values()],
    size: () => shown.size,
  };
  return cases;
}
