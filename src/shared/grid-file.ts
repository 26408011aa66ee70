// What a grid import carries from the dialog through the core to the server:
// the file as the city has it — GeoJSON, or a zipped Shapefile as base64 — and
// the coordinate system it is drawn in. Light on purpose (zod only): the
// contract imports it, and the zip reader stays out of every bundle that does.
import { z } from 'zod';
import { gridFileCrs } from './grid-crs.ts';

/**
 * What the file's grids replace among the stored ones: the grids of the same codes (a boundary
 * corrected here and there), or all the grids of each community the file covers (a community
 * divided anew, under new codes).
 */
export const gridImportModes = ['codes', 'communities'] as const;

/** The largest import request, file and all, that the server reads (and so each link on the way must carry). */
export const MAX_GRID_IMPORT_BYTES = 64 * 1024 * 1024;
export type GridImportMode = (typeof gridImportModes)[number];

export const gridImportInputSchema = z
  .object({
    geojson: z.unknown().optional(),
    /** A zipped Shapefile (.shp, .dbf, optional .prj and .cpg), base64. */
    shapefileZip: z.string().optional(),
    crs: z.enum(gridFileCrs).default('wgs84'),
    /** Which stored grids the file's grids replace (grid-import.ts). */
    mode: z.enum(gridImportModes).default('codes'),
  })
  .refine((v) => (v.geojson === undefined) !== (v.shapefileZip === undefined), '须提供 geojson 或 shapefileZip 之一');
export type GridImportInput = z.input<typeof gridImportInputSchema>;

export function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  // Chunks keep String.fromCharCode's argument list under the engine's limit.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function base64ToBytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** A zip starts with a local file header; checking it spares a JSON parse of binary. */
export const looksLikeZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
