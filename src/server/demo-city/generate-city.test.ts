import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  departmentSchema,
  divisionSchema,
  gridSchema,
  gridWorkerSchema,
  isDedicatedGrid,
  seatSchema,
  type Grid,
} from '../../shared/domain/model.ts';
import { communityKindOf } from './community-kind.ts';
import { JIAOQU_CODE } from './departments.ts';
import { generateDemoCity } from './generate-city.ts';
import { ringCentre } from './grid-order.ts';
import { loadDemoCitySources } from './load-sources.ts';
import { createOwnerResolver, ruleKey } from '../../shared/owner-resolver.ts';
import { accountRoles, type DemoCity, type DemoCitySources } from './types.ts';

const RESOURCES = join(import.meta.dirname, '..', '..', '..', 'resources');

let sources: DemoCitySources;
let city: DemoCity;
let generationMs: number;

beforeAll(async () => {
  sources = await loadDemoCitySources(RESOURCES);
  const start = performance.now();
  city = generateDemoCity(sources, { seed: 1 });
  generationMs = performance.now() - start;
});

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('sources', () => {
  it('loads the NBS divisions, the 10 district shapes and the 366 catalog rows', () => {
    const count = (level: string) => sources.divisions.filter((d) => d.level === level).length;
    expect([count('city'), count('county'), count('town'), count('village')]).toEqual([1, 10, 138, 1529]);
    expect(sources.districts).toHaveLength(10);
    expect(sources.categories).toHaveLength(366);
  });
});

describe('generateDemoCity', () => {
  it('is byte-identical for a seed and differs between seeds', () => {
    const json = JSON.stringify(city);
    expect(JSON.stringify(generateDemoCity(sources, { seed: 1 }))).toBe(json);
    expect(JSON.stringify(generateDemoCity(sources, { seed: 2 }))).not.toBe(json);
  });

  it('generates in well under two seconds', () => {
    expect(generationMs).toBeLessThan(2000);
  });

  it('produces records that pass the domain schemas', () => {
    const failures = [
      ...city.divisions.map((d) => divisionSchema.safeParse(d)),
      ...city.grids.map((g) => gridSchema.safeParse(g)),
      ...city.workers.map((w) => gridWorkerSchema.safeParse(w)),
      ...city.departments.map((d) => departmentSchema.safeParse(d)),
      ...city.seats.map((s) => seatSchema.safeParse(s)),
    ].filter((r) => !r.success);
    expect(failures.map((f) => f.error?.message)).toEqual([]);
  });

  it('links every division to an existing parent', () => {
    const codes = new Set(city.divisions.map((d) => d.code));
    expect(city.divisions.filter((d) => d.parentCode === null).map((d) => d.level)).toEqual(['city']);
    expect(city.divisions.filter((d) => d.parentCode !== null && !codes.has(d.parentCode))).toEqual([]);
  });
});

