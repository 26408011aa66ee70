// Attachments travel with the case: recorded on report and on a result submission, refused past the limit.
import { describe, expect, it } from 'vitest';
import { decideAct, decideReport } from './case-commands.ts';
import type { Attachment } from './domain/attachment.ts';
import type { Case } from './domain/case.ts';
import { actors, T0, toHandling, walk } from './domain/case-workflow.fixtures.ts';

const file = (n: number, step: Attachment['step']): Attachment => ({ name: `现场照片${n}.jpg`, size: 1000 + n, type: 'image/jpeg', sha256: String(n).repeat(64).slice(0, 64), step, at: T0 });
const place = { countyCode: '230803000000', townCode: '230803001000', gridCode: null };
const report = { id: '0190a0b0-0000-7000-8000-000000000001', title: '垃圾堆放', description: '', platform: 'grid' as const, categoryKind: '事件', categoryCode: '0101', priority: 'normal' as const, point: [130.36, 46.8] as [number, number], address: '' };

describe('attachments on case commands', () => {
  it('keeps what the report attached', () => {
    const d = decideReport({ ...report, attachments: [file(1, 'report')] }, actors.dispatcher, '派遣员', place, T0);
    expect(d.ok && d.next.attachments).toEqual([file(1, 'report')]);
    const plain = decideReport(report, actors.dispatcher, '派遣员', place, T0);
    expect(plain.ok && 'attachments' in plain.next).toBe(false);
  });

  it('adds what a result submission attached, and refuses more than the limit', () => {
    const handling = { ...walk(toHandling).c, ...report, source: 'hotline', gridCode: null, reporter: '', code: null, attachments: [file(1, 'report')] } as Case;
    const submitted = decideAct(handling, { caseId: handling.id, action: { type: 'submit', result: '已清运', attachments: [file(2, 'submit')] } }, actors.seat, T0);
    expect(submitted.ok && submitted.next.attachments?.map((a) => a.name)).toEqual(['现场照片1.jpg', '现场照片2.jpg']);
    const many = Array.from({ length: 10 }, (_, i) => file(i + 2, 'submit'));
    const refused = decideAct(handling, { caseId: handling.id, action: { type: 'submit', result: '已清运', attachments: many } }, actors.seat, T0);
    expect(refused).toEqual({ ok: false, reason: '最多 10 个附件' });
  });
});
