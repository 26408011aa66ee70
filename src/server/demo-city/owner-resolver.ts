// Finds the one owner of a case in the responsibility matrix: the most specific
// category level that has a rule (minor, then major, then platform), and within
// it the most specific area (town, then county, then the whole city).
import type { Platform } from '../../shared/domain/model.ts';
import type { ResponsibilityRule } from './types.ts';

export interface OwnerQuery {
  platform: Platform;
  categoryKind?: string | null;
  majorCode?: string | null;
  minorCode?: string | null;
  countyCode?: string | null;
  townCode?: string | null;
}

export type OwnerResolver = (query: OwnerQuery) => string | null;

export function ruleKey(rule: ResponsibilityRule): string {
  const category = rule.minorCode !== null
    ? `minor|${rule.categoryKind}|${rule.minorCode}`
    : rule.majorCode !== null
      ? `major|${rule.categoryKind}|${rule.majorCode}`
      : `platform|${rule.platform}`;
  return `${category}|${rule.townCode ?? rule.countyCode ?? '*'}`;
}

export function createOwnerResolver(rules: readonly ResponsibilityRule[]): OwnerResolver {
  const index = new Map<string, string>();
  for (const rule of rules) {
    const key = ruleKey(rule);
    if (index.has(key)) throw new Error(`responsibility matrix has two owners for ${key}`);
    index.set(key, rule.departmentId);
  }
  return (query) => {
    const categories: string[] = [];
    if (query.categoryKind && query.minorCode) categories.push(`minor|${query.categoryKind}|${query.minorCode}`);
    if (query.categoryKind && query.majorCode) categories.push(`major|${query.categoryKind}|${query.majorCode}`);
    categories.push(`platform|${query.platform}`);
    const areas = [query.townCode, query.countyCode, '*'].filter((a): a is string => !!a);
    for (const category of categories) {
      for (const area of areas) {
        const owner = index.get(`${category}|${area}`);
        if (owner) return owner;
      }
    }
    return null;
  };
}