describe('grids', () => {
  it('are a city-sized set with every kind present', () => {
    expect(city.grids.length).toBeGreaterThanOrEqual(3000);
    expect(city.grids.length).toBeLessThanOrEqual(10000);
    const kinds = groupBy(city.grids, (g) => g.kind);
    expect([...kinds.keys()].sort()).toEqual(['enterprise', 'hospital', 'mall', 'rural', 'school', 'urban', 'village']);
    expect((kinds.get('rural') ?? []).length).toBeGreaterThan((kinds.get('urban') ?? []).length);
    expect((kinds.get('urban') ?? []).length).toBeGreaterThan(1000);
    expect(city.grids.filter((g) => isDedicatedGrid(g.kind))).toHaveLength(16);
  });

  it('lie inside their district: every vertex passes point-in-polygon', () => {
    const shapes = new Map(sources.districts.map((d) => [d.code, { type: 'MultiPolygon' as const, coordinates: d.polygons }]));
    const outside = city.grids.filter((g) => {
      const shape = shapes.get(`${g.code.slice(0, 6)}000000`);
      return !shape || g.ring.some((p) => !booleanPointInPolygon(p, shape, { ignoreBoundary: true }));
    });
    expect(outside.map((g) => g.code)).toEqual([]);
  });

  it('have unique 15-digit codes prefixed by an existing community', () => {
    const villages = new Set(city.divisions.filter((d) => d.level === 'village').map((d) => d.code));
    expect(new Set(city.grids.map((g) => g.code)).size).toBe(city.grids.length);
    expect(city.grids.filter((g) => !g.code.startsWith(g.communityCode) || !villages.has(g.communityCode))).toEqual([]);
  });

  it('give every village-level division at least one grid', () => {
    const withGrids = new Set(city.grids.map((g) => g.communityCode));
    expect(city.divisions.filter((d) => d.level === 'village' && !withGrids.has(d.code))).toEqual([]);
  });

  it('number each community 001… north to south, then west to east', () => {
    for (const grids of groupBy(city.grids, (g) => g.communityCode).values()) {
      const sorted = grids.slice().sort((a, b) => a.code.localeCompare(b.code));
      sorted.forEach((g, i) => expect(g.code.slice(12)).toBe(String(i + 1).padStart(3, '0')));
      for (let i = 1; i < sorted.length; i++) {
        const [prevLon, prevLat] = ringCentre((sorted[i - 1] as Grid).ring);
        const [lon, lat] = ringCentre((sorted[i] as Grid).ring);
        expect(lat < prevLat || (lat === prevLat && lon > prevLon)).toBe(true);
      }
    }
  });

  it('make rural grids of about 50 households and urban grids of 300–500', () => {
    const byKind = groupBy(city.grids, (g) => g.kind);
    const rural = byKind.get('rural') ?? [];
    const urban = byKind.get('urban') ?? [];
    expect(mean(rural.map((g) => g.households))).toBeGreaterThanOrEqual(35);
    expect(mean(rural.map((g) => g.households))).toBeLessThanOrEqual(65);
    for (const grids of groupBy(rural, (g) => g.communityCode).values()) {
      const m = mean(grids.map((g) => g.households));
      expect(m).toBeGreaterThanOrEqual(35);
      expect(m).toBeLessThanOrEqual(65);
    }
    for (const grids of groupBy(urban, (g) => g.communityCode).values()) {
      const m = mean(grids.map((g) => g.households));
      expect(m).toBeGreaterThanOrEqual(300);
      expect(m).toBeLessThanOrEqual(500);
    }
    expect(urban.every((g) => g.households >= 200 && g.households <= 650)).toBe(true);
  });

  it('keep population at 2.3–2.8 people per household, and a positive area', () => {
    for (const g of city.grids) {
      expect(g.areaKm2).toBeGreaterThan(0);
      if (isDedicatedGrid(g.kind)) {
        expect(g.households).toBe(0);
        expect(g.population).toBeGreaterThan(0);
      } else {
        expect(g.population).toBeGreaterThanOrEqual(Math.floor(g.households * 2.3));
        expect(g.population).toBeLessThanOrEqual(Math.ceil(g.households * 2.8));
      }
    }
  });

  it('make 生活区 one grid and a few percent of villages one remote grid', () => {
    const names = new Map(city.divisions.map((d) => [d.code, d.name]));
    const byCommunity = groupBy(city.grids, (g) => g.communityCode);
    let villages = 0;
    let remote = 0;
    for (const [code, grids] of byCommunity) {
      const kind = communityKindOf(names.get(code) ?? '');
      if (kind === 'compound') expect(grids.map((g) => g.kind)).toEqual(['village']);
      if (kind === 'village') {
        villages++;
        if (grids.some((g) => g.kind === 'village')) {
          remote++;
          expect(grids).toHaveLength(1);
        }
      }
    }
    expect(remote / villages).toBeGreaterThan(0.02);
    expect(remote / villages).toBeLessThan(0.12);
  });

  it('put the 专属网格 in the city proper', () => {
    const dedicated = city.grids.filter((g) => isDedicatedGrid(g.kind));
    expect(dedicated.every((g) => ['230803', '230804', '230805'].includes(g.code.slice(0, 6)))).toBe(true);
    expect(dedicated.every((g) => g.name.endsWith('专属网格'))).toBe(true);
  });
});

