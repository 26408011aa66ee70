// A city's grid boundaries as a zipped Shapefile, read into the same GeoJSON a
// GeoJSON file brings, so one validator (grid-import.ts) judges both and the
// report reads the same. The .prj says whether the coordinates are longitude
// and latitude on a datum we can take as is; the .cpg (or the .dbf's language
// byte) says how the attribute text is encoded — Chinese GIS tools write GBK
// as often as UTF-8. Pure: bytes in, GeoJSON out; the dialog and the server
// both call it.
import JSZip from 'jszip';
import { read as readShapefile } from 'shapefile';
import type { FeatureCollection } from 'geojson';
import { refusalText, type RefusalCode } from './domain/refusals.ts';

export type ShapefileZipErrorCode = 'not-zip' | 'no-shp' | 'several-shp' | 'no-dbf' | 'projected' | 'unknown-datum' | 'bad-encoding' | 'bad-shp';

const REFUSALS: Record<ShapefileZipErrorCode, RefusalCode> = {
  'not-zip': 'zipNotZip',
  'no-shp': 'zipNoShp',
  'several-shp': 'zipSeveralShp',
  'no-dbf': 'zipNoDbf',
  projected: 'zipProjected',
  'unknown-datum': 'zipUnknownDatum',
  'bad-encoding': 'zipBadEncoding',
  'bad-shp': 'zipBadShp',
};

export class ShapefileZipError extends Error {
  readonly code: ShapefileZipErrorCode;
  readonly detail: string;
  constructor(code: ShapefileZipErrorCode, detail = '') {
    const text = refusalText(REFUSALS[code]);
    super(detail ? refusalText('withDetail', { inner: text, detail }) : text);
    this.name = 'ShapefileZipError';
    this.code = code;
    this.detail = detail;
  }
}

export type ShapefileZip = {
  geojson: FeatureCollection;
  /** The layer's name: the .shp's file name without extension. */
  layer: string;
  /** The encoding the attributes were decoded with (a TextDecoder label). */
  encoding: string;
  /** The datum the .prj names; null when the zip has no .prj (then taken as WGS84). */
  datum: 'WGS84' | 'CGCS2000' | null;
};

const CODE_PAGES: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', '65001': 'utf-8',
  gbk: 'gbk', cp936: 'gbk', '936': 'gbk', ms936: 'gbk', 'windows-936': 'gbk', gb2312: 'gbk', 'gb-2312': 'gbk',
  gb18030: 'gb18030', '54936': 'gb18030',
};

/** A .cpg holds a code page name or number; map it to a TextDecoder label. */
export function encodingOfCpg(text: string): string {
  const label = text.trim().toLowerCase();
  const known = CODE_PAGES[label];
  if (known) return known;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw new ShapefileZipError('bad-encoding', text.trim());
  }
}

/** Without a .cpg: the .dbf's language driver byte, else UTF-8 if the records decode as UTF-8, else GBK. */
export function guessDbfEncoding(dbf: Uint8Array): string {
  const ldid = dbf[29];
  if (ldid === 0x4d || ldid === 0x7a) return 'gbk'; // 936: simplified Chinese (GBK)
  const headerLength = dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** Only longitude/latitude on WGS84 or CGCS2000 (the same within centimetres at a city's scale) is taken. */
export function datumOfPrj(wkt: string): 'WGS84' | 'CGCS2000' {
  const text = wkt.trim();
  if (/^PROJCS\b|^PROJCRS\b/i.test(text)) throw new ShapefileZipError('projected', /^\w+\["([^"]*)"/.exec(text)?.[1] ?? '');
  const datum = /DATUM\["([^"]*)"/i.exec(text)?.[1] ?? '';
  if (/WGS[\s_]*(19)?84/i.test(datum)) return 'WGS84';
  if (/(CGCS|China)[\s_]*2000/i.test(datum)) return 'CGCS2000';
  throw new ShapefileZipError('unknown-datum', datum || text.slice(0, 60));
}

const baseName = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

export async function readShapefileZip(bytes: Uint8Array): Promise<ShapefileZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new ShapefileZipError('not-zip', err instanceof Error ? err.message : '');
  }
  // macOS archives carry resource forks under __MACOSX/ that also end in .shp.
  const files = Object.values(zip.files).filter((f) => !f.dir && !/(^|\/)(__MACOSX\/|\.)/.test(f.name));
  const shps = files.filter((f) => /\.shp$/i.test(f.name));
  if (shps.length === 0) throw new ShapefileZipError('no-shp');
  if (shps.length > 1) throw new ShapefileZipError('several-shp', shps.map((f) => f.name).join(', '));
  const shp = shps[0]!;
  const stem = shp.name.slice(0, -4);
  const sibling = (ext: string) => files.find((f) => f.name.length === stem.length + ext.length && f.name.slice(0, stem.length) === stem && f.name.slice(stem.length).toLowerCase() === ext);
  const dbfEntry = sibling('.dbf');
  if (!dbfEntry) throw new ShapefileZipError('no-dbf', `${stem}.dbf`);
  const prj = sibling('.prj');
  const cpg = sibling('.cpg');

  const datum = prj ? datumOfPrj(await prj.async('string')) : null;
  const dbf = await dbfEntry.async('uint8array');
  const encoding = cpg ? encodingOfCpg(await cpg.async('string')) : guessDbfEncoding(dbf);
  let geojson: FeatureCollection;
  try {
    geojson = await readShapefile(await shp.async('uint8array'), dbf, { encoding });
  } catch (err) {
    throw new ShapefileZipError('bad-shp', err instanceof Error ? err.message : String(err));
  }
  return { geojson: { type: 'FeatureCollection', features: geojson.features }, layer: baseName(shp.name), encoding, datum };
}
