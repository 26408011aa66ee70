// Finds the one owner of a case in the responsibility matrix: the most specific
// category level that has a rule (minor, then major, then platform), and within
// it the most specific area (town, then county, then the whole city).
import type { Platform } from './domain/model.ts';

/**
 * One cell of the responsibility matrix (属地管理, one owner per case). A rule
 * names exactly one category level: a minor category (kind + minorCode), a
 * major category (kind + majorCode, minorCode null) or a whole platform (kind,
 * majorCode and minorCode null). The area is the city (both codes null), a
 * county, or a town within it. No two rules share all of these keys.
 */
export interface ResponsibilityRule {
  categoryKind: string | null;
  majorCode: string | null;
  minorCode: string | null;
  /** The key of platform-level rules; on category rules, the category's (majority) platform. */
  platform: Platform;
  countyCode: string | null;
  townCode: string | null;
  departmentId: string;
}

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
