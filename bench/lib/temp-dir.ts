import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder under the OS temp dir, or in memory (/dev/shm, where there is one) for diagnostics without a disk. */
export function tempDir(prefix = 'gcc-bench-', opts: { inMemory?: boolean } = {}): { path: string; remove(): void } {
  const base = opts.inMemory && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const path = mkdtempSync(join(base, prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
