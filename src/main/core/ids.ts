// Time-ordered ids (UUIDv7) for new cases and mutations. The uuid package draws its 16 random
// bytes per id through crypto.getRandomValues, which costs more than the rest of the id on the
// command path; here they come from a pool refilled in one call every 256 ids. Ordering is the
// package's own: within one millisecond the 31-bit sequence counts up from a random start.
import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

const POOL_IDS = 256;
const pool = new Uint8Array(16 * POOL_IDS);
let next = POOL_IDS;
let lastMs = -Infinity;
let seq = 0;

function random16(): Uint8Array {
  if (next === POOL_IDS) {
    randomFillSync(pool);
    next = 0;
  }
  return pool.subarray(16 * next, 16 * ++next);
}

/** A new UUIDv7; ids made by this process sort in the order they were made. */
export function newId(): string {
  const random = random16();
  const now = Date.now();
  if (now > lastMs) {
    // As the package seeds its counter: 31 random bits, leaving room to count up.
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
    lastMs = now;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMs++; // 2^32 ids in one millisecond: borrow the next one
  }
  return v7({ msecs: lastMs, seq, random });
}
