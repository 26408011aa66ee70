// The taskbar/dock badge: the work waiting for this seat (to sign) plus what
// is overdue, kept current from the core's own events.
import { app } from 'electron';
import type { ContractHandler } from '../../shared/contract.ts';

export function followBadge(core: ContractHandler): () => void {
  let pending = false;
  const update = async () => {
    const res = await core.request({ id: 0, kind: 'query', name: 'cases.queueCounts', args: {} });
    if (res.ok) {
      const counts = res.result as Record<string, number>;
      app.setBadgeCount((counts.sign ?? 0) + (counts.overdue ?? 0));
    }
  };
  return core.subscribe((e) => {
    if (e.event !== 'cases.changed' || pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      void update();
    }, 500);
  });
}
