// Mutations as a workstation's outbox would push them: distinct UUIDv7 ids,
// realistic report arguments, points jittered around central Jiamusi with a
// seeded generator so every run pushes the same city.
import { v7 as uuidv7 } from 'uuid';
import { ACT_MUTATION, REPORT_MUTATION } from '../../src/shared/case-commands.ts';
import type { ReportCaseInput } from '../../src/shared/contract.ts';
import type { Mutation } from '../../src/shared/wire.ts';

const CENTER: [number, number] = [130.36, 46.8];
const streets = ['长安路', '中山路', '友谊路', '光复路', '胜利路', '杏林路', '保卫路', '站前路'];

export function reportArgs(random: () => number, title: string): ReportCaseInput & { id: string } {
  const street = streets[Math.floor(random() * streets.length)]!;
  const point: [number, number] = [+(CENTER[0] + (random() - 0.5) * 0.04).toFixed(6), +(CENTER[1] + (random() - 0.5) * 0.02).toFixed(6)];
  return {
    id: uuidv7(),
    title,
    description: `${street}${Math.floor(random() * 300) + 1}号附近井盖缺失，行人通行存在安全隐患，请尽快处置。`,
    categoryKind: '部件',
    categoryCode: '0101',
    platform: 'urban',
    priority: 'normal',
    point,
    address: `向阳区${street}${Math.floor(random() * 300) + 1}号`,
  };
}

export type Outbox = { clientId: string; next(name: string, args: unknown): Mutation };

/** A client's outbox: its id and a gapless seq, as the workstation's link pushes them. */
export function outbox(clientId: string): Outbox {
  let seq = 0;
  return { clientId, next: (name, args) => ({ id: uuidv7(), clientId, seq: ++seq, name, args, at: new Date().toISOString() }) };
}

export const reportMutation = (box: Outbox, args: ReportCaseInput & { id: string }): Mutation => box.next(REPORT_MUTATION, args);

export const acceptMutation = (box: Outbox, caseId: string): Mutation => box.next(ACT_MUTATION, { caseId, action: { type: 'accept', note: '情况属实，予以立案' } });
