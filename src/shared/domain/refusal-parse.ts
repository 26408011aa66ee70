// Reading a refusal back out of its Chinese text: the code, and each parameter as something another
// language can say (a state, action or role by its code; a nested refusal read the same way). Text
// the table does not know (a transport's error, a server of another version) reads as null and is
// shown as it came.
import { actorRoleLabels } from './actor.ts';
import { caseActionLabels } from './case-action.ts';
import { caseStateLabels } from './model.ts';
import { refusalParams, refusalTexts, type RefusalCode, type RefusalParamKind } from './refusals.ts';

export type RefusalParam =
  | { kind: 'state' | 'action' | 'role'; code: string }
  | { kind: 'number'; value: number }
  | { kind: 'refusal'; refusal: ParsedRefusal; text: string }
  | { kind: 'text'; text: string };

export type ParsedRefusal = { code: RefusalCode; params: Record<string, RefusalParam> };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLabel = (labels: Readonly<Record<string, string>>) => new Map(Object.entries(labels).map(([code, label]) => [label, code]));
const labelCodes: Record<'state' | 'action' | 'role', Map<string, string>> = {
  state: byLabel(caseStateLabels),
  action: byLabel(caseActionLabels),
  role: byLabel(actorRoleLabels),
};

type Matcher = { code: RefusalCode; pattern: RegExp; names: string[] };

// Texts with fewer parameters first: a template's free parameter must not swallow a text that a
// fixed one matches whole.
const matchers: Matcher[] = (Object.keys(refusalTexts) as RefusalCode[])
  .map((code) => {
    const names: string[] = [];
    const source = refusalTexts[code]
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
        if (!name) return escape(part);
        names.push(name);
        return refusalParams[code]?.[name] === 'number' ? '(\\d+(?:\\.\\d+)?)' : '([\\s\\S]+?)';
      })
      .join('');
    return { code, pattern: new RegExp(`^${source}$`), names };
  })
  .sort((a, b) => a.names.length - b.names.length);

function readParam(kind: RefusalParamKind, raw: string): RefusalParam | null {
  switch (kind) {
    case 'number':
      return { kind, value: Number(raw) };
    case 'refusal': {
      // Only a refusal the table knows: a text of unknown words is not read as one (and shown as it came).
      const refusal = parseRefusal(raw);
      return refusal === null ? null : { kind, refusal, text: raw };
    }
    case 'text':
      return { kind, text: raw };
    default: {
      const code = labelCodes[kind].get(raw);
      return code === undefined ? null : { kind, code };
    }
  }
}

/** The refusal `text` says, or null when it is not one of the domain's. */
export function parseRefusal(text: string): ParsedRefusal | null {
  for (const m of matchers) {
    const found = m.pattern.exec(text);
    if (!found) continue;
    const params: Record<string, RefusalParam> = {};
    let readable = true;
    m.names.forEach((name, i) => {
      const param = readParam(refusalParams[m.code]?.[name] ?? 'refusal', found[i + 1]!);
      if (param === null) readable = false;
      else params[name] = param;
    });
    if (readable) return { code: m.code, params };
  }
  return null;
}
