import { describe, expect, it } from 'vitest';
import { communityKindOf, communityShortName, isSeatTown, isUrbanTown } from './community-kind.ts';

describe('communityKindOf', () => {
  it.each([
    ['安民社区居委会', 'residential'],
    ['福前社区第一居民委员会', 'residential'],
    ['曙光农场第一管理区社区', 'farm'],
    ['大来林场生活区', 'compound'],
    ['工业园区虚拟社区', 'compound'],
    ['万发村委会', 'village'],
    ['南岗村', 'village'],
    ['海青队', 'village'],
  ] as const)('%s is %s', (name, kind) => {
    expect(communityKindOf(name)).toBe(kind);
  });
});

describe('town tests', () => {
  it('treats the city districts and every 街道 as urban', () => {
    expect(isUrbanTown('建国镇', '230805000000')).toBe(true);
    expect(isUrbanTown('英俊街道', '230811000000')).toBe(true);
    expect(isUrbanTown('大来镇', '230811000000')).toBe(false);
  });

  it('finds county seats by name stem', () => {
    expect(isSeatTown('桦南镇', '桦南县')).toBe(true);
    expect(isSeatTown('城东街道', '富锦市')).toBe(true);
    expect(isSeatTown('悦来镇', '桦川县')).toBe(false);
  });

  it('shortens community names for grid labels', () => {
    expect(communityShortName('安民社区居委会')).toBe('安民社区');
    expect(communityShortName('万发村委会')).toBe('万发村');
    expect(communityShortName('永安社区')).toBe('永安社区');
  });
});
