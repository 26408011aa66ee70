import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { communityShortName } from './division-names.ts';
import { chineseNumeralValue, placeNameEn } from './place-name-en.ts';

describe('place names in English', () => {
  it('writes the proper name in pinyin and translates what the place is', () => {
    expect(placeNameEn('佳木斯市')).toBe('Jiamusi City');
    expect(placeNameEn('向阳区')).toBe('Xiangyang District');
    expect(placeNameEn('桦川县')).toBe('Huachuan County');
    expect(placeNameEn('长青乡')).toBe('Changqing Township');
    expect(placeNameEn('莲江口镇')).toBe('Lianjiangkou Town');
    expect(placeNameEn('兴华街道')).toBe('Xinghua Subdistrict');
    expect(placeNameEn('永和村')).toBe('Yonghe Village');
    expect(placeNameEn('安民社区居委会')).toBe('Anmin Community');
    // A one-character name keeps its kind in the word; a name containing a kind is still a name.
    expect(placeNameEn('郊区')).toBe('Jiaoqu District');
    expect(placeNameEn('新村社区')).toBe('Xincun Community');
  });

  it('separates a syllable starting with a, o or e from the one before', () => {
    expect(placeNameEn('长安社区')).toBe("Chang'an Community");
    expect(placeNameEn('敖其镇')).toBe('Aoqi Town');
  });

  it('writes ordinals as numbers: grids, committees, schools', () => {
    expect(placeNameEn('金山村第三网格')).toBe('Jinshan Village Grid 3');
    expect(placeNameEn('文化社区第二十五居委第二网格')).toBe('Wenhua Community No. 25 Residents Committee Grid 2');
    expect(placeNameEn('和平社区网格')).toBe('Heping Community Grid');
    expect(placeNameEn('佳木斯市第一中学专属网格')).toBe('Jiamusi City No. 1 Middle School Dedicated Grid');
    expect(placeNameEn('黑龙江省前哨街道办事处第四社区')).toBe('Heilongjiang Province Qianshao Subdistrict No. 4 Community');
    expect(placeNameEn('前哨农场第九管理区')).toBe('Qianshao Farm No. 9 Management Area');
  });

  it('names a place within a place as both', () => {
    expect(placeNameEn('前进区农垦')).toBe('Qianjin District State Farms');
    expect(placeNameEn('第二生产大队生活区')).toBe('No. 2 Production Brigade Living Area');
    expect(placeNameEn('向阳区直辖村级区划')).toBe('Xiangyang District Directly Administered Villages');
    expect(placeNameEn('建三江管理局局直')).toBe('Jiansanjiang Administration HQ');
  });

  it('keeps a name with no Chinese in it, and a bare kind, as they are spelled', () => {
    expect(placeNameEn('Plot 7')).toBe('Plot 7');
    expect(placeNameEn('网格')).toBe('Grid');
    expect(placeNameEn('村')).toBe('Cun');
  });

  it('reads Chinese numerals', () => {
    expect([chineseNumeralValue('三'), chineseNumeralValue('十'), chineseNumeralValue('十二'), chineseNumeralValue('二十五'), chineseNumeralValue('一百零八')]).toEqual([3, 10, 12, 25, 108]);
    expect(chineseNumeralValue('三a')).toBeNull();
    expect(chineseNumeralValue('')).toBeNull();
  });

  it('reads every division of the city and every dedicated grid into words a reader can say', () => {
    const names = readFileSync(new URL('../../resources/data/divisions.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => communityShortName(l.split(',')[2]!));
    const long = names.map(placeNameEn).filter((en) => en.split(' ').some((w) => w.length > 16));
    expect(long).toEqual([]);
    expect(placeNameEn('曙光农场第一管理区社区')).toBe('Shuguang Farm No. 1 Management Area Community');
    expect(placeNameEn('梧桐河农场梧华管理区')).toBe('Wutonghe Farm Wuhua Management Area');
    expect(placeNameEn('黑龙江桦南经济开发区')).toBe('Heilongjiang Huanan Economic Development Zone');
    expect(placeNameEn('汤原正阳林场生活区')).toBe('Tangyuan Zhengyang Forest Farm Living Area');
    expect(placeNameEn('佳木斯电机股份有限公司专属网格')).toBe('Jiamusi Electric Machinery Co., Ltd. Dedicated Grid');
    // ü is written ü, not v.
    expect(placeNameEn('鸭绿河第一居委会')).toBe('Yalühe No. 1 Residents Committee');
  });
});
