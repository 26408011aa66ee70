// The map's pure parts: boxes, the drill-down tree, what a click drills into,
// search, and the minimal updates for grid status and case points.
import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../../../shared/contract.ts';
import type { Division, Grid } from '../../../shared/domain/model.ts';
import { bboxContains, ringBBox, ringLabelPoint } from './bbox.ts';
import { parseBasemap, validTemplate } from './basemap.ts';
import { createShownCases } from './case-features.ts';
import { buildDivisionTree, shortDivisionName } from './division-tree.ts';
import { drillTarget, focusForView, levelForZoom, type ScreenRect } from './drill.ts';
import { DEFAULT_VISIBILITY, loadVisibility } from './layer-groups.ts';
import { looksLikeCaseCode, searchPlaces } from './map-search.ts';
import { identity, projectGeoJson, projectionFor } from './projection.ts';

const div = (code: string, name: string, level: Division['level'], parentCode: string | null): Division => ({ code, name, level, parentCode });
const square = (x: number, y: number, s = 0.01): Grid['ring'] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const grid = (code: string, name: string, x: number, y: number): Grid => ({
  code, name, kind: 'urban', communityCode: code.slice(0, 12), households: 300, population: 900, areaKm2: 0.8, ring: square(x, y),
});

const divisions = [
  div('230800000000', '佳木斯市', 'city', null),
  div('230803000000', '向阳区', 'county', '230800000000'),
  div('230803001000', '西林街道', 'town', '230803000000'),
  div('230803001001', '安民社区居委会', 'village', '230803001000'),
  div('230803001002', '光明社区居委会', 'village', '230803001000'),
  div('230803002000', '建设街道', 'town', '230803000000'),
  div('230803002001', '空社区居委会', 'village', '230803002000'),
  div('230804000000', '前进区', 'county', '230800000000'),
  div('230804001000', '永安街道', 'town', '230804000000'),
  div('230804001001', '永安村村民委员会', 'village', '230804001000'),
];
const grids = [
  grid('230803001001001', '安民社区第一网格', 130.30, 46.80),
  grid('230803001001002', '安民社区第二网格', 130.31, 46.80),
  grid('230803001002001', '光明社区第一网格', 130.30, 46.81),
  grid('230804001001001', '永安村第一网格', 130.40, 46.70),
  // Its community is missing from the directory: it hangs under its town by code.
  grid('230804001009001', '孤立网格', 130.42, 46.72),
];
const tree = buildDivisionTree(divisions, grids);

describe('boxes', () => {
  it('bounds a ring and puts a label inside it', () => {
    const ring = square(130, 46, 0.02);
    expect(ringBBox(ring)).toEqual([130, 46, 130.02, 46.02]);
    const p = ringLabelPoint(ring);
    expect(p[0]).toBeCloseTo(130.01, 6);
    expect(p[1]).toBeCloseTo(46.01, 6);
    expect(bboxContains(ringBBox(ring), p)).toBe(true);
  });
});

describe('the drill-down tree', () => {
  it('nests grids under communities, streets and districts, each with the box of its grids', () => {
    expect(tree.path('230803001001002').map((n) => n.name)).toEqual(['佳木斯市', '向阳区', '西林街道', '安民社区', '安民社区第二网格']);
    const town = tree.nodes.get('230803001000')!;
    expect(town.gridCount).toBe(3);
    expect(town.bbox).toEqual([130.3, 46.8, 130.32, 46.82]);
    expect(tree.nodes.get('230804001000')!.children).toEqual(['230804001001', '230804001009001']);
  });

  it('leaves out divisions without grids', () => {
    expect(tree.nodes.get('230803000000')!.children).toEqual(['230803001000']);
    expect(tree.nodes.get(tree.rootCode!)!.children).toEqual(['230803000000', '230804000000']);
  });

  it('gives a directory without a city row a root the breadcrumb leads back to', () => {
    const noCity = buildDivisionTree(divisions.slice(1), grids);
    expect(noCity.rootCode).toBe('root');
    expect(noCity.path('230803001001002').map((n) => n.code)).toEqual(['root', '230803000000', '230803001000', '230803001001', '230803001001002']);
  });

  it('drops committee suffixes from names', () => {
    expect(shortDivisionName('安民社区居委会')).toBe('安民社区');
    expect(shortDivisionName('永安村村民委员会')).toBe('永安村');
    expect(shortDivisionName('居委会')).toBe('居委会');
    // As the community's grids are named (长安村第一网格): the village keeps its 村.
    expect(shortDivisionName('长安村委会')).toBe('长安村');
    expect(shortDivisionName('福前社区第一居民委员会')).toBe('福前社区第一居委');
  });
});

