// The departments of the demo city: the city's functional bureaus, their 郊区
// counterparts (郊区 is the district whose command center the demo runs), the
// two command centers themselves, and 郊区's 17 street/township offices.
import { platforms as allPlatforms, type Department, type Platform } from '../../shared/domain/model.ts';
import type { CategoryRow, DivisionRow } from './types.ts';

export const CITY_CODE = '230800000000';
export const JIAOQU_CODE = '230811000000';

interface BureauSpec {
  id: string;
  name: string;
  /** Short label for seats and accounts, e.g. 城管局. */
  short: string;
  /** Names the case catalog uses for this bureau. */
  aliases: readonly string[];
  platforms: readonly Platform[];
  /** Name of the 郊区 counterpart; absent where 郊区 relies on the city bureau. */
  jiaoqu?: string;
  /** The names in English (the counterpart's too, where there is one). */
  en: { name: string; short: string; jiaoqu?: string };
}

const BUREAUS: readonly BureauSpec[] = [
  { id: 'zhengfa', name: '中共佳木斯市委政法委员会（市社会治理服务中心）', short: '政法委', aliases: [], platforms: ['grid'], jiaoqu: '郊区社会治理服务中心', en: { name: 'CPC Jiamusi Political and Legal Affairs Commission (City Social Governance Service Center)', short: 'Political & legal affairs', jiaoqu: 'Jiaoqu Social Governance Service Center' } },
  { id: 'chengguan', name: '佳木斯市城市管理综合执法局', short: '城管局', aliases: ['城管局'], platforms: ['urban'], jiaoqu: '郊区城市管理综合执法局', en: { name: 'Jiamusi Urban Management and Law Enforcement Bureau', short: 'Urban management', jiaoqu: 'Jiaoqu Urban Management and Law Enforcement Bureau' } },
  { id: 'gongan', name: '佳木斯市公安局', short: '公安局', aliases: ['公安局', '公安分局'], platforms: ['grid', 'urban'], jiaoqu: '佳木斯市公安局郊区分局', en: { name: 'Jiamusi Public Security Bureau', short: 'Public security', jiaoqu: 'Jiamusi Public Security Bureau, Jiaoqu Branch' } },
  { id: 'zhujian', name: '佳木斯市住房和城乡建设局', short: '住建局', aliases: ['住建局'], platforms: ['urban', 'government'], jiaoqu: '郊区住房和城乡建设局', en: { name: 'Jiamusi Housing and Urban-Rural Development Bureau', short: 'Housing & construction', jiaoqu: 'Jiaoqu Housing and Urban-Rural Development Bureau' } },
  { id: 'shengtai', name: '佳木斯市生态环境局', short: '生态环境局', aliases: ['生态环境局'], platforms: ['urban', 'industry'], jiaoqu: '佳木斯市生态环境局郊区分局', en: { name: 'Jiamusi Ecology and Environment Bureau', short: 'Ecology & environment', jiaoqu: 'Jiamusi Ecology and Environment Bureau, Jiaoqu Branch' } },
  { id: 'nongye', name: '佳木斯市农业农村局', short: '农业农村局', aliases: ['农业农村局'], platforms: ['agriculture'], jiaoqu: '郊区农业农村局', en: { name: 'Jiamusi Agriculture and Rural Affairs Bureau', short: 'Agriculture & rural affairs', jiaoqu: 'Jiaoqu Agriculture and Rural Affairs Bureau' } },
  { id: 'gongxin', name: '佳木斯市工业和信息化局', short: '工信局', aliases: ['工信局'], platforms: ['industry'], jiaoqu: '郊区工业和信息化局', en: { name: 'Jiamusi Industry and Information Technology Bureau', short: 'Industry & IT', jiaoqu: 'Jiaoqu Industry and Information Technology Bureau' } },
  { id: 'shangwu', name: '佳木斯市商务局', short: '商务局', aliases: ['商务局'], platforms: ['commerce'], jiaoqu: '郊区商务局', en: { name: 'Jiamusi Commerce Bureau', short: 'Commerce', jiaoqu: 'Jiaoqu Commerce Bureau' } },
  { id: 'weijian', name: '佳木斯市卫生健康委员会', short: '卫健委', aliases: ['卫健委', '卫健局'], platforms: ['health-education'], jiaoqu: '郊区卫生健康局', en: { name: 'Jiamusi Health Commission', short: 'Health', jiaoqu: 'Jiaoqu Health Bureau' } },
  { id: 'jiaoyu', name: '佳木斯市教育局', short: '教育局', aliases: ['教育局'], platforms: ['health-education'], jiaoqu: '郊区教育局', en: { name: 'Jiamusi Education Bureau', short: 'Education', jiaoqu: 'Jiaoqu Education Bureau' } },
  { id: 'minzheng', name: '佳木斯市民政局', short: '民政局', aliases: ['民政局'], platforms: ['grid', 'government'], jiaoqu: '郊区民政局', en: { name: 'Jiamusi Civil Affairs Bureau', short: 'Civil affairs', jiaoqu: 'Jiaoqu Civil Affairs Bureau' } },
  { id: 'zhengwu', name: '佳木斯市政务服务管理局', short: '政务服务局', aliases: ['政务服务局', '政务服务管理局'], platforms: ['government'], jiaoqu: '郊区政务服务中心', en: { name: 'Jiamusi Government Services Administration', short: 'Government services', jiaoqu: 'Jiaoqu Government Service Center' } },
  { id: 'shuiwu', name: '佳木斯市水务局', short: '水务局', aliases: ['水务局'], platforms: ['urban', 'agriculture'], jiaoqu: '郊区水务局', en: { name: 'Jiamusi Water Affairs Bureau', short: 'Water affairs', jiaoqu: 'Jiaoqu Water Affairs Bureau' } },
  { id: 'jiaotong', name: '佳木斯市交通运输局', short: '交通运输局', aliases: ['交通运输局'], platforms: ['urban'], jiaoqu: '郊区交通运输局', en: { name: 'Jiamusi Transport Bureau', short: 'Transport', jiaoqu: 'Jiaoqu Transport Bureau' } },
  { id: 'shichang', name: '佳木斯市市场监督管理局', short: '市场监管局', aliases: ['市场监管局'], platforms: ['commerce', 'health-education'], jiaoqu: '佳木斯市市场监督管理局郊区分局', en: { name: 'Jiamusi Market Regulation Administration', short: 'Market regulation', jiaoqu: 'Jiamusi Market Regulation Administration, Jiaoqu Branch' } },
  { id: 'yingji', name: '佳木斯市应急管理局', short: '应急管理局', aliases: ['应急管理局'], platforms: ['grid', 'industry'], jiaoqu: '郊区应急管理局', en: { name: 'Jiamusi Emergency Management Bureau', short: 'Emergency management', jiaoqu: 'Jiaoqu Emergency Management Bureau' } },
  { id: 'sifa', name: '佳木斯市司法局', short: '司法局', aliases: ['司法局'], platforms: ['grid'], jiaoqu: '郊区司法局', en: { name: 'Jiamusi Justice Bureau', short: 'Justice', jiaoqu: 'Jiaoqu Justice Bureau' } },
  { id: 'renshe', name: '佳木斯市人力资源和社会保障局', short: '人社局', aliases: ['人社局'], platforms: ['government'], en: { name: 'Jiamusi Human Resources and Social Security Bureau', short: 'Human resources' } },
  { id: 'ziranziyuan', name: '佳木斯市自然资源局', short: '自然资源局', aliases: ['自然资源局'], platforms: ['urban', 'agriculture'], en: { name: 'Jiamusi Natural Resources Bureau', short: 'Natural resources' } },
  { id: 'wenlv', name: '佳木斯市文化广电和旅游局', short: '文旅局', aliases: ['文旅局'], platforms: ['urban'], en: { name: 'Jiamusi Culture, Radio, Television and Tourism Bureau', short: 'Culture & tourism' } },
  { id: 'tiyu', name: '佳木斯市体育局', short: '体育局', aliases: ['体育局'], platforms: ['urban'], en: { name: 'Jiamusi Sports Bureau', short: 'Sports' } },
  { id: 'qixiang', name: '佳木斯市气象局', short: '气象局', aliases: ['气象局'], platforms: ['urban', 'agriculture'], en: { name: 'Jiamusi Meteorological Bureau', short: 'Meteorology' } },
  { id: 'xinfang', name: '佳木斯市信访局', short: '信访局', aliases: ['信访局'], platforms: ['grid'], en: { name: 'Jiamusi Letters and Calls Bureau', short: 'Letters & calls' } },
  { id: 'minzong', name: '佳木斯市民族宗教事务局', short: '民宗局', aliases: ['民族宗教事务局'], platforms: ['grid'], en: { name: 'Jiamusi Ethnic and Religious Affairs Bureau', short: 'Ethnic & religious affairs' } },
  { id: 'tuiyi', name: '佳木斯市退役军人事务局', short: '退役军人事务局', aliases: ['退役军人事务局'], platforms: ['grid', 'government'], en: { name: 'Jiamusi Veterans Affairs Bureau', short: 'Veterans affairs' } },
  { id: 'youzheng', name: '佳木斯市邮政管理局', short: '邮政管理局', aliases: ['邮政管理局'], platforms: ['commerce'], en: { name: 'Jiamusi Postal Administration', short: 'Postal administration' } },
  { id: 'gongdian', name: '国网佳木斯供电公司', short: '供电公司', aliases: ['供电公司'], platforms: ['urban'], en: { name: 'State Grid Jiamusi Power Supply Company', short: 'Power supply' } },
  { id: 'tongxin', name: '佳木斯通信运营商联合服务中心（移动·联通·电信）', short: '通信运营商', aliases: ['通信运营商'], platforms: ['urban'], en: { name: 'Jiamusi Telecom Operators\' Joint Service Center (Mobile · Unicom · Telecom)', short: 'Telecom operators' } },
  // The catalog's "街道办事处" means the street office of wherever the case is; outside 郊区 the demo has no per-street offices.
  { id: 'jiedao', name: '属地街道办事处（乡镇人民政府）', short: '属地街道', aliases: ['街道办事处'], platforms: ['grid', 'urban'], en: { name: 'Local street office (township government)', short: 'Local street office' } },
];

