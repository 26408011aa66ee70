// Zipped Shapefiles as GIS tools write them — UTF-8 or GBK attributes, with
// or without .cpg and .prj, GCJ-02 or WGS84 — read into the GeoJSON the grid
// import validates; and each broken zip refused with its reason.
import { describe, expect, it } from 'vitest';
import type { Division } from './domain/model.ts';
import { validateGridImport } from './grid-import.ts';
import { gridFileGeoJson } from './grid-file-read.ts';
import { bytesToBase64 } from './grid-file.ts';
import { datumOfPrj, encodingOfCpg, readShapefileZip, ShapefileZipError } from './shapefile-zip.ts';
import { CGCS2000_PRJ, GAUSS_KRUGER_PRJ, WGS84_PRJ, zipShapefile, type ShapeRecord } from '../../tests/support/shapefile-writer.ts';

const divisions: Division[] = [
  { code: '230803001000', name: '西林街道', level: 'town', parentCode: '230803000000' },
  { code: '230803001001', name: '安民社区居委会', level: 'village', parentCode: '230803001000' },
];

const cell = (i: number, s = 0.01): [number, number][] => {
  const x = 130.3 + i * s;
  const y = 46.8;
  return [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
};
const grids = (codeKey: string, nameKey: string): ShapeRecord[] => [
  { ring: cell(0), props: { [codeKey]: '230803001001001', [nameKey]: '安民第一网格', households: 320 } },
  { ring: cell(1), props: { [codeKey]: '230803001001002', [nameKey]: '安民第二网格', households: 280 } },
];
const utf8Fields = [{ name: 'CODE', type: 'C', length: 15 }, { name: 'NAME', type: 'C', length: 40 }, { name: 'households', type: 'N', length: 6 }] as const;
const gbkFields = [{ name: '网格编码', type: 'C', length: 15 }, { name: '网格名称', type: 'C', length: 40 }, { name: 'households', type: 'N', length: 6 }] as const;

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ShapefileZipError);
  return (err as ShapefileZipError).code;
}

