// A grid's live status on the map: how many open cases it holds, and how many
// of those are near breach (yellow) or over the limit (red). Quiet grids are
// simply absent.
export type SlaLightColor = 'green' | 'yellow' | 'red';
export type GridStatus = { gridCode: string; open: number; yellow: number; red: number };

const CLOSED = new Set(['voided', 'closed', 'rated']);

export function gridStatusOf(cases: readonly { gridCode: string | null; state: string; light: SlaLightColor | null }[]): GridStatus[] {
  const by = new Map<string, GridStatus>();
  for (const c of cases) {
    if (!c.gridCode || CLOSED.has(c.state)) continue;
    const s = by.get(c.gridCode) ?? { gridCode: c.gridCode, open: 0, yellow: 0, red: 0 };
    s.open += 1;
    if (c.light === 'yellow') s.yellow += 1;
    if (c.light === 'red') s.red += 1;
    by.set(c.gridCode, s);
  }
  return [...by.values()];
}

/** The one word the map colors a grid by. */
export const gridLevel = (s: GridStatus | undefined): 'quiet' | 'open' | 'warning' | 'overdue' =>
  !s || s.open === 0 ? 'quiet' : s.red > 0 ? 'overdue' : s.yellow > 0 ? 'warning' : 'open';

/**
 * SLA lights age with the clock: a case turns yellow, then red, with nothing about it changing.
 * Views that color by them ask again this often, besides on every change.
 */
export const SLA_RECHECK_MS = 60_000;
