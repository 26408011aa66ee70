// Time limits (时限) per category × priority × step, and the traffic light over them. The table is
// data so a city can replace it; every limit is counted in working time on a WorkCalendar.
import { z } from 'zod';
import { casePriorities, type CasePriority, type CaseState } from './model.ts';
import {
  addWorkingMinutes,
  chinaWorkCalendar,
  workdayMinutes,
  workingMinutesBetween,
  type WorkCalendar,
} from './work-calendar.ts';

export const slaSteps = ['sign', 'handle', 'verify'] as const;
export type SlaStep = (typeof slaSteps)[number];
export const slaStepLabels = { sign: '签收', handle: '处置', verify: '核查' } as const satisfies Record<SlaStep, string>;

export const slaDurationSchema = z.object({
  value: z.number().positive(),
  /** Working minutes, working hours or working days (a day being the calendar's working periods). */
  unit: z.enum(['minute', 'hour', 'day']),
});
export type SlaDuration = z.infer<typeof slaDurationSchema>;

/**
 * One row of the table. Every matcher left out matches anything. `kind` is the catalog kind
 * (部件 / 事件 / 社会治理 …): CJ/T 214 repeats its minor codes across 部件 and 事件 (0101 is both
 * 上水井盖 and 私搭乱建), so a row keyed on such a code names its kind, and it only applies to a
 * case whose kind is known and equal.
 */
export const slaRuleSchema = z.object({
  step: z.enum(slaSteps),
  kind: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
  major: z.string().min(1).optional(),
  priority: z.enum(casePriorities).optional(),
  limit: slaDurationSchema,
  /** Where the number comes from; limits are local rules, so each names its city. */
  source: z.string().optional(),
});
export type SlaRule = z.infer<typeof slaRuleSchema>;
export const slaTableSchema = z.array(slaRuleSchema);
export type SlaTable = readonly SlaRule[];

/** What a limit is looked up by. */
export type SlaSubject = {
  categoryCode: string;
  categoryKind?: string | null;
  /** From the catalog when known; otherwise derived with categoryMajorCode. */
  categoryMajorCode?: string | null;
  priority: CasePriority;
};

const hour = (value: number): SlaDuration => ({ value, unit: 'hour' });
const day = (value: number): SlaDuration => ({ value, unit: 'day' });
const unnamedCity = '未署名城市《数字化城市管理立案、结案标准(事件类)》';

/**
 * Defaults from design.md (签收 1 工作时; 处置 一般 4 工作日 / 紧急 4 工作时 / 特急 1 工作时; 核查
 * 1 工作日) plus the catalog's working-time limits (resources/data/case-categories.csv). Category
 * rows are for 一般 priority only: an urgent case keeps the shorter urgent limit.
 */
export const defaultSlaTable = [
  { step: 'sign', limit: hour(1), source: 'design.md' },
  { step: 'handle', priority: 'normal', limit: day(4), source: 'design.md' },
  { step: 'handle', priority: 'urgent', limit: hour(4), source: 'design.md' },
  { step: 'handle', priority: 'critical', limit: hour(1), source: 'design.md' },
  { step: 'verify', limit: day(1), source: 'design.md' },
  { step: 'handle', kind: '事件', category: '0101', priority: 'normal', limit: day(20), source: `${unnamedCity} 私搭乱建·拆除` },
  { step: 'handle', kind: '事件', category: '0102', priority: 'normal', limit: hour(4), source: `${unnamedCity} 暴露垃圾` },
  { step: 'handle', kind: '事件', category: '0103', priority: 'normal', limit: day(2), source: `${unnamedCity} 渣土堆` },
  { step: 'handle', kind: '事件', category: '0104', priority: 'normal', limit: hour(2), source: `${unnamedCity} 道路保洁` },
  { step: 'handle', kind: '事件', category: '0106', priority: 'normal', limit: hour(4), source: `${unnamedCity} 绿地保洁` },
  { step: 'handle', kind: '事件', category: '0406', priority: 'normal', limit: hour(4), source: `${unnamedCity} 路面积水` },
  { step: 'handle', kind: '部件', category: '0405', priority: 'normal', limit: day(5), source: `${unnamedCity} 绿地养护` },
  { step: 'handle', category: 'ZW0103', priority: 'normal', limit: day(10), source: '行政服务中心诉求件·投诉 10 个工作日' },
  { step: 'handle', kind: '事件', major: '04', priority: 'normal', limit: hour(4), source: '项目默认：突发事件按紧急件时限' },
] as const satisfies SlaTable;

// GB/T 47678.5 大类 → the CJ/T 214 大类 the catalog files them under (catalog README).
const gbMajorToCjt: Readonly<Record<string, string>> = {
  '01': '01', '02': '02', '03': '03', '04': '04', '05': '06',
  '06': '01', '07': '02', '08': '03', '09': '05', '10': '06',
};

/** The 大类 of a catalog code: 0102 → 01, SG0101 → SG01, GB06010 → 01; null when unrecognised. */
export function categoryMajorCode(code: string): string | null {
  if (/^\d{4}$/.test(code)) return code.slice(0, 2);
  if (/^[A-Z]{2}\d{4}$/.test(code)) return code.slice(0, 4);
  const gb = /^GB(\d{2})\d{3}$/.exec(code);
  return gb ? (gbMajorToCjt[gb[1]!] ?? null) : null;
}

