// The center's attachment bytes: content-addressed files under
// <dataDir>/attachments, each named by the SHA-256 of its bytes. An upload is
// streamed to a temporary file while hashing; only a body of the allowed size
// whose digest equals the name is fsync'd and renamed into place, so a stored
// name always holds exactly its bytes, and a refused upload stores nothing.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, statSync, type ReadStream } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { refusalText } from '../shared/domain/refusals.ts';

export class AttachmentRefused extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const DIGEST = /^[0-9a-f]{64}$/;

export function createAttachmentFiles(dir: string, maxBytes: number) {
  const staging = join(dir, '.staging');
  mkdirSync(staging, { recursive: true });
  const pathOf = (sha256: string) => join(dir, sha256);

  return {
    has: (sha256: string): boolean => existsSync(pathOf(sha256)),
    size: (sha256: string): number => statSync(pathOf(sha256)).size,
    open: (sha256: string): ReadStream => createReadStream(pathOf(sha256)),

    /**
     * Remove bytes that no case names and staging files an interrupted upload left, once they are older
     * than `graceMs`: a workstation uploads a file before the case naming it reaches the server, so
     * young unnamed bytes are kept.
     */
    async sweep(isNamed: (sha256: string) => Promise<boolean>, graceMs: number, now = Date.now()): Promise<string[]> {
      const old = async (path: string) => {
        const info = await stat(path).catch(() => undefined); // gone meanwhile: nothing to do
        return info !== undefined && info.mtimeMs < now - graceMs;
      };
      const removed: string[] = [];
      for (const name of await readdir(staging)) {
        if (await old(join(staging, name))) await rm(join(staging, name), { force: true });
      }
      for (const name of await readdir(dir)) {
        if (!DIGEST.test(name) || !(await old(pathOf(name))) || (await isNamed(name))) continue;
        await rm(pathOf(name), { force: true });
        removed.push(name);
      }
      return removed;
    },

    /** Store a body named `sha256`; false when those bytes were already stored (the body is then only read to check it). */
    async put(sha256: string, body: Readable): Promise<boolean> {
      const temp = join(staging, `${sha256}.${randomBytes(6).toString('hex')}`);
      const file = await open(temp, 'w');
      const hash = createHash('sha256');
      let size = 0;
      let kept = false;
      try {
        for await (const chunk of body) {
          const bytes = chunk as Buffer;
          size += bytes.length;
          if (size > maxBytes) throw new AttachmentRefused(413, refusalText('attachmentOverLimit', { mb: maxBytes / 1024 / 1024 }));
          hash.update(bytes);
          await file.write(bytes);
        }
        const actual = hash.digest('hex');
        if (actual !== sha256) throw new AttachmentRefused(422, refusalText('attachmentMismatch'));
        await file.sync();
        await file.close();
        if (existsSync(pathOf(sha256))) return false;
        await rename(temp, pathOf(sha256));
        kept = true;
        const d = await open(dir, 'r');
        await d.sync().finally(() => d.close());
        return true;
      } finally {
        await file.close().catch(() => undefined);
        if (!kept) await rm(temp, { force: true });
      }
    },
  };
}
export type AttachmentFiles = ReturnType<typeof createAttachmentFiles>;