describe('grid workers', () => {
  it('give each grid exactly one 网格长 and one to three 网格员', () => {
    const leaders = new Map<string, number>();
    const staff = new Map<string, number>();
    for (const w of city.workers) {
      if (w.kind === 'party-member' || w.kind === 'volunteer') continue;
      const code = w.gridCodes[0] as string;
      expect(w.gridCodes).toHaveLength(1);
      if (w.role === 'leader') leaders.set(code, (leaders.get(code) ?? 0) + 1);
      else staff.set(code, (staff.get(code) ?? 0) + 1);
    }
    for (const g of city.grids) {
      expect(leaders.get(g.code)).toBe(1);
      expect(staff.get(g.code)).toBeGreaterThanOrEqual(1);
      expect(staff.get(g.code)).toBeLessThanOrEqual(3);
    }
  });

  it('cover the 1+6+N kinds, with unique ids and phones and only existing grids', () => {
    const gridCodes = new Set(city.grids.map((g) => g.code));
    expect(new Set(city.workers.map((w) => w.kind)).size).toBe(8);
    expect(new Set(city.workers.map((w) => w.id)).size).toBe(city.workers.length);
    expect(new Set(city.workers.map((w) => w.phone)).size).toBe(city.workers.length);
    expect(city.workers.every((w) => /^1[358]\d{9}$/.test(w.phone))).toBe(true);
    expect(city.workers.filter((w) => w.gridCodes.some((c) => !gridCodes.has(c)))).toEqual([]);
    const helpers = city.workers.filter((w) => w.kind === 'party-member' || w.kind === 'volunteer');
    expect(helpers.length).toBeGreaterThan(city.grids.length / 10);
    expect(helpers.every((w) => w.role !== 'leader' && new Set(w.gridCodes.map((c) => c.slice(0, 12))).size === 1)).toBe(true);
  });
});

