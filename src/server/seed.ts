// Demo data for an empty store: accounts for each role and a few cases around
// Jiamusi, committed through the same mutation path a workstation uses.
import { v7 as uuidv7 } from 'uuid';
import type { ReportCaseInput } from '../shared/contract.ts';
import type { Mutation } from '../shared/wire.ts';
import { hashPassword } from './auth.ts';
import { planMutation, type Locate } from './mutations.ts';
import type { Account, Store } from './store/store.ts';

export const DEMO_PASSWORD = 'jms@2026';

export const demoAccounts: Account[] = [
  { username: 'leader', displayName: '指挥长', role: 'leader', departmentId: null, seatId: null, countyCode: null, townCode: null },
  { username: 'intake', displayName: '受理员', role: 'intake', departmentId: null, seatId: null, countyCode: null, townCode: null },
  { username: 'dispatcher', displayName: '派遣员', role: 'dispatcher', departmentId: null, seatId: null, countyCode: null, townCode: null },
  { username: 'admin', displayName: '系统管理员', role: 'admin', departmentId: null, seatId: null, countyCode: null, townCode: null },
  { username: 'system', displayName: '物联感知平台', role: 'intake', departmentId: null, seatId: null, countyCode: null, townCode: null },
];

const demoCases: ReportCaseInput[] = [
  { title: '长安路井盖缺失', categoryCode: '0101', platform: 'urban', priority: 'urgent', point: [130.3612, 46.8036], address: '向阳区长安路与光复路交口' },
  { title: '中山路占道经营', categoryCode: '0501', platform: 'urban', point: [130.3481, 46.8094], address: '前进区中山路' },
  { title: '友谊路暴露垃圾', categoryCode: '0101', platform: 'urban', point: [130.3795, 46.7968], address: '东风区友谊路' },
  { title: '邻里噪音纠纷', categoryCode: 'SG0101', platform: 'grid', point: [130.3203, 46.7782], address: '郊区长青乡' },
];

async function commitReport(store: Store, locate: Locate, account: Account, input: ReportCaseInput, seq: number) {
  const m: Mutation = { id: uuidv7(), clientId: 'seed', seq, name: 'case.report', args: { ...input, id: uuidv7() }, at: new Date().toISOString() };
  const plan = planMutation(m, { account, locate, now: () => new Date() });
  if ('error' in plan) throw new Error(plan.error);
  return store.commitMutation(m, account.username, plan.caseId, plan.decide);
}

export async function seedDemo(store: Store, locate: Locate): Promise<void> {
  for (const a of demoAccounts) {
    if (!(await store.findAccount(a.username))) await store.putAccount(a, hashPassword(DEMO_PASSWORD));
  }
  if ((await store.countCases()) > 0) return;
  const system = demoAccounts.find((a) => a.username === 'system')!;
  let seq = 0;
  for (const input of demoCases) await commitReport(store, locate, system, input, ++seq);
}
