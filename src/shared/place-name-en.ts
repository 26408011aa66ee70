// A place's name in English, as Chinese road signs and maps write it (GB/T 16159): the proper
// name in Hanyu Pinyin, one word, with an apostrophe where a syllable starting with a, o or e
// would run into the one before (Chang'an); what the place is, translated (村 Village, 街道
// Subdistrict); an ordinal as a number (第三网格 Grid 3). For the English UI's breadcrumb, tree,
// search, grid card and case fields: the reference data has no English names of its own.
import { pinyin } from 'pinyin-pro';

/** What a place is, by its name's ending; longest first, so 社区居委会 is not read as 居委会. */
const KINDS: readonly (readonly [string, string])[] = [
  ['社区居委会', 'Community'], ['居民委员会', 'Residents Committee'], ['村民委员会', 'Village'], ['街道办事处', 'Subdistrict'],
  ['生产大队', 'Production Brigade'], ['购物中心', 'Shopping Centre'], ['管理局', 'Administration'], ['生活区', 'Living Area'], ['大队', 'Brigade'], ['村委会', 'Village'], ['居委会', 'Community'], ['办事处', 'Office'], ['管理区', 'Management Area'],
  ['林业局', 'Forestry Bureau'], ['社区', 'Community'], ['街道', 'Subdistrict'], ['居委', 'Residents Committee'], ['农场', 'Farm'],
  ['林场', 'Forest Farm'], ['监狱', 'Prison'], ['中学', 'Middle School'], ['小学', 'Primary School'], ['大学', 'University'],
  ['学院', 'College'], ['医院', 'Hospital'], ['公司', 'Company'], ['商场', 'Mall'], ['广场', 'Plaza'], ['农垦', 'State Farms'],
  ['村', 'Village'], ['镇', 'Town'], ['乡', 'Township'], ['区', 'District'], ['县', 'County'], ['市', 'City'], ['省', 'Province'], ['队', 'Team'],
];

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = '[零〇一二两三四五六七八九十百]+';

/** 三 → 3, 十二 → 12, 二十五 → 25, 一百零八 → 108; null for what is not a numeral up to 999. */
export function chineseNumeralValue(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = null;
    } else {
      return null;
    }
  }
  return text ? total + (digit ?? 0) : null;
}

const HAN = /\p{Script=Han}/u;

/** A proper name in pinyin, one capitalised word; letters and digits in it kept as they are. */
function properName(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  let word = '';
  for (const s of syllables) {
    if (!s) continue;
    const joined = word && HAN.test(text) && /^[aoe]/.test(s) && /[a-z]$/.test(word) ? `'${s}` : s;
    word += joined;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function kindOf(name: string): readonly [string, string] | undefined {
  return KINDS.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
}

function translate(name: string): string {
  const trimmed = name.trim();
  if (!HAN.test(trimmed)) return trimmed;
  // Grids: 长安村第三网格, 长安村网格, 佳木斯市中心医院专属网格.
  const grid = new RegExp(`^(.*?)第(${NUMERAL})网格$`).exec(trimmed);
  if (grid && chineseNumeralValue(grid[2]!) !== null) return join(translate(grid[1]!), `Grid ${chineseNumeralValue(grid[2]!)}`);
  if (trimmed.endsWith('专属网格') && trimmed.length > 4) return join(translate(trimmed.slice(0, -4)), 'Dedicated Grid');
  if (trimmed.endsWith('网格') && trimmed.length > 2) return join(translate(trimmed.slice(0, -2)), 'Grid');
  // The statistics' stand-ins: 向阳区直辖村级区划 (villages the district runs itself), 建三江管理局局直.
  if (trimmed.endsWith('直辖村级区划') && trimmed.length > 6) return join(translate(trimmed.slice(0, -6)), 'Directly Administered Villages');
  if (trimmed.endsWith('局局直') && trimmed.length > 3) return join(translate(trimmed.slice(0, -2)), 'Seat');
  // An ordinal before what it is: 第四社区 No. 4 Community, 第一中学 No. 1 Middle School.
  const kind = kindOf(trimmed);
  if (kind) {
    const stem = trimmed.slice(0, -kind[0].length);
    const ordinal = new RegExp(`^(.*?)第(${NUMERAL})$`).exec(stem);
    const n = ordinal ? chineseNumeralValue(ordinal[2]!) : null;
    if (ordinal && n !== null) return join(ordinal[1] ? translate(ordinal[1]) : '', `No. ${n} ${kind[1]}`);
    // A one-character name keeps its kind in the word as well (郊区 Jiaoqu District), as road signs write it.
    if (stem.length === 1) return join(properName(trimmed), kind[1]);
    return join(stemName(stem), kind[1]);
  }
  return properName(trimmed);
}

/** Kinds that name a place of their own when another kind follows (前进区 in 前进区农垦); 新村 in 新村社区 is a name. */
const OUTER_KINDS = new Set(['省', '市', '县', '区', '街道', '镇', '乡', '农场', '管理局', '生产大队', '大队']);

/** The part before the kind: itself a place (前进区 in 前进区农垦, 黑龙江省 in 黑龙江省前哨), or a proper name. */
function stemName(stem: string): string {
  const kind = kindOf(stem);
  if (kind && OUTER_KINDS.has(kind[0]) && stem.length - kind[0].length >= 2) return translate(stem);
  const inner = KINDS.filter(([zh]) => zh.length === 1 && zh !== '队').map(([zh]) => zh).join('');
  const nested = new RegExp(`^(.+?[${inner}])(.{2,})$`).exec(stem);
  // Only a province or city before another name is a place of its own (黑龙江省前哨); 向阳 stays one word.
  if (nested && /[省市]$/.test(nested[1]!)) return join(translate(nested[1]!), properName(nested[2]!));
  return properName(stem);
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

const cache = new Map<string, string>();

/** The English name of a place (a division or a grid); a name without Chinese in it is kept as it is. */
export function placeNameEn(name: string): string {
  let en = cache.get(name);
  if (en === undefined) {
    en = translate(name);
    cache.set(name, en);
  }
  return en;
}
