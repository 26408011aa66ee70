// Writes small polygon Shapefiles (.shp, .shx, .dbf, and the .prj/.cpg a GIS
// tool adds) and zips them, byte for byte per the ESRI and dBASE layouts, so
// the import tests build the files a city would send instead of trusting a
// library to write what another library reads.
import JSZip from 'jszip';

type Pt = [number, number];
/** `holes`: inner rings, written as further parts running counter-clockwise (the format's mark of a hole). */
export type ShapeRecord = { ring: Pt[]; holes?: Pt[][]; props: Record<string, string | number> };
export type DbfField = { name: string; type: 'C' | 'N'; length: number };
export type TextEncoding = 'utf-8' | 'gbk';

export const WGS84_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
export const CGCS2000_PRJ = 'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
export const GAUSS_KRUGER_PRJ = 'PROJCS["CGCS2000_3_Degree_GK_CM_132E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]],PROJECTION["Gauss_Kruger"]]';

let gbkTable: Map<string, number[]> | null = null;
/** GBK bytes for a string: the table is TextDecoder('gbk') run backwards over every two-byte code. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(gbkTable.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

const encode = (text: string, encoding: TextEncoding) => (encoding === 'gbk' ? encodeGbk(text) : new TextEncoder().encode(text));

/** Shapefile outer rings run clockwise (shoelace sum negative in x-east, y-north). */
function clockwise(ring: Pt[]): Pt[] {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += (ring[i + 1]![0] - ring[i]![0]) * (ring[i + 1]![1] + ring[i]![1]);
  return sum > 0 ? ring : [...ring].reverse();
}

function bboxOf(points: Pt[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(view: DataView, fileBytes: number, box: [number, number, number, number]) {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true); // polygon
  box.forEach((v, i) => view.setFloat64(36 + i * 8, v, true));
}

export function writeShp(records: ShapeRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const shapes = records.map((r) => [clockwise(r.ring), ...(r.holes ?? []).map((h) => [...clockwise(h)].reverse())]);
  const contents = shapes.map((parts) => 44 + 4 * parts.length + parts.flat().length * 16);
  const shpBytes = 100 + contents.reduce((s, c) => s + 8 + c, 0);
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  const box = bboxOf(shapes.flat(2));
  header(shp, shpBytes, box);
  header(shx, shx.byteLength, box);
  let at = 100;
  shapes.forEach((parts, i) => {
    const points = parts.flat();
    shx.setInt32(100 + i * 8, at / 2, false);
    shx.setInt32(104 + i * 8, contents[i]! / 2, false);
    shp.setInt32(at, i + 1, false);
    shp.setInt32(at + 4, contents[i]! / 2, false);
    const c = at + 8;
    shp.setInt32(c, 5, true);
    bboxOf(points).forEach((v, k) => shp.setFloat64(c + 4 + k * 8, v, true));
    shp.setInt32(c + 36, parts.length, true);
    shp.setInt32(c + 40, points.length, true);
    let start = 0;
    parts.forEach((part, k) => {
      shp.setInt32(c + 44 + k * 4, start, true);
      start += part.length;
    });
    const p0 = c + 44 + parts.length * 4;
    points.forEach((p, k) => {
      shp.setFloat64(p0 + k * 16, p[0], true);
      shp.setFloat64(p0 + 8 + k * 16, p[1], true);
    });
    at = c + contents[i]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** dBASE III: fixed-width text records; `ldid` 0x4D marks GBK (code page 936). */
export function writeDbf(records: ShapeRecord[], fields: DbfField[], encoding: TextEncoding, ldid = 0): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes.set([126, 1, 1], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = ldid;
  fields.forEach((f, i) => {
    const at = 32 + i * 32;
    bytes.set(encode(f.name, encoding).subarray(0, 10), at);
    bytes[at + 11] = f.type.charCodeAt(0);
    bytes[at + 16] = f.length;
  });
  bytes[headerLength - 1] = 0x0d;
  records.forEach((r, i) => {
    let at = headerLength + i * recordLength;
    bytes[at++] = 0x20;
    for (const f of fields) {
      const value = r.props[f.name];
      const raw = encode(value === undefined ? '' : String(value), encoding).subarray(0, f.length);
      const cell = new Uint8Array(f.length).fill(0x20);
      cell.set(raw, f.type === 'N' ? f.length - raw.length : 0);
      bytes.set(cell, at);
      at += f.length;
    }
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

export type ZipOptions = { layer?: string; fields: DbfField[]; encoding: TextEncoding; cpg?: string | null; prj?: string | null; ldid?: number; omit?: ('shp' | 'dbf' | 'shx')[] };

export async function zipShapefile(records: ShapeRecord[], opts: ZipOptions): Promise<Uint8Array> {
  const layer = opts.layer ?? '网格';
  const zip = new JSZip();
  const { shp, shx } = writeShp(records);
  if (!opts.omit?.includes('shp')) zip.file(`${layer}.shp`, shp);
  if (!opts.omit?.includes('shx')) zip.file(`${layer}.shx`, shx);
  if (!opts.omit?.includes('dbf')) zip.file(`${layer}.dbf`, writeDbf(records, opts.fields, opts.encoding, opts.ldid));
  if (opts.prj) zip.file(`${layer}.prj`, opts.prj);
  if (opts.cpg) zip.file(`${layer}.cpg`, opts.cpg);
  return zip.generateAsync({ type: 'uint8array' });
}
