// The center's attachment folder: bytes no case names go once they are old
// enough, and so does what an interrupted upload left in staging.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { tempDirsPerTest } from '../../tests/support/temp-dirs-per-test.ts';
import { createAttachmentFiles } from './attachment-files.ts';

const DAY = 86_400_000;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const age = (path: string, days: number) => {
  const t = (Date.now() - days * DAY) / 1000;
  utimesSync(path, t, t);
};

describe('attachment sweep', () => {
  const tempDir = tempDirsPerTest();

  it('removes old bytes no case names and old staging leftovers, and keeps the rest', async () => {
    const dir = tempDir('gcc-attach-sweep-');
    const files = createAttachmentFiles(dir.path, 1024);
    const [named, orphan, young] = ['现场照片', '被拒的上报', '刚上传'].map(sha) as [string, string, string];
    for (const [h, text] of [[named, '现场照片'], [orphan, '被拒的上报'], [young, '刚上传']] as const) await files.put(h, Readable.from([Buffer.from(text)]));
    age(join(dir.path, named), 30);
    age(join(dir.path, orphan), 8);
    age(join(dir.path, young), 2);
    const leftover = join(dir.path, '.staging', `${orphan}.abc123`);
    const inFlight = join(dir.path, '.staging', `${young}.def456`);
    writeFileSync(leftover, 'half');
    writeFileSync(inFlight, 'half');
    age(leftover, 8);
    writeFileSync(join(dir.path, 'notes.txt'), 'not an attachment');
    age(join(dir.path, 'notes.txt'), 30);

    const asked: string[] = [];
    const removed = await files.sweep(async (h) => (asked.push(h), h === named), 7 * DAY);

    expect(removed).toEqual([orphan]);
    expect(asked.sort()).toEqual([named, orphan].sort()); // the young file is not even looked up
    expect(files.has(named) && files.has(young) && !files.has(orphan)).toBe(true);
    expect(readdirSync(join(dir.path, '.staging'))).toEqual([`${young}.def456`]);
    expect(existsSync(join(dir.path, 'notes.txt'))).toBe(true);
  });
});
