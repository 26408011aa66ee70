// A refusal in the operator's language. The core and the server say why they refuse in Chinese
// (the one text every path carries, see shared/domain/refusals.ts); this reads the refusal back
// and says it again through the `refusal` texts, its states, actions and roles by their own names.
// A text that is not one of the domain's refusals is shown as it came.
import type { TFunction } from 'i18next';
import { parseRefusal, type ParsedRefusal, type RefusalParam } from '../../../shared/domain/refusal-parse.ts';
import { refusalMeansCaseMovedOn } from '../../../shared/domain/refusals.ts';

function sayParam(p: RefusalParam, t: TFunction): string | number {
  switch (p.kind) {
    case 'number':
      return p.value;
    case 'refusal':
      return sayParsed(p.refusal, t);
    case 'text':
      return p.text;
    default:
      return t(`${p.kind}.${p.code}`);
  }
}

function sayParsed(r: ParsedRefusal, t: TFunction): string {
  const params = Object.fromEntries(Object.entries(r.params).map(([name, p]) => [name, sayParam(p, t)]));
  return t(`refusal.${r.code}`, params);
}

export function sayRefusal(text: string, t: TFunction): string {
  const parsed = parseRefusal(text);
  return parsed ? sayParsed(parsed, t) : text;
}

/** The text a failed call carries. */
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** What to tell the operator about a failed call: a refusal in their language, anything else as it came. */
export function errorText(err: unknown, t: TFunction): string {
  return sayRefusal(messageOf(err), t);
}

/** Whether a failed action's dialog should close: the case moved on, so no edit of its fields helps. */
export function refusalClosesDialog(err: unknown): boolean {
  const parsed = parseRefusal(messageOf(err));
  return parsed !== null && refusalMeansCaseMovedOn(parsed.code);
}
