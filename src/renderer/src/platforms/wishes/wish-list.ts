// The 微心愿 as a leader reads them: which wishes no party member has taken yet, longest
// waiting first, and who took the others. The 认领率 tile says how many; this says which.
import type { Wish } from '../../../../shared/domain/model.ts';

export type WishView = 'open' | 'claimed' | 'fulfilled' | 'all';
export const wishViews: readonly WishView[] = ['open', 'claimed', 'fulfilled', 'all'];

export type WishCounts = Record<WishView, number>;

export function wishCounts(wishes: readonly Wish[]): WishCounts {
  const counts: WishCounts = { open: 0, claimed: 0, fulfilled: 0, all: wishes.length };
  for (const w of wishes) counts[w.state] += 1;
  return counts;
}

/**
 * The wishes of a view: waiting ones oldest first (the longest wait is the one to chase), taken
 * ones most recently taken first; in 全部, the waiting ones come first.
 */
export function wishesIn(wishes: readonly Wish[], view: WishView): Wish[] {
  const shown = view === 'all' ? [...wishes] : wishes.filter((w) => w.state === view);
  const taken = (w: Wish) => w.claimedAt ?? w.createdAt;
  return shown.sort((a, b) => {
    if ((a.state === 'open') !== (b.state === 'open')) return a.state === 'open' ? -1 : 1;
    return a.state === 'open' ? a.createdAt.localeCompare(b.createdAt) : taken(b).localeCompare(taken(a));
  });
}

/** Whole days a wish has waited at `now`. */
export const daysWaiting = (w: Wish, now: number): number => Math.max(0, Math.floor((now - Date.parse(w.createdAt)) / 86_400_000));
