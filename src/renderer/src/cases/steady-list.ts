// A list that holds still under the pointer: while the operator aims at a
// row, cases new to the list are held back (and counted), so the rows do not
// move down under the cursor; changes to the rows shown, and rows leaving the
// list, still apply at once.
import type { CaseListItem } from '../../../shared/contract.ts';

export function steadyList(latest: readonly CaseListItem[], held: ReadonlySet<string> | null): { cases: readonly CaseListItem[]; heldBack: number } {
  if (!held) return { cases: latest, heldBack: 0 };
  const cases = latest.filter((c) => held.has(c.id));
  return { cases, heldBack: latest.length - cases.length };
}