describe('departments, seats and the responsibility matrix', () => {
  it('seat every department and give 郊区 and its 17 towns their centers', () => {
    const departments = new Set(city.departments.map((d) => d.id));
    const divisions = new Set(city.divisions.map((d) => d.code));
    expect(departments.size).toBe(city.departments.length);
    expect(new Set(city.seats.map((s) => s.id)).size).toBe(city.seats.length);
    expect(city.seats.filter((s) => !departments.has(s.departmentId) || !divisions.has(s.centerCode))).toEqual([]);
    const centers = new Set(city.seats.map((s) => s.centerCode));
    expect(centers.has('230800000000')).toBe(true);
    expect(centers.has(JIAOQU_CODE)).toBe(true);
    const jiaoquTowns = city.divisions.filter((d) => d.level === 'town' && d.parentCode === JIAOQU_CODE);
    expect(jiaoquTowns).toHaveLength(17);
    expect(jiaoquTowns.filter((t) => !centers.has(t.code))).toEqual([]);
    // No two seats alike on a board: a city bureau seated at the 郊区 center too says so.
    expect(new Set(city.seats.map((s) => s.name)).size).toBe(city.seats.length);
    expect(city.seats.find((s) => s.id === 'seat-230811-gongdian')?.name).toBe('供电公司席位（郊区中心）');
    const seated = new Set(city.seats.map((s) => s.departmentId));
    expect(city.departments.filter((d) => !seated.has(d.id))).toEqual([]);
    for (const name of ['城市管理', '公安', '住房和城乡建设', '生态环境', '农业农村', '工业和信息化', '商务', '卫生健康', '教育', '民政', '政务服务', '水务', '交通运输', '市场监督']) {
      expect(city.departments.some((d) => d.name.includes(name)), name).toBe(true);
    }
  });

  it('name every department and seat in English too', () => {
    const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
    for (const list of [city.departments, city.seats]) {
      expect(list.filter((x) => !x.nameEn || cjk.test(x.nameEn)).map((x) => x.id)).toEqual([]);
      // One English name per Chinese name and the other way round.
      const sizes = [list.map((x) => x.name), list.map((x) => x.nameEn), list.map((x) => `${x.name}|${x.nameEn}`)].map((names) => new Set(names).size);
      expect(new Set(sizes).size).toBe(1);
    }
    expect(city.seats.find((s) => s.id === 'seat-230800-chengguan')?.nameEn).toBe('Urban management seat');
    expect(city.seats.find((s) => s.id === 'seat-230811010-street')?.nameEn).toBe('Hongqi Subdistrict grid service center seat');
    expect(city.seats.find((s) => s.id === 'seat-230811-jq-gongxin')?.nameEn).toBe('Jiaoqu industry & IT seat');
  });

  it('cover the seven platforms', () => {
    const covered = new Set(city.departments.filter((d) => !d.id.endsWith('center')).flatMap((d) => d.platforms));
    expect(covered.size).toBe(7);
  });

  it('names only existing departments, one owner per key, seated where the case is', () => {
    const departments = new Set(city.departments.map((d) => d.id));
    expect(city.responsibility.filter((r) => !departments.has(r.departmentId))).toEqual([]);
    expect(new Set(city.responsibility.map(ruleKey)).size).toBe(city.responsibility.length);
    const seatAt = new Set(city.seats.map((s) => `${s.centerCode}|${s.departmentId}`));
    for (const r of city.responsibility) {
      const center = r.townCode ?? r.countyCode ?? '230800000000';
      expect(seatAt.has(`${center}|${r.departmentId}`), `${ruleKey(r)} → ${r.departmentId}`).toBe(true);
    }
  });

  it('resolves every catalog category, citywide and in each 郊区 town', () => {
    const resolve = createOwnerResolver(city.responsibility);
    const towns = city.divisions.filter((d) => d.parentCode === JIAOQU_CODE).map((d) => d.code);
    for (const c of sources.categories) {
      const q = { platform: c.platform, categoryKind: c.kind, majorCode: c.majorCode, minorCode: c.minorCode };
      const cityOwner = resolve({ ...q, countyCode: '230822000000' });
      expect(cityOwner).not.toBeNull();
      for (const townCode of towns) {
        const owner = resolve({ ...q, countyCode: JIAOQU_CODE, townCode });
        expect(owner).not.toBeNull();
        if (c.ownerDepartment === '街道办事处') expect(owner).toBe(`town-${townCode}`);
        else expect(owner).not.toMatch(/^town-/);
      }
    }
    expect(resolve({ platform: 'agriculture', countyCode: JIAOQU_CODE })).toBe('jq-nongye');
    expect(resolve({ platform: 'commerce' })).toBe('shangwu');
  });
});

describe('accounts', () => {
  it('cover every role with unique usernames and valid links', () => {
    expect(new Set(city.accounts.map((a) => a.role))).toEqual(new Set(accountRoles));
    expect(new Set(city.accounts.map((a) => a.username)).size).toBe(city.accounts.length);
    const usernames = new Set(city.accounts.map((a) => a.username));
    for (const name of ['leader', 'intake', 'dispatcher', 'admin', 'seat-chengguan', 'street-dispatcher', 'grid-worker']) {
      expect(usernames.has(name), name).toBe(true);
    }
    const seats = new Map(city.seats.map((s) => [s.id, s]));
    const departments = new Set(city.departments.map((d) => d.id));
    const workers = new Set(city.workers.map((w) => w.id));
    for (const a of city.accounts) {
      if (a.seatId) expect(seats.get(a.seatId)?.departmentId, a.username).toBe(a.departmentId);
      if (a.departmentId) expect(departments.has(a.departmentId)).toBe(true);
      if (a.workerId) expect(workers.has(a.workerId)).toBe(true);
      if (a.role === 'seat' || a.role === 'intake' || a.role === 'dispatcher') expect(a.seatId, a.username).toBeDefined();
    }
    const street = city.accounts.find((a) => a.username === 'street-dispatcher');
    expect(street?.countyCode).toBe(JIAOQU_CODE);
    expect(street?.townCode?.startsWith('230811')).toBe(true);
    expect(seats.get(street?.seatId ?? '')?.centerCode).toBe(street?.townCode);
  });
});