describe('zipped Shapefile import', () => {
  it('reads UTF-8 attributes named by the .cpg, with upper-case field names, into grids', async () => {
    const zip = await zipShapefile(grids('CODE', 'NAME'), { fields: [...utf8Fields], encoding: 'utf-8', cpg: 'UTF-8', prj: WGS84_PRJ });
    const read = await readShapefileZip(zip);
    expect(read).toMatchObject({ layer: '网格', encoding: 'utf-8', datum: 'WGS84' });
    expect(read.geojson.features).toHaveLength(2);
    const report = validateGridImport(read.geojson, { divisions });
    expect(report.errors).toBe(0);
    expect(report.grids.map((g) => [g.code, g.name, g.households])).toEqual([['230803001001001', '安民第一网格', 320], ['230803001001002', '安民第二网格', 280]]);
    // The ring comes back closed and as drawn, only turned to GeoJSON's order.
    expect(report.grids[0]!.ring).toHaveLength(5);
    expect(report.grids[0]!.areaKm2).toBeGreaterThan(0.7);
  });

  it('reads a polygon with a hole (a further part running the other way) into a grid with its hole, and the grid inside it', async () => {
    const square = (x: number, y: number, s: number): [number, number][] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
    const hole = square(130.31, 46.81, 0.01);
    const records: ShapeRecord[] = [
      { ring: square(130.3, 46.8, 0.03), holes: [hole], props: { CODE: '230803001001001', NAME: '环校网格' } },
      { ring: hole, props: { CODE: '230803001001002', NAME: '学校网格' } },
    ];
    const read = await readShapefileZip(await zipShapefile(records, { fields: [...utf8Fields], encoding: 'utf-8', cpg: 'UTF-8', prj: WGS84_PRJ }));
    const report = validateGridImport(read.geojson, { divisions });
    expect(report.issues).toEqual([]);
    expect(report.grids[0]!.holes).toHaveLength(1);
    expect(report.grids[0]!.holes![0]).toHaveLength(5);
    expect(report.grids[1]!.holes).toBeUndefined();
    expect(report.grids[0]!.areaKm2 / report.grids[1]!.areaKm2).toBeCloseTo(8, 1);
  });

  it('decodes GBK attributes and Chinese field names, from the .cpg, the language byte, or by guessing', async () => {
    const records = grids('网格编码', '网格名称');
    for (const opts of [{ cpg: 'GBK' }, { cpg: '936' }, { cpg: null, ldid: 0x4d }, { cpg: null }]) {
      const read = await readShapefileZip(await zipShapefile(records, { fields: [...gbkFields], encoding: 'gbk', prj: CGCS2000_PRJ, ...opts }));
      expect(read.encoding).toBe('gbk');
      expect(read.datum).toBe('CGCS2000');
      const report = validateGridImport(read.geojson, { divisions });
      expect(report.grids.map((g) => g.name)).toEqual(['安民第一网格', '安民第二网格']);
    }
  });

  it('shifts GCJ-02 coordinates back to WGS84 before they are checked', async () => {
    const zip = await zipShapefile(grids('code', 'name'), { fields: [{ name: 'code', type: 'N', length: 15 }, { name: 'name', type: 'C', length: 40 }], encoding: 'utf-8', cpg: 'UTF-8' });
    const asIs = validateGridImport(await gridFileGeoJson({ shapefileZip: bytesToBase64(zip), crs: 'wgs84' }), { divisions });
    const shifted = validateGridImport(await gridFileGeoJson({ shapefileZip: bytesToBase64(zip), crs: 'gcj02' }), { divisions });
    expect(asIs.grids[0]!.code).toBe('230803001001001'); // a numeric field keeps all 15 digits
    const [x0, y0] = asIs.grids[0]!.ring[0]!;
    const [x1, y1] = shifted.grids[0]!.ring[0]!;
    // GCJ-02 sits a few hundred metres off WGS84 here: going back moves west-ish and south-ish.
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeGreaterThan(0.001);
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(0.02);
    expect(shifted.errors).toBe(0);
    // A GeoJSON file in GCJ-02 is shifted the same way; what is not a position is left for the validator.
    const geojson = { type: 'FeatureCollection', features: [...asIs.grids.map((g) => ({ type: 'Feature', properties: { code: g.code }, geometry: { type: 'Polygon', coordinates: [g.ring] } })), { type: 'Feature', properties: {}, geometry: null }] };
    const fromJson = (await gridFileGeoJson({ geojson, crs: 'gcj02' })) as typeof geojson;
    expect(fromJson.features[0]!.geometry!.coordinates[0]![0]).toEqual(shifted.grids[0]!.ring[0]);
    expect(fromJson.features[2]!.geometry).toBeNull();
    expect(await gridFileGeoJson({ geojson, crs: 'wgs84' })).toBe(geojson);
  });

  it('refuses a broken zip, a missing .shp or .dbf, several layers, projected or foreign coordinates', async () => {
    const records = grids('code', 'name');
    const fields = [{ name: 'code', type: 'C', length: 15 }, { name: 'name', type: 'C', length: 40 }] as const;
    const good = await zipShapefile(records, { fields: [...fields], encoding: 'utf-8' });
    expect(await refusal(readShapefileZip(good.subarray(0, good.length / 2)))).toBe('not-zip');
    expect(await refusal(readShapefileZip(new TextEncoder().encode('{"type":"FeatureCollection"}')))).toBe('not-zip');
    expect(await refusal(readShapefileZip(await zipShapefile(records, { fields: [...fields], encoding: 'utf-8', omit: ['shp'] })))).toBe('no-shp');
    expect(await refusal(readShapefileZip(await zipShapefile(records, { fields: [...fields], encoding: 'utf-8', omit: ['dbf'] })))).toBe('no-dbf');
    expect(await refusal(readShapefileZip(await zipShapefile(records, { fields: [...fields], encoding: 'utf-8', prj: GAUSS_KRUGER_PRJ })))).toBe('projected');
    expect(await refusal(readShapefileZip(await zipShapefile(records, { fields: [...fields], encoding: 'utf-8', cpg: 'KLINGON-1' })))).toBe('bad-encoding');
    expect(await refusal(gridFileGeoJson({ shapefileZip: '***', crs: 'wgs84' }))).toBe('not-zip');

    const JSZip = (await import('jszip')).default;
    const two = await JSZip.loadAsync(good);
    two.file('other.shp', await two.file('网格.shp')!.async('uint8array'));
    expect(await refusal(readShapefileZip(await two.generateAsync({ type: 'uint8array' })))).toBe('several-shp');
    const cut = await JSZip.loadAsync(good);
    cut.file('网格.shp', (await cut.file('网格.shp')!.async('uint8array')).subarray(0, 60));
    expect(await refusal(readShapefileZip(await cut.generateAsync({ type: 'uint8array' })))).toBe('bad-shp');
  });

  it('names code pages and datums as GIS tools write them', () => {
    expect(encodingOfCpg(' utf8\n')).toBe('utf-8');
    expect(encodingOfCpg('CP936')).toBe('gbk');
    expect(encodingOfCpg('GB18030')).toBe('gb18030');
    expect(datumOfPrj(WGS84_PRJ)).toBe('WGS84');
    expect(datumOfPrj(CGCS2000_PRJ)).toBe('CGCS2000');
    expect(() => datumOfPrj('GEOGCS["GCS_Beijing_1954",DATUM["D_Beijing_1954",SPHEROID["Krasovsky_1940",6378245.0,298.3]]]')).toThrow(/WGS84 或 CGCS2000：D_Beijing_1954/);
    expect(() => datumOfPrj(GAUSS_KRUGER_PRJ)).toThrow(/投影坐标系.*：CGCS2000_3_Degree_GK_CM_132E/);
  });
});
