// The demo city: load the resource files, then generate a seeded city from them.
export { loadDemoCitySources } from './load-sources.ts';
export { parseDemoCitySources, type DemoCitySourceTexts } from './parse-sources.ts';
export { generateDemoCity } from './generate-city.ts';
export { createOwnerResolver, type OwnerQuery, type OwnerResolver } from '../../shared/owner-resolver.ts';
export type {
  AccountRole,
  CategoryRow,
  DemoAccount,
  DemoCity,
  DemoCitySources,
  DistrictShape,
  DivisionRow,
  GenerateDemoCityOptions,
  ResponsibilityRule,
} from './types.ts';
