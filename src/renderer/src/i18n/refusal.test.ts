// A refusal from the domain, said in English: its states, actions and roles by their English
// names, a nested refusal said too; in Chinese, word for word what the domain wrote.
import { describe, expect, it } from 'vitest';
import { actors, toDispatched, T0, walk } from '../../../shared/domain/case-workflow.fixtures.ts';
import { applyAction } from '../../../shared/domain/case-workflow.ts';
import { refusalText, refusalTexts } from '../../../shared/domain/refusals.ts';
import { decideAct } from '../../../shared/case-commands.ts';
import { actorRoleLabels } from '../../../shared/domain/actor.ts';
import { caseActionLabels } from '../../../shared/domain/case-action.ts';
import { caseStateLabels } from '../../../shared/domain/model.ts';
import { en } from './en.ts';
import { initI18n } from './index.ts';
import { errorText, sayRefusal } from './refusal.ts';

const refused = (r: { ok: boolean; reason?: string }) => (r.ok ? '' : r.reason!);

describe('refusals in the operator language', () => {
  const { c: dispatched } = walk(toDispatched);
  const wrongState = refused(applyAction(dispatched, { type: 'dispatch', departmentId: 'd-cg', seatId: 's-cg-1' }, actors.dispatcher, T0));

  it('says a workflow refusal in English with English names', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(sayRefusal(wrongState, i18n.t)).toBe('The case is in state "Dispatched": "Dispatch" is not possible');
    expect(sayRefusal(refused(applyAction(dispatched, { type: 'sign' }, actors.dispatcher, T0)), i18n.t)).toBe('"Sign" is not open to the Dispatcher role');
    const stale = decideAct({ ...dispatched, version: 9 } as never, { caseId: dispatched.id, action: { type: 'sign' }, baseVersion: 1 }, actors.otherDeptSeat, T0);
    expect(errorText(new Error(refused(stale)), i18n.t)).toBe('Someone else updated the case first: The case does not belong to your department');
    expect(sayRefusal(refusalText('tooManyAttachments', { count: 10 }), i18n.t)).toBe('At most 10 attachments');
  });

  it('shows a text that is not a refusal as it came', async () => {
    const i18n = initI18n('en');
    await i18n.changeLanguage('en');
    expect(errorText(new Error('socket hang up'), i18n.t)).toBe('socket hang up');
    expect(errorText(new Error('与工作站主进程的连接已断开'), i18n.t)).toBe('The connection to the workstation\'s main process is lost');
    expect(errorText('timeout', i18n.t)).toBe('timeout');
  });

  it('says it in Chinese word for word as the domain wrote it', async () => {
    const i18n = initI18n('zh-CN');
    await i18n.changeLanguage('zh-CN');
    expect(sayRefusal(wrongState, i18n.t)).toBe(wrongState);
    expect(wrongState).toBe('案件当前为「已派遣」，不能执行「派遣」');
    // Every refusal, with every state, action and role it can name.
    const fixed = { hours: 16, mb: 20, count: 10, offset: 4096, bytes: 131072, gb: 1, inner: refusalText('notYourSeat'), detail: '✖ x', name: 'case.x' };
    for (const code of Object.keys(refusalTexts) as (keyof typeof refusalTexts)[]) {
      for (const state of Object.values(caseStateLabels)) {
        for (const action of Object.values(caseActionLabels)) {
          for (const role of Object.values(actorRoleLabels)) {
            const text = refusalText(code, { ...fixed, state, action, role });
            expect(sayRefusal(text, i18n.t), code).toBe(text);
            if (!refusalTexts[code].includes('{{role}}')) break;
          }
          if (!refusalTexts[code].includes('{{action}}')) break;
        }
        if (!refusalTexts[code].includes('{{state}}')) break;
      }
    }
  });

  it('has every English text name the same parameters as the Chinese one', () => {
    for (const [code, zh] of Object.entries(refusalTexts)) {
      const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(names(en.refusal[code as keyof typeof refusalTexts]), code).toEqual(names(zh));
    }
  });
});
