// Cases as GeoJSON points, and the smallest change (GeoJSONSource.updateData)
// that takes the map's copy to a new list: a new case is one `add`, a moved
// or re-prioritised one an `update`, and nothing else is sent to the worker.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSourceDiff } from 'maplibre-gl';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { Project } from './projection.ts';

export type CaseFeatureProps = { id: string; code: string; title: string; priority: string; state: string; pending: boolean };
export type CaseFeature = Feature<Point, CaseFeatureProps>;

export function caseFeature(c: CaseListItem, project: Project): CaseFeature {
  return {
    type: 'Feature',
    id: c.id,
    geometry: { type: 'Point', coordinates: project(c.point) },
    properties: { id: c.id, code: c.code ?? '', title: c.title, priority: c.priority, state: c.state, pending: c.pending },
  };
}

export const casesToGeoJson = (cases: readonly CaseListItem[], project: Project): FeatureCollection<Point, CaseFeatureProps> => ({
  type: 'FeatureCollection',
  features: cases.map((c) => caseFeature(c, project)),
});

/** What the map shows of a case; a change to anything else (the timeline, the seat) needs no map work. */
const sameOnMap = (a: CaseListItem, b: CaseListItem): boolean =>
  a.point[0] === b.point[0] && a.point[1] === b.point[1] && a.priority === b.priority && a.state === b.state &&
  a.pending === b.pending && a.code === b.code && a.title === b.title;

/** The cases the map shows, by id: compared field by field, so an unchanged list of thousands allocates nothing. */
export type ShownCases = ReadonlyMap<string, CaseListItem>;

export function diffCases(prev: ShownCases, next: readonly CaseListItem[], project: Project): { diff: GeoJSONSourceDiff | null; current: Map<string, CaseListItem> } {
  const current = new Map<string, CaseListItem>();
  const add: CaseFeature[] = [];
  const update: NonNullable<GeoJSONSourceDiff['update']> = [];
  for (const c of next) {
    if (current.has(c.id)) continue;
    current.set(c.id, c);
    const before = prev.get(c.id);
    if (before === undefined) add.push(caseFeature(c, project));
    else if (before !== c && !sameOnMap(before, c)) {
      const f = caseFeature(c, project);
      update.push({ id: c.id, newGeometry: f.geometry, addOrUpdateProperties: Object.entries(f.properties).map(([key, value]) => ({ key, value })) });
    }
  }
  const remove: string[] = [];
  for (const id of prev.keys()) if (!current.has(id)) remove.push(id);
  const empty = add.length === 0 && update.length === 0 && remove.length === 0;
  return { diff: empty ? null : { add, update, remove }, current };
}
