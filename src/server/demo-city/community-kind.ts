// What a village-level division is, read from its name: the NBS list carries no
// type column, and its code ranges (001–199 居委会, 200–399 村委会) are not kept
// by farms and forest bureaus, whose 社区 and 生活区 sit in the 5xx range.

/**
 * residential: 居委会 / 社区 (urban-style grids by households);
 * village: 村委会 and the 抚远 生产队 (rural grids of ~50 households);
 * farm: a state farm's 管理区 (farmland, gridded like villages);
 * compound: a 生活区 or 虚拟 unit (a small enclave, one grid).
 */
export type CommunityKind = 'residential' | 'village' | 'farm' | 'compound';

export function communityKindOf(name: string): CommunityKind {
  if (name.endsWith('生活区') || name.includes('虚拟')) return 'compound';
  if (name.includes('管理区')) return 'farm';
  if (name.endsWith('村委会') || name.endsWith('村') || name.endsWith('队')) return 'village';
  return 'residential';
}

/** 向阳区, 前进区, 东风区: the city proper. */
export const urbanCountyCodes: ReadonlySet<string> = new Set(['230803000000', '230804000000', '230805000000']);

export function isUrbanTown(townName: string, countyCode: string): boolean {
  return urbanCountyCodes.has(countyCode) || townName.endsWith('街道');
}

/** The county seat's town shares the county's stem (桦南镇 in 桦南县); 街道 are seats too. */
export function isSeatTown(townName: string, countyName: string): boolean {
  const stem = countyName.replace(/(县|市|区)$/, '');
  return townName.endsWith('街道') || (stem.length >= 2 && townName.startsWith(stem) && townName.endsWith('镇'));
}

/** A short label for grid names: one rule with the map's (../../shared/division-names.ts). */
export { communityShortName } from '../../shared/division-names.ts';
