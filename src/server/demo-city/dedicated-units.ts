// The 专属网格 of the demo: large units in the city proper that get a grid of
// their own. Names are invented but follow local naming; headcounts are the
// people the unit's grid team serves (staff, students, beds, shop staff).
import type { GridKind } from '../../shared/domain/model.ts';

export interface DedicatedUnit {
  name: string;
  kind: Extract<GridKind, 'enterprise' | 'school' | 'hospital' | 'mall'>;
  /** Range of the people served, drawn per seed. */
  people: readonly [number, number];
}

export const dedicatedUnits: readonly DedicatedUnit[] = [
  { name: '佳木斯电机股份有限公司', kind: 'enterprise', people: [2500, 4000] },
  { name: '佳木斯港务集团有限公司', kind: 'enterprise', people: [600, 1200] },
  { name: '佳木斯热电有限公司', kind: 'enterprise', people: [800, 1500] },
  { name: '佳木斯粮食储备库', kind: 'enterprise', people: [200, 500] },
  { name: '佳木斯大学', kind: 'school', people: [25000, 32000] },
  { name: '佳木斯职业学院', kind: 'school', people: [8000, 12000] },
  { name: '佳木斯市第一中学', kind: 'school', people: [2500, 3800] },
  { name: '佳木斯市实验小学', kind: 'school', people: [1800, 2600] },
  { name: '佳木斯市中心医院', kind: 'hospital', people: [2500, 3500] },
  { name: '佳木斯大学附属第一医院', kind: 'hospital', people: [3000, 4200] },
  { name: '佳木斯市中医医院', kind: 'hospital', people: [900, 1500] },
  { name: '佳木斯市妇幼保健院', kind: 'hospital', people: [600, 1000] },
  { name: '新玛特购物广场', kind: 'mall', people: [800, 1400] },
  { name: '佳木斯百货大楼', kind: 'mall', people: [500, 900] },
  { name: '佳木斯万达广场', kind: 'mall', people: [1000, 1800] },
  { name: '大润发佳木斯店', kind: 'mall', people: [300, 600] },
];
