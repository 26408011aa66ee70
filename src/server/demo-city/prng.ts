// Seeded randomness for the demo city. Every part of the generator draws from
// its own stream, keyed by a label (a division code, "names", …), so adding a
// village or a worker does not reshuffle everything generated after it.
import { mulberry32 } from '../../shared/mulberry32.ts';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weightedPick<T>(items: readonly T[], weights: readonly number[]): T;
  /** Roughly normal (Irwin–Hall of 4 uniforms): cheap, bounded to mean ± 2√3·sd. */
  normal(mean: number, sd: number): number;
  shuffle<T>(items: readonly T[]): T[];
}

/** A stream for `seed`, made independent per label: rngFor(1, 'town', code). */
export function rngFor(seed: number, ...labels: readonly string[]): Rng {
  return createRng(hashLabels(seed, labels));
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed >>> 0);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weightedPick: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (items.length === 0 || items.length !== weights.length || !(total > 0)) {
        throw new Error('weightedPick needs matching items and positive weights');
      }
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] as number;
        if (r < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    normal: (mean, sd) => mean + (next() + next() + next() + next() - 2) * sd * Math.sqrt(3),
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
  return rng;
}

/** FNV-1a over the labels' UTF-16 units, folded with the seed and finished with a murmur3 mix. */
function hashLabels(seed: number, labels: readonly string[]): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const label of labels) {
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193); // separator, so ('ab','c') ≠ ('a','bc')
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
