// Turns the raw resource texts into typed sources. Kept apart from the file
// reading so a city that ships its data another way can reuse it.
import { z } from 'zod';
import { divisionLevels, lngLatSchema, type Platform } from '../../shared/domain/model.ts';
import { platformByChineseName } from '../../shared/catalog.ts';
import { parseCsv } from '../../shared/csv.ts';
import type { CategoryRow, DemoCitySources, DistrictShape, DivisionRow } from './types.ts';

export interface DemoCitySourceTexts {
  divisionsCsv: string;
  districtsGeoJson: string;
  categoriesCsv: string;
}

export { platformByChineseName };

const optionalCode = (digits: number) =>
  z.string().transform((value, ctx) => {
    if (value === '') return null;
    if (!new RegExp(`^\\d{${digits}}$`).test(value)) {
      ctx.addIssue({ code: 'custom', message: `expected ${digits} digits, got "${value}"` });
      return z.NEVER;
    }
    return value.padEnd(12, '0');
  });

const divisionRowSchema = z.object({
  level: z.enum(divisionLevels),
  code: z.string().regex(/^\d{12}$/),
  name: z.string().min(1),
  county_code: optionalCode(6),
  town_code: optionalCode(12),
});

const categoryRowSchema = z.object({
  kind: z.string().min(1),
  major_code: z.string().min(1),
  major_name: z.string().min(1),
  minor_code: z.string().min(1),
  minor_name: z.string().min(1),
  platform: z.string().refine((name) => name in platformByChineseName, { message: 'unknown platform' }),
  owner_department: z.string().min(1),
});

const ringSchema = z.array(lngLatSchema).min(4);
const districtFeatureSchema = z.object({
  properties: z.object({ adcode: z.number().int(), name: z.string().min(1), center: lngLatSchema }),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ringSchema).min(1)).min(1) }),
  ]),
});
const districtCollectionSchema = z.object({ features: z.array(districtFeatureSchema).min(1) });

export function parseDemoCitySources(texts: DemoCitySourceTexts): DemoCitySources {
  return {
    divisions: parseCsv(texts.divisionsCsv).map(toDivisionRow),
    districts: districtCollectionSchema.parse(JSON.parse(texts.districtsGeoJson)).features.map(toDistrict),
    categories: parseCsv(texts.categoriesCsv).map(toCategoryRow),
  };
}

function toDivisionRow(record: Record<string, string>): DivisionRow {
  const row = divisionRowSchema.parse(record);
  return { level: row.level, code: row.code, name: row.name, countyCode: row.county_code, townCode: row.town_code };
}

function toCategoryRow(record: Record<string, string>): CategoryRow {
  const row = categoryRowSchema.parse(record);
  return {
    kind: row.kind,
    majorCode: row.major_code,
    majorName: row.major_name,
    minorCode: row.minor_code,
    minorName: row.minor_name,
    platform: platformByChineseName[row.platform] as Platform,
    ownerDepartment: row.owner_department,
  };
}

function toDistrict(feature: z.infer<typeof districtFeatureSchema>): DistrictShape {
  const { geometry, properties } = feature;
  return {
    code: `${properties.adcode}000000`,
    name: properties.name,
    center: properties.center,
    polygons: geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  };
}