/** Who takes a platform's cases when no category rule matches. */
export const platformDefaultBureau: Readonly<Record<Platform, string>> = {
  grid: 'zhengfa',
  urban: 'chengguan',
  government: 'zhengwu',
  agriculture: 'nongye',
  industry: 'gongxin',
  commerce: 'shangwu',
  'health-education': 'weijian',
};

export interface DepartmentDirectory {
  departments: Department[];
  /** Short labels by department id, for seat and account names. */
  shortNames: ReadonlyMap<string, string>;
  /** The same in English, for the seats' English names. */
  shortNamesEn: ReadonlyMap<string, string>;
  /** City bureau ids, in catalog order. */
  cityBureauIds: readonly string[];
  /** City bureau id → its 郊区 owner (counterpart, or for 街道办事处 the district's 社会治理服务中心). */
  jiaoquOwner: ReadonlyMap<string, string>;
  /** 郊区 town code → its street/township office id. */
  townOffices: ReadonlyMap<string, string>;
  cityCenterId: string;
  jiaoquCenterId: string;
  /** Catalog owner name → city bureau id; throws on a name the directory does not know. */
  bureauForOwner(ownerName: string): string;
}

export function buildDepartments(categories: readonly CategoryRow[], divisions: readonly DivisionRow[]): DepartmentDirectory {
  const byAlias = new Map(BUREAUS.flatMap((b) => b.aliases.map((alias) => [alias, b.id] as const)));
  const bureauForOwner = (ownerName: string): string => {
    const id = byAlias.get(ownerName);
    if (!id) throw new Error(`case catalog owner "${ownerName}" matches no department`);
    return id;
  };
  const ownedPlatforms = new Map<string, Set<Platform>>();
  for (const row of categories) {
    const id = bureauForOwner(row.ownerDepartment);
    if (!ownedPlatforms.has(id)) ownedPlatforms.set(id, new Set());
    ownedPlatforms.get(id)?.add(row.platform);
  }
  const platformsOf = (b: BureauSpec) => {
    const set = new Set([...b.platforms, ...(ownedPlatforms.get(b.id) ?? [])]);
    return allPlatforms.filter((p) => set.has(p));
  };

  const departments: Department[] = [];
  const shortNames = new Map<string, string>();
  const shortNamesEn = new Map<string, string>();
  const jiaoquOwner = new Map<string, string>();
  const add = (id: string, name: string, short: string, platforms: Platform[], en: { name: string; short: string }) => {
    departments.push({ id, name, nameEn: en.name, platforms });
    shortNames.set(id, short);
    shortNamesEn.set(id, en.short);
  };

  add('city-center', '佳木斯市城市运行管理服务指挥中心', '市指挥中心', [...allPlatforms], { name: 'Jiamusi City Operations Command Center', short: 'City center' });
  add('jq-center', '郊区网格化服务管理指挥中心', '郊区指挥中心', [...allPlatforms], { name: 'Jiaoqu Grid Service Command Center', short: 'Jiaoqu center' });
  for (const b of BUREAUS) add(b.id, b.name, b.short, platformsOf(b), b.en);
  for (const b of BUREAUS) {
    if (!b.jiaoqu) continue;
    add(`jq-${b.id}`, b.jiaoqu, `郊区${b.short}`, platformsOf(b), { name: b.en.jiaoqu ?? `Jiaoqu ${b.en.name}`, short: `Jiaoqu ${b.en.short.charAt(0).toLowerCase()}${b.en.short.slice(1)}` });
    jiaoquOwner.set(b.id, `jq-${b.id}`);
  }
  jiaoquOwner.set('jiedao', 'jq-zhengfa');

  const townOffices = new Map<string, string>();
  for (const town of divisions) {
    if (town.level !== 'town' || town.countyCode !== JIAOQU_CODE) continue;
    const id = `town-${town.code}`;
    add(id, townOfficeName(town.name), town.name, town.name.endsWith('街道') ? ['grid', 'urban'] : ['grid', 'agriculture'], townOfficeNameEn(town.name));
    townOffices.set(town.code, id);
  }

  return {
    departments,
    shortNames,
    shortNamesEn,
    cityBureauIds: BUREAUS.map((b) => b.id),
    jiaoquOwner,
    townOffices,
    cityCenterId: 'city-center',
    jiaoquCenterId: 'jq-center',
    bureauForOwner,
  };
}

