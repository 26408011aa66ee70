// Apart from temp-dir.ts, which benches and Playwright specs import too: this one needs vitest.
import { afterEach } from 'vitest';
import { tempDir } from './temp-dir.ts';

/**
 * For a vitest describe block: each call makes a temp dir, and every dir made
 * during a test is removed after it, passed or failed.
 */
export function tempDirsPerTest(): (prefix?: string) => { path: string; remove(): void } {
  const made: { remove(): void }[] = [];
  afterEach(() => made.splice(0).forEach((d) => d.remove()));
  return (prefix) => {
    const dir = tempDir(prefix);
    made.push(dir);
    return dir;
  };
}
