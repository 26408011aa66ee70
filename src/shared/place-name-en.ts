// A place's name in English, as Chinese road signs and maps write it (GB/T 16159): each proper
// name in Hanyu Pinyin as one word, with an apostrophe where a syllable starting with a, o or e
// would run into the one before (Chang'an); what the place is, translated (村 Village, 街道
// Subdistrict, 农场 Farm); an ordinal as a number (第九管理区 No. 9 Management Area, 第三网格
// Grid 3). For the English UI's breadcrumb, tree, search, grid card, grid labels and case fields:
// the reference data has no English names of its own.
//
// The name is read left to right as a run of known words (what a place is, a few common words, a
// few proper names that stand alone) and ordinals; what lies between them is a proper name. A
// one-character kind (村, 区, 市 …) counts as one only after a name of two characters or more:
// 新村社区 is Xincun Community, 郊区 the district Jiaoqu.
import { pinyin } from 'pinyin-pro';

/** Words of more than one character, with their English; the longest is matched first. */
const WORDS: Readonly<Record<string, string>> = {
  // What a place is
  社区居委会: 'Community', 社区居民委员会: 'Community', 居民委员会: 'Residents Committee', 村民委员会: 'Village', 村委会: 'Village',
  居委会: 'Residents Committee', 居委: 'Residents Committee', 社区: 'Community', 街道办事处: 'Subdistrict', 办事处: 'Office', 街道: 'Subdistrict',
  管理区: 'Management Area', 管理局: 'Administration', 林业局: 'Forestry Bureau', 农场: 'Farm', 林场: 'Forest Farm', 农垦: 'State Farms',
  监狱: 'Prison', 生产大队: 'Production Brigade', 大队: 'Brigade', 生活区: 'Living Area', 经济开发区: 'Economic Development Zone',
  开发区: 'Development Zone', 工业园区: 'Industrial Park', 园区: 'Park', 中学: 'Middle School', 小学: 'Primary School', 大学: 'University',
  学院: 'College', 医院: 'Hospital', 股份有限公司: 'Co., Ltd.', 有限责任公司: 'Co., Ltd.', 有限公司: 'Co., Ltd.', 公司: 'Company',
  商场: 'Mall', 购物中心: 'Shopping Centre', 广场: 'Plaza', 专属网格: 'Dedicated Grid', 网格: 'Grid',
  种畜场: 'Breeding Farm', 种牛场: 'Cattle Breeding Farm', 良种场: 'Seed Farm', 原种场: 'Stock Seed Farm', 鱼种场: 'Fish Hatchery',
  示范场: 'Demonstration Farm', 哺育场: 'Nursery Farm', 畜牧场: 'Livestock Farm', 储备库: 'Reserve Depot', 集团: 'Group',
  职业学院: 'Vocational College', 实验小学: 'Experimental Primary School', 妇幼保健院: 'Maternal and Child Health Hospital',
  // Words that name no place: the statistics' stand-ins and a few common ones
  直辖村级区划: 'Directly Administered Villages', 局直: 'HQ', 场直: 'Farm HQ', 附属: 'Affiliated', 虚拟: 'Virtual', 国营: 'State', 电机: 'Electric Machinery',
  果树: 'Orchard', 果苗: 'Seedling', 园艺: 'Horticulture', 奶牛: 'Dairy', 水稻: 'Rice', 粮食: 'Grain', 港务: 'Port', 热电: 'Thermal Power',
  赫哲族: 'Hezhe',
};

/** Proper names that stand alone before another name (黑龙江桦南 is Heilongjiang Huanan): the province, the city and its counties. */
const PROPER_WORDS: readonly string[] = ['黑龙江', '佳木斯', '汤原', '桦南', '桦川', '富锦', '同江', '抚远'];
const LONGEST_WORD = Math.max(...[...Object.keys(WORDS), ...PROPER_WORDS].map((w) => w.length));

/** One-character kinds, a kind only after a name of two characters or more. */
const KINDS: Readonly<Record<string, string>> = { 省: 'Province', 市: 'City', 县: 'County', 区: 'District', 镇: 'Town', 乡: 'Township', 村: 'Village', 队: 'Team' };

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = /^[零〇一二两三四五六七八九十百]+/;

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
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  let word = '';
  for (const s of syllables) {
    if (!s) continue;
    word += word && /^[aoe]/.test(s) && /[a-zü]$/.test(word) ? `'${s}` : s;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

type Token = { proper: string } | { word: string } | { kind: string } | { ordinal: number } | { grid: number };

function tokens(name: string): Token[] {
  const out: Token[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push({ proper: run });
    run = '';
  };
  let i = 0;
  while (i < name.length) {
    const rest = name.slice(i);
    // An ordinal: 第三网格 is a grid's number, 第九管理区 numbers what follows.
    const numeral = rest.startsWith('第') ? NUMERAL.exec(rest.slice(1)) : null;
    const n = numeral ? chineseNumeralValue(numeral[0]) : null;
    if (numeral && n !== null) {
      flush();
      const after = 1 + numeral[0].length;
      if (rest.slice(after).startsWith('网格')) {
        out.push({ grid: n });
        i += after + 2;
      } else {
        out.push({ ordinal: n });
        i += after;
      }
      continue;
    }
    let word = '';
    for (let len = Math.min(LONGEST_WORD, rest.length); len >= 2 && !word; len--) {
      const candidate = rest.slice(0, len);
      if (candidate in WORDS || PROPER_WORDS.includes(candidate)) word = candidate;
    }
    if (word) {
      flush();
      out.push(PROPER_WORDS.includes(word) ? { proper: word } : { word });
      i += word.length;
      continue;
    }
    const ch = rest[0]!;
    // The name before the kind: the run being read, or a proper word just read (佳木斯市).
    const previous = out.at(-1);
    const before = run || (previous && 'proper' in previous ? previous.proper : '');
    if (ch in KINDS && [...before].length >= 2) {
      flush();
      out.push({ kind: ch });
    } else {
      run += ch;
    }
    i += 1;
  }
  flush();
  return out;
}

function translate(name: string): string {
  const trimmed = name.trim();
  if (!HAN.test(trimmed)) return trimmed;
  const parts = tokens(trimmed);
  return parts.map((t) => {
    if ('word' in t) return WORDS[t.word]!;
    if ('kind' in t) return KINDS[t.kind]!;
    if ('ordinal' in t) return `No. ${t.ordinal}`;
    if ('grid' in t) return `Grid ${t.grid}`;
    // A one-character name keeps its kind in the word and is named for it as well (郊区 Jiaoqu District),
    // as road signs write it, when it is what the whole name names.
    const chars = [...t.proper];
    if (parts.length === 1 && chars.length === 2 && chars[1]! in KINDS) return `${properName(t.proper)} ${KINDS[chars[1]!]}`;
    return properName(t.proper);
  }).join(' ');
}

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