/**
 * The row that sets a limit: an exact category beats its 大类, which beats the default; at each
 * level a row for the case's priority beats one for any priority; ties go to the earlier row.
 */
export function findSlaRule(table: SlaTable, subject: SlaSubject, step: SlaStep): SlaRule | null {
  const major = subject.categoryMajorCode ?? categoryMajorCode(subject.categoryCode);
  let best: SlaRule | null = null;
  let bestScore = -1;
  for (const rule of table) {
    if (rule.step !== step) continue;
    if (rule.kind !== undefined && rule.kind !== subject.categoryKind) continue;
    if (rule.category !== undefined && rule.category !== subject.categoryCode) continue;
    if (rule.major !== undefined && rule.major !== major) continue;
    if (rule.priority !== undefined && rule.priority !== subject.priority) continue;
    const score = (rule.category !== undefined ? 4 : 0) + (rule.major !== undefined ? 2 : 0) + (rule.priority !== undefined ? 1 : 0);
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

export function durationMinutes(duration: SlaDuration, calendar: WorkCalendar = chinaWorkCalendar): number {
  if (duration.unit === 'minute') return duration.value;
  if (duration.unit === 'hour') return duration.value * 60;
  return duration.value * workdayMinutes(calendar);
}

/** The limit in working minutes, or null when the table has no row for the step. */
export function slaLimitMinutes(
  table: SlaTable,
  subject: SlaSubject,
  step: SlaStep,
  calendar: WorkCalendar = chinaWorkCalendar,
): number | null {
  const rule = findSlaRule(table, subject, step);
  return rule ? durationMinutes(rule.limit, calendar) : null;
}

export const slaLights = ['green', 'yellow', 'red'] as const;
export type SlaLight = (typeof slaLights)[number];
/** The share of a limit after which a step warns: alert before the breach, not after. */
export const SLA_WARN_RATIO = 0.8;

/** Green below 80 % of the limit, yellow from 80 % up to and including 100 %, red beyond. */
export function slaLight(elapsedWorkingMinutes: number, limitMinutes: number): SlaLight {
  if (elapsedWorkingMinutes > limitMinutes) return 'red';
  return elapsedWorkingMinutes < limitMinutes * SLA_WARN_RATIO ? 'green' : 'yellow';
}

/** The case fields the step clocks read. */
export type SlaCase = SlaSubject & {
  state: CaseState;
  dispatchedAt: string | null;
  signedAt: string | null;
  resolvedAt: string | null;
  verifiedAt: string | null;
  /** Set while parked (挂账): the handling clock stands still from then. */
  parkedAt: string | null;
  /** Working minutes spent parked in earlier, recovered parkings. */
  pausedMinutes: number;
  /** Working minutes granted by approved extensions. */
  extendedMinutes: number;
};

export type SlaStatus = {
  step: SlaStep;
  limitMinutes: number;
  /** Working minutes used, parked time excluded. */
  elapsed: number;
  /** Negative once overdue. */
  remaining: number;
  light: SlaLight;
  /** When the limit is used up; while parked, as if handling resumed now. */
  dueAt: string;
  /** When the light turns yellow. */
  warnAt: string;
  /** Whether the step is still open (its clock still runs, unless parked). */
  running: boolean;
};

export type SlaOptions = { table?: SlaTable; calendar?: WorkCalendar };

/**
 * Where one step stands at `now`. Clocks: 签收 from dispatch to sign; 处置 from dispatch to the
 * result submission, less parked time, with approved extensions added to the limit (so the
 * department's clock includes signing, and a failed verification does not restart it); 核查 from
 * submission to verification. Null when the step has not started or the table has no limit for it.
 */
export function slaStatus(c: SlaCase, step: SlaStep, now: string, options: SlaOptions = {}): SlaStatus | null {
  const table = options.table ?? defaultSlaTable;
  const calendar = options.calendar ?? chinaWorkCalendar;
  const [startedAt, stoppedAt] =
    step === 'sign' ? [c.dispatchedAt, c.signedAt] : step === 'handle' ? [c.dispatchedAt, c.resolvedAt] : [c.resolvedAt, c.verifiedAt];
  if (startedAt === null) return null;
  const baseLimit = slaLimitMinutes(table, c, step, calendar);
  if (baseLimit === null) return null;

  const end = stoppedAt ?? now;
  const handling = step === 'handle';
  const parkedNow = handling && stoppedAt === null && c.parkedAt !== null ? Math.max(0, workingMinutesBetween(c.parkedAt, now, calendar)) : 0;
  const paused = handling ? c.pausedMinutes + parkedNow : 0;
  const limitMinutes = baseLimit + (handling ? c.extendedMinutes : 0);
  const elapsed = Math.max(0, workingMinutesBetween(startedAt, end, calendar) - paused);
  return {
    step,
    limitMinutes,
    elapsed,
    remaining: limitMinutes - elapsed,
    light: slaLight(elapsed, limitMinutes),
    dueAt: addWorkingMinutes(startedAt, limitMinutes + paused, calendar),
    warnAt: addWorkingMinutes(startedAt, limitMinutes * SLA_WARN_RATIO + paused, calendar),
    running: stoppedAt === null,
  };
}
