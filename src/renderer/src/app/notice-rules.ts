// What is worth a notification, decided from a case's new and previously seen
// form: assigned to my seat, sent back to it for rework, its extension or
// parking request decided, the running step turning yellow (about to breach),
// a new escalation (督办) for whoever holds the case. Pure, so the rules are
// tested without a page.
import type { CaseListItem } from '../../../shared/contract.ts';
import { lightOf } from '../dispatch/list-filters.ts';
import { SEAT_WORK_STATES } from '../../../shared/queues.ts';

export type Seen = { c: CaseListItem; yellow: boolean };
export type Viewer = { role: string; seatId: string | null };
export type Notice = 'assigned' | 'rework' | 'extensionDecided' | 'parkDecided' | 'breach' | 'supervised';

/** States in which the case is in a seat's hands: a 督办 then presses the seat, not the center that may have issued it. */
const AT_SEAT = new Set<string>([...SEAT_WORK_STATES, 'parked']);

/** A seat hears about its own cases; the center about every case in its scope. */
export const concerns = (viewer: Viewer, c: CaseListItem) => viewer.role !== 'seat' || c.seatId === viewer.seatId;

export const see = (c: CaseListItem, now: string): Seen => ({ c, yellow: lightOf(c, now) === 'yellow' });

export function noticeFor(viewer: Viewer, before: Seen | undefined, now: Seen): Notice | null {
  const { c } = now;
  const seat = viewer.role === 'seat';
  if (c.state === 'dispatched' && before?.c.state !== 'dispatched' && seat) return 'assigned';
  if (seat && before && c.reworkCount > before.c.reworkCount) return 'rework';
  if (seat && before && before.c.pendingExtensionHours !== null && c.pendingExtensionHours === null) return 'extensionDecided';
  if (seat && before && before.c.pendingParkReason !== null && c.pendingParkReason === null) return 'parkDecided';
  if (now.yellow && !before?.yellow) return 'breach';
  if (before && c.supervisionCount > before.c.supervisionCount && seat === AT_SEAT.has(c.state)) return 'supervised';
  return null;
}

/** Only cases with a running step can still turn yellow; the rest need not be remembered. */
export const worthKeeping = (c: CaseListItem) => ['dispatched', 'signed', 'handling', 'resolved', 'filed', 'reported', 'parked', 'verified'].includes(c.state);
