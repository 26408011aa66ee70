// Division records (行政区划) with their parent links, from the NBS rows.
import type { Division } from '../../shared/domain/model.ts';
import type { DivisionRow } from './types.ts';

export function buildDivisions(rows: readonly DivisionRow[]): Division[] {
  const city = rows.find((r) => r.level === 'city');
  if (!city) throw new Error('divisions: no city row');
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.level === 'city' ? null : row.level === 'county' ? city.code : row.level === 'town' ? row.countyCode : row.townCode,
  }));
}
