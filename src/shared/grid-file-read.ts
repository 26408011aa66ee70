// A grid import's file to the GeoJSON, in WGS84, that validateGridImport
// checks: the same for the dialog's preview and the server's import, so both
// judge exactly the same features.
import { gridFileToWgs84, type GridFileCrs } from './grid-crs.ts';
import { base64ToBytes } from './grid-file.ts';
import { readShapefileZip, ShapefileZipError } from './shapefile-zip.ts';

export async function gridFileGeoJson(input: { geojson?: unknown; shapefileZip?: string; crs: GridFileCrs }): Promise<unknown> {
  if (input.shapefileZip === undefined) return gridFileToWgs84(input.geojson, input.crs);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(input.shapefileZip);
  } catch {
    throw new ShapefileZipError('not-zip', 'base64');
  }
  return gridFileToWgs84((await readShapefileZip(bytes)).geojson, input.crs);
}