/** 郊区's streets, towns and townships and the two units with their own centers, in pinyin. */
const TOWN_PINYIN: Readonly<Record<string, string>> = {
  云环街道: 'Yunhuan', 英俊街道: 'Yingjun', 红旗街道: 'Hongqi', 友谊街道: 'Youyi', 大来镇: 'Dalai', 敖其镇: 'Aoqi', 望江镇: 'Wangjiang',
  长发镇: 'Changfa', 莲江口镇: 'Lianjiangkou', 西格木镇: 'Xigemu', 沿江镇: 'Yanjiang', 四丰镇: 'Sifeng', 长青乡: 'Changqing',
  平安乡: "Ping'an", 群胜乡: 'Qunsheng', 莲江口监狱: 'Lianjiangkou Prison', 郊区农垦: 'Jiaoqu State Farms',
};

/** A town's name in English: its pinyin and what it is (a town not in the table keeps its Chinese name). */
export function townNameEn(townName: string): string {
  const pinyin = TOWN_PINYIN[townName];
  if (!pinyin) return townName;
  if (townName.endsWith('街道')) return `${pinyin} Subdistrict`;
  if (townName.endsWith('镇')) return `${pinyin} Town`;
  if (townName.endsWith('乡')) return `${pinyin} Township`;
  return pinyin;
}

function townOfficeNameEn(townName: string): { name: string; short: string } {
  const short = townNameEn(townName);
  if (townName.endsWith('街道')) return { name: `${short} Office`, short };
  if (townName.endsWith('镇') || townName.endsWith('乡')) return { name: `${short} Government`, short };
  return { name: `${short} Social Governance Center`, short };
}

function townOfficeName(townName: string): string {
  if (townName.endsWith('街道')) return `${townName}办事处`;
  if (townName.endsWith('镇') || townName.endsWith('乡')) return `${townName}人民政府`;
  return `${townName}综治中心`; // 莲江口监狱, 郊区农垦: units that run their own 综治 center
}
