// The content-addressed store on a real folder: chunks in order, digest and size checked, nothing
// half-written ever under a file's name.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { MAX_ATTACHMENT_BYTES } from '../../shared/domain/attachment.ts';
import { createAttachmentStore } from './attachment-store.ts';

const dir = tempDir();
afterAll(() => dir.remove());
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('attachment store', () => {
  const store = createAttachmentStore(join(dir.path, 'attachments'));
  const bytes = Buffer.from('现场照片：长安路井盖缺失'.repeat(1000));
  const hash = sha(bytes);

  it('keeps a file sent in chunks under its SHA-256, only once it is whole and matches', () => {
    const a = store.write(hash, bytes.length, 0, bytes.subarray(0, 5000));
    expect(a).toEqual({ received: 5000, done: false, stored: false });
    expect(store.has(hash)).toBe(false); // half a file is never under its name
    expect(() => store.write(hash, bytes.length, 9000, bytes.subarray(9000, 10_000))).toThrow('应从第 5000 字节续传');
    const b = store.write(hash, bytes.length, 5000, bytes.subarray(5000));
    expect(b).toEqual({ received: bytes.length, done: true, stored: true });
    expect(readFileSync(join(store.dir, hash)).equals(bytes)).toBe(true);
    expect(store.read(hash, 10, 5).equals(bytes.subarray(10, 15))).toBe(true);
    expect(store.readVerified(hash).equals(bytes)).toBe(true);
    expect(store.list()).toEqual([hash]);
    expect(readdirSync(join(store.dir, '.staging'))).toEqual([]);
  });

  it('answers done at once for bytes it already holds', () => {
    expect(store.write(hash, bytes.length, 0, bytes.subarray(0, 10))).toEqual({ received: bytes.length, done: true, stored: false });
  });

  it('refuses bytes that do not match their name, and keeps nothing of them', () => {
    const other = Buffer.from('another photo');
    const wrongName = sha(Buffer.from('not these bytes'));
    expect(() => store.write(wrongName, other.length, 0, other)).toThrow('附件摘要不符');
    expect(store.has(wrongName)).toBe(false);
    expect(readdirSync(join(store.dir, '.staging'))).toEqual([]);
    // More bytes than declared, and more than the limit, are refused before anything is written.
    expect(() => store.write(sha(other), 3, 0, other)).toThrow('超出声明的大小');
    expect(() => store.write(sha(other), MAX_ATTACHMENT_BYTES + 1, 0, other)).toThrow('MB');
    expect(() => store.has('../cache.sqlite')).toThrow('SHA-256');
  });

  it('starts a file afresh from offset 0', () => {
    const photo = Buffer.from('x'.repeat(300));
    const h = sha(photo);
    store.write(h, photo.length, 0, Buffer.from('garbage'));
    store.write(h, photo.length, 0, photo.subarray(0, 100));
    expect(store.write(h, photo.length, 100, photo.subarray(100)).stored).toBe(true);
    expect(store.readVerified(h).equals(photo)).toBe(true);
  });

  it('reports a damaged copy instead of sending it on', async () => {
    const photo = Buffer.from('y'.repeat(64));
    const h = sha(photo);
    store.put(h, photo);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(store.dir, h), 'z'.repeat(64));
    expect(() => store.readVerified(h)).toThrow('已损坏');
    expect(existsSync(join(store.dir, h))).toBe(true);
  });
});
