// How long one fsync takes in the folder the stores live in: the floor under
// any commit with synchronous=FULL, and the first thing to know before reading
// a mutations-per-second figure.
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { summarize, type Summary } from './stats.ts';
import { tempDir } from './temp-dir.ts';

export function measureFsync(count = 100): Summary {
  const dir = tempDir('gcc-bench-fsync-');
  const fd = openSync(join(dir.path, 'probe'), 'w');
  const page = Buffer.alloc(4096, 7);
  const ms: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      // Append, as a WAL commit does, so every sync has new data to flush.
      writeSync(fd, page, 0, page.length, i * page.length);
      const t = performance.now();
      fdatasyncSync(fd);
      ms.push(performance.now() - t);
    }
  } finally {
    closeSync(fd);
    dir.remove();
  }
  return summarize(ms);
}
