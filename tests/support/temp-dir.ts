import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'gcc-'): { path: string; remove(): void } {
  // TMPDIR may name a folder nobody has made yet (a bench pointed at a scratch disk).
  mkdirSync(tmpdir(), { recursive: true });
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