describe('where the breadcrumb stands after the user moves the map', () => {
  // A plain linear screen: k pixels a degree, lon0 at the left edge, north up.
  const screen = (k: number, lon0 = 130.29, lat0 = 46.83) => (b: readonly number[]): ScreenRect => [(b[0]! - lon0) * k, (lat0 - b[3]!) * k, (b[2]! - lon0) * k, (lat0 - b[1]!) * k];
  const view = { width: 1000, height: 600 };
  const community = '230803001001';
  it('keeps a focus that still fills a good part of the view, or that was not zoomed out of', () => {
    expect(focusForView(tree, community, screen(11000, 130.29, 46.83), view, false)).toBe(community);
    expect(focusForView(tree, community, screen(20000, 130.29, 46.83), view, true)).toBe(community);
  });
  it('steps up to the nearest ancestor that is not small in the view once zoomed out', () => {
    // 安民社区 is 220 × 110 px here (under a quarter of 1000 × 600 both ways), 西林街道 220 × 220.
    expect(focusForView(tree, community, screen(11000, 130.29, 46.83), view, true)).toBe('230803001000');
    expect(focusForView(tree, community, screen(500, 130.29, 46.83), view, true)).toBe('230800000000');
  });
  it('steps up from a focus panned wholly out of sight', () => {
    // The community lies left of the view; so do its street and district (whose grids are the same).
    expect(focusForView(tree, community, screen(11000, 130.325), view, false)).toBe('230800000000');
    expect(focusForView(tree, '230804001001', screen(11000, 130.325, 46.75), view, false)).toBe('230804001001');
  });
  it('leaves no focus and the city as they are', () => {
    expect(focusForView(tree, null, screen(500), view, true)).toBeNull();
    expect(focusForView(tree, '230800000000', screen(10), view, true)).toBe('230800000000');
  });
});

describe('what a click on a grid drills into', () => {
  const code = '230803001001002';
  it('goes one level below the focus along the grid’s path at city scale', () => {
    expect(drillTarget(tree, null, code, 9)!.code).toBe('230803000000');
    expect(drillTarget(tree, '230803000000', code, 9)!.code).toBe('230803001000');
    expect(drillTarget(tree, '230803001000', code, 9)!.code).toBe('230803001001');
  });
  it('goes as deep as the zoom already shows', () => {
    expect(levelForZoom(13.5)).toBe('grid');
    expect(drillTarget(tree, null, code, 13.5)!.code).toBe(code);
    expect(drillTarget(tree, null, code, 12.2)!.code).toBe('230803001001');
  });
  it('from a focus elsewhere, starts below the common ancestor', () => {
    expect(drillTarget(tree, '230804001000', code, 9)!.code).toBe('230803000000');
  });
  it('stays on the grid when it is the focus', () => {
    expect(drillTarget(tree, code, code, 9)!.code).toBe(code);
  });
});

describe('map search', () => {
  it('finds grids and divisions by code prefix, the exact code first', () => {
    expect(searchPlaces(tree, '230803001001002').hits[0]!.code).toBe('230803001001002');
    expect(searchPlaces(tree, '230803001').hits.map((h) => h.code)[0]).toBe('230803001000');
  });
  it('finds communities by name, with their street as context', () => {
    const [hit] = searchPlaces(tree, '安民社区').hits;
    expect(hit).toMatchObject({ code: '230803001001', level: 'village', context: '向阳区 / 西林街道' });
  });
  it('puts what a name starts with first, the higher level first, and counts all it found', () => {
    const named = buildDivisionTree([
      div('230800000000', '佳木斯市', 'city', null),
      div('230805000000', '东风区', 'county', '230800000000'),
      div('230805001000', '东风街道', 'town', '230805000000'),
      div('230805001001', '东风社区居委会', 'village', '230805001000'),
      div('230805001002', '东风村委会', 'village', '230805001000'),
      div('230805001003', '新东风村委会', 'village', '230805001000'),
    ], [grid('230805001001001', '东风社区第一网格', 130.3, 46.8), grid('230805001002001', '东风村第一网格', 130.4, 46.8), grid('230805001003001', '新东风村第一网格', 130.5, 46.8)]);
    const found = searchPlaces(named, '东风');
    expect(found.hits.map((h) => h.name)).toEqual(['东风区', '东风街道', '东风社区', '东风村', '东风社区第一网格', '东风村第一网格', '新东风村', '新东风村第一网格']);
    expect(found.total).toBe(8);
    expect(searchPlaces(named, '东风', 3)).toMatchObject({ total: 8, hits: [{ name: '东风区' }, { name: '东风街道' }, { name: '东风社区' }] });
    // The exact name before a longer one of the same level.
    expect(searchPlaces(named, '东风村').hits[0]!.name).toBe('东风村');
  });
  it('in English, finds places by their pinyin names or their Chinese ones, and names them in English', () => {
    const [hit] = searchPlaces(tree, 'anmin', 12, 'en').hits;
    expect(hit).toMatchObject({ code: '230803001001', name: 'Anmin Community', context: 'Xiangyang District / Xilin Subdistrict' });
    // Typed with its space, or as one word; and in Chinese.
    expect(searchPlaces(tree, 'Anmin Community', 12, 'en').hits[0]!.code).toBe('230803001001');
    expect(searchPlaces(tree, 'anmincommunity', 12, 'en').hits[0]!.code).toBe('230803001001');
    expect(searchPlaces(tree, '安民社区', 12, 'en').hits[0]).toMatchObject({ code: '230803001001', name: 'Anmin Community' });
    expect(searchPlaces(tree, 'no such place', 12, 'en').total).toBe(0);
    // Apostrophes and spaces alone find nothing (with them taken out, the text would be in every name).
    expect(searchPlaces(tree, "' '", 12, 'en').total).toBe(0);
  });
  it('tells case codes apart', () => {
    expect(looksLikeCaseCode('JQ-20261126-0001')).toBe(true);
    expect(looksLikeCaseCode('jq-2026')).toBe(true);
    expect(looksLikeCaseCode('安民')).toBe(false);
  });
});

