// Shapes of the demo-city generator's inputs and output. The domain records
// themselves (Grid, GridWorker, …) come from src/shared; these types add only
// what the demo needs around them.
import type {
  Department,
  Division,
  DivisionLevel,
  Grid,
  GridWorker,
  LngLat,
  Platform,
  Seat,
} from '../../shared/domain/model.ts';

/** One row of resources/data/divisions.csv, with the county code widened to 12 digits. */
export interface DivisionRow {
  level: DivisionLevel;
  code: string;
  name: string;
  /** 12-digit county code; null for the city row. */
  countyCode: string | null;
  /** 12-digit town code; null for city and county rows. */
  townCode: string | null;
}

/** A county-level boundary from resources/map/districts.geojson. */
export interface DistrictShape {
  /** 12-digit division code (the GeoJSON adcode + 000000). */
  code: string;
  name: string;
  /** The seat of the district government (DataV `center`). */
  center: LngLat;
  /** MultiPolygon coordinates: polygons → rings (outer first) → closed vertex lists. */
  polygons: LngLat[][][];
}

/** One row of resources/data/case-categories.csv (the columns the generator uses). */
export interface CategoryRow {
  /** 部件 / 事件 / 社会治理 / 智慧农业 …; part of the key because CJ/T 部件 and 事件 codes overlap. */
  kind: string;
  majorCode: string;
  majorName: string;
  minorCode: string;
  minorName: string;
  platform: Platform;
  /** The owner department as the catalog names it (城管局, 公安分局, 卫健局 …). */
  ownerDepartment: string;
}

export interface DemoCitySources {
  divisions: DivisionRow[];
  districts: DistrictShape[];
  categories: CategoryRow[];
}

export const accountRoles = ['leader', 'intake', 'dispatcher', 'seat', 'grid-worker', 'admin'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** A login of the demo. No password: the server hashes one demo password for all. */
export interface DemoAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  departmentId?: string;
  seatId?: string;
  /** 12-digit scope; absent = the whole city. */
  countyCode?: string;
  townCode?: string;
  /** The GridWorker behind a grid-worker login. */
  workerId?: string;
}

export type { ResponsibilityRule } from '../../shared/owner-resolver.ts';
import type { ResponsibilityRule } from '../../shared/owner-resolver.ts';

export interface DemoCity {
  seed: number;
  divisions: Division[];
  grids: Grid[];
  workers: GridWorker[];
  departments: Department[];
  seats: Seat[];
  accounts: DemoAccount[];
  responsibility: ResponsibilityRule[];
}

export interface GenerateDemoCityOptions {
  seed: number;
}
