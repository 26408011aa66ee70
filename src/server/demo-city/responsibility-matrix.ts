// The responsibility matrix (属地管理: one owner per case). Citywide rules come
// from the catalog's owner column, at the minor category, the major category
// (its most common owner) and the platform (a default bureau). 郊区 overrides
// route to its own bureaus, and the catalog's 街道办事处 to the street or
// township office of the case's town.
import type { Platform } from '../../shared/domain/model.ts';
import { JIAOQU_CODE, platformDefaultBureau, type DepartmentDirectory } from './departments.ts';
import type { CategoryRow, ResponsibilityRule } from './types.ts';

type RuleKey = Pick<ResponsibilityRule, 'categoryKind' | 'majorCode' | 'minorCode' | 'platform'>;

export function buildResponsibilityMatrix(categories: readonly CategoryRow[], directory: DepartmentDirectory): ResponsibilityRule[] {
  const rules: ResponsibilityRule[] = [];
  const addAllAreas = (key: RuleKey, bureauId: string) => {
    rules.push({ ...key, countyCode: null, townCode: null, departmentId: bureauId });
    const districtOwner = directory.jiaoquOwner.get(bureauId);
    if (districtOwner) rules.push({ ...key, countyCode: JIAOQU_CODE, townCode: null, departmentId: districtOwner });
    if (bureauId === 'jiedao') {
      for (const [townCode, office] of directory.townOffices) {
        rules.push({ ...key, countyCode: JIAOQU_CODE, townCode, departmentId: office });
      }
    }
  };

  const majors = new Map<string, { kind: string; majorCode: string; owners: Map<string, number>; platforms: Map<Platform, number> }>();
  for (const row of categories) {
    const bureauId = directory.bureauForOwner(row.ownerDepartment);
    addAllAreas({ categoryKind: row.kind, majorCode: row.majorCode, minorCode: row.minorCode, platform: row.platform }, bureauId);
    const key = `${row.kind}|${row.majorCode}`;
    const major = majors.get(key) ?? { kind: row.kind, majorCode: row.majorCode, owners: new Map(), platforms: new Map() };
    major.owners.set(bureauId, (major.owners.get(bureauId) ?? 0) + 1);
    major.platforms.set(row.platform, (major.platforms.get(row.platform) ?? 0) + 1);
    majors.set(key, major);
  }
  for (const major of majors.values()) {
    addAllAreas({ categoryKind: major.kind, majorCode: major.majorCode, minorCode: null, platform: mostCommon(major.platforms) }, mostCommon(major.owners));
  }
  for (const [platform, bureauId] of Object.entries(platformDefaultBureau) as [Platform, string][]) {
    addAllAreas({ categoryKind: null, majorCode: null, minorCode: null, platform }, bureauId);
  }
  return rules;
}

/** The key seen most often; ties go to the one seen first. */
function mostCommon<K>(counts: ReadonlyMap<K, number>): K {
  let best: K | undefined;
  let bestCount = -1;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best as K;
}