describe('case points as updateData diffs', () => {
  const item = (id: string, patch: Partial<CaseListItem> = {}) => ({ id, code: null, title: 't', point: [130.3, 46.8], priority: 'normal', state: 'reported', pending: false, ...patch }) as CaseListItem;
  it('adds new cases, updates changed ones, removes gone ones, and sends nothing when nothing moved', () => {
    const shown = createShownCases(identity);
    expect(shown.reconcile([item('1'), item('2'), item('1')])!.add!.map((f) => f.id)).toEqual(['1', '2']);
    const b = shown.reconcile([item('1', { priority: 'critical' }), item('3')])!;
    expect(b.add!.map((f) => f.id)).toEqual(['3']);
    expect(b.update!.map((u) => u.id)).toEqual(['1']);
    expect(b.remove).toEqual(['2']);
    expect(shown.reconcile([item('1', { priority: 'critical' }), item('3')])).toBeNull();
    // A change that is not on the map (the title, the timeline, the seat) sends nothing.
    expect(shown.reconcile([item('1', { priority: 'critical', title: '改了标题', seatId: 's1' } as Partial<CaseListItem>), item('3')])).toBeNull();
  });
  it('applies changed cases by id without the rest of the list, and a later whole list still settles removals', () => {
    const shown = createShownCases(identity);
    shown.reconcile(Array.from({ length: 1000 }, (_, i) => item(String(i))));
    const d = shown.apply([item('5', { state: 'dispatched' }), item('new')], ['7', 'absent'])!;
    expect(d.add!.map((f) => f.id)).toEqual(['new']);
    expect(d.update!.map((u) => u.id)).toEqual(['5']);
    expect(d.remove).toEqual(['7']);
    expect(shown.size()).toBe(1000);
    expect(shown.apply([item('5', { state: 'dispatched' })])).toBeNull();
    const settled = shown.reconcile([item('5', { state: 'dispatched' }), item('new')])!;
    expect(settled.add).toEqual([]);
    expect(settled.remove).toHaveLength(998);
    expect(shown.list().map((c) => c.id)).toEqual(['5', 'new']);
  });
});

describe('basemap and layer settings', () => {
  it('accepts only usable tile templates and 天地图 keys, else stays offline', () => {
    expect(validTemplate('https://tiles.example.com/{z}/{x}/{y}.png')).toBe(true);
    expect(validTemplate('https://tiles.example.com/{z}/{x}.png')).toBe(false);
    expect(validTemplate('file:///{z}/{x}/{y}.png')).toBe(false);
    expect(parseBasemap({ kind: 'tianditu', key: 'not a key' })).toEqual({ kind: 'offline' });
    expect(parseBasemap({ kind: 'xyz', url: 'https://t.example.com/{z}/{x}/{y}', gcj02: true })).toMatchObject({ kind: 'xyz', gcj02: true, scheme: 'xyz' });
    expect(parseBasemap(null)).toEqual({ kind: 'offline' });
  });
  it('restores saved layer switches and ignores junk', () => {
    expect(loadVisibility({ getItem: () => '{"heat":true,"cases":"x"}' })).toEqual({ ...DEFAULT_VISIBILITY, heat: true });
    expect(loadVisibility({ getItem: () => '{oops' })).toEqual(DEFAULT_VISIBILITY);
  });
});

describe('GCJ-02 projection', () => {
  it('shifts Jiamusi by about +0.008° lon / +0.002° lat, and rewrites every position of a GeoJSON value', () => {
    const [x, y] = projectionFor(true)([130.35, 46.79]);
    expect(x - 130.35).toBeGreaterThan(0.005);
    expect(x - 130.35).toBeLessThan(0.011);
    expect(y - 46.79).toBeGreaterThan(0.001);
    const moved = projectGeoJson({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { center: [1, 2] }, geometry: { type: 'Point', coordinates: [130.35, 46.79] } }] }, projectionFor(true));
    expect(moved.features[0]!.geometry.coordinates[0]).toBeCloseTo(x, 9);
    expect(moved.features[0]!.properties.center).toEqual([1, 2]);
  });
});
