// Plausible personal names and mobile numbers for generated people. Surnames
// are weighted roughly by frequency in Heilongjiang (王, 李, 张, 刘 lead; 于, 孙,
// 姜, 曲 are commoner in the north-east than nationally).
import type { Rng } from './prng.ts';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '孙', '于', '高', '徐', '马', '吴', '周', '郭', '朱', '孟', '姜',
  '曲', '宋', '韩', '董', '郑', '冯', '曹', '邹', '崔', '田', '付', '丁', '梁', '谭', '尹', '关', '魏', '范',
  '吕', '邵', '任', '程', '常', '侯', '贾', '许', '白', '彭', '潘', '袁', '隋', '车', '金', '石', '郝', '修',
] as const;
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => (i < 4 ? 9 - i : i < 12 ? 4 : i < 30 ? 2 : 1));

const MALE_CHARS = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帅亮国庆东海峰志春成立新文晨旭'.split('');
const FEMALE_CHARS = '芳娜敏静丽艳娟霞秀英慧玲莉红梅琳雪婷颖洁燕萍丹宁欣悦佳月云凤桂兰淑玉'.split('');

/** A full name: surname plus one or two given characters, for a man or a woman at even odds. */
export function chineseName(rng: Rng): string {
  const surname = rng.weightedPick(SURNAMES, SURNAME_WEIGHTS);
  const chars = rng.chance(0.5) ? MALE_CHARS : FEMALE_CHARS;
  const given = rng.chance(0.3) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
  return surname + given;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
] as const;

/** A fresh 11-digit mobile number (13x/15x/18x) not yet in `taken`; adds it there. */
export function uniquePhone(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
    if (!taken.has(phone)) {
      taken.add(phone);
      return phone;
    }
  }
}

/** How a 12345 record names a caller: the surname and 女士 or 先生. */
export function callerName(rng: Rng): string {
  return rng.weightedPick(SURNAMES, SURNAME_WEIGHTS) + (rng.chance(0.5) ? '女士' : '先生');
}
