import { describe, expect, it } from 'vitest';
import { chainEvent, hashCaseEvent, verifyChain, type CaseEvent, type CaseEventDraft } from './case-event.ts';

const draft = (note: string, at: string): CaseEventDraft => ({
  caseId: 'case-1',
  at,
  actorId: 'u-1',
  actorRole: 'dispatcher',
  seatId: null,
  action: 'supervise',
  fromState: 'handling',
  toState: 'handling',
  note,
  detail: null,
});

function chainOf(length: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; i < length; i++) events.push(chainEvent(events.at(-1) ?? null, draft(`督办 ${i}`, `2026-11-26T0${i}:00:00.000Z`)));
  return events;
}

describe('chainEvent', () => {
  it('starts at seq 1 with no previous hash, then links each event to the last', () => {
    const [first, second] = chainOf(2);
    expect(first).toMatchObject({ seq: 1, prevHash: null });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic and covers prevHash', () => {
    expect(chainEvent(null, draft('a', '2026-11-26T00:00:00.000Z'))).toEqual(chainEvent(null, draft('a', '2026-11-26T00:00:00.000Z')));
    const [first] = chainOf(1);
    expect(hashCaseEvent({ ...first!, prevHash: 'f'.repeat(64) })).not.toBe(first!.hash);
  });
});

describe('verifyChain', () => {
  const events = chainOf(5);

  it('accepts an intact chain, an empty one, and a later page given its anchor', () => {
    expect(verifyChain(events)).toBe(-1);
    expect(verifyChain([])).toBe(-1);
    expect(verifyChain(events.slice(2), events[1]!)).toBe(-1);
    expect(verifyChain(events.slice(2))).toBe(0);
  });

  it('points at the first edited, dropped, reordered or foreign event', () => {
    const edited = events.map((e, i) => (i === 3 ? { ...e, note: '改过的' } : e));
    expect(verifyChain(edited)).toBe(3);
    expect(verifyChain([...events.slice(0, 2), ...events.slice(3)])).toBe(2);
    expect(verifyChain([events[0]!, events[2]!, events[1]!, events[3]!])).toBe(1);
    const rehashedForeign = chainEvent(events[1]!, { ...draft('x', '2026-11-26T09:00:00.000Z'), caseId: 'case-2' });
    expect(verifyChain([events[0]!, events[1]!, rehashedForeign])).toBe(2);
  });

  it('catches an edit even when the editor recomputes that event’s hash', () => {
    const forged = { ...events[1]!, note: '伪造' };
    const rehashed = { ...forged, hash: hashCaseEvent(forged) };
    expect(verifyChain([events[0]!, rehashed, ...events.slice(2)])).toBe(2);
  });
});
