// The workstation's content-addressed attachment store: each file is named by
// the SHA-256 of its bytes, under <dataDir>/attachments. Bytes arrive in
// chunks (the contract carries at most one chunk per message) into a staging
// file; only when the declared size is reached and the digest matches is the
// file fsync'd and renamed into place, so a name in the store always holds
// exactly the bytes it names, whole, on disk.
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { MAX_ATTACHMENT_BYTES, sha256HexSchema } from '../../shared/domain/attachment.ts';
import { refusalText } from '../../shared/domain/refusals.ts';

export type WriteProgress = { received: number; done: boolean; /** true only for the chunk that completed the file */ stored: boolean };

const READ_BLOCK = 1024 * 1024;

/** Make a rename durable: the directory entry must reach the disk too. */
function fsyncDir(dir: string) {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function hashFile(path: string): { sha256: string; size: number } {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(READ_BLOCK);
  let size = 0;
  try {
    for (let n; (n = readSync(fd, block, 0, READ_BLOCK, null)) > 0; size += n) hash.update(block.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), size };
}

function checkName(sha256: string) {
  // The name becomes a path: anything but 64 hex digits is refused before it reaches the file system.
  if (!sha256HexSchema.safeParse(sha256).success) throw new Error(refusalText('attachmentDigest'));
}

export function createAttachmentStore(dir: string) {
  const staging = join(dir, '.staging');
  mkdirSync(staging, { recursive: true });
  const pathOf = (sha256: string) => {
    checkName(sha256);
    return join(dir, sha256);
  };
  const partOf = (sha256: string) => join(staging, `${sha256}.part`);

  /** Move a staged file whose digest was checked into the store, durably. */
  function commit(part: string, sha256: string) {
    const fd = openSync(part, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(part, pathOf(sha256));
    fsyncDir(dir);
  }

  function verifyStaged(part: string, sha256: string, size: number) {
    const actual = hashFile(part);
    if (actual.sha256 !== sha256 || actual.size !== size) {
      rmSync(part, { force: true });
      throw new Error(refusalText('attachmentMismatch'));
    }
  }

  return {
    dir,
    has: (sha256: string): boolean => existsSync(pathOf(sha256)),
    /** Every stored file's name (its SHA-256). */
    list: (): string[] => readdirSync(dir).filter((name) => sha256HexSchema.safeParse(name).success),
    size: (sha256: string): number => statSync(pathOf(sha256)).size,

    /**
     * Append one chunk at `offset` of a file of `size` bytes named `sha256`. Chunks come in order; a
     * chunk at offset 0 starts the file afresh. Bytes already in the store answer done at once.
     */
    write(sha256: string, size: number, offset: number, bytes: Uint8Array): WriteProgress {
      if (size > MAX_ATTACHMENT_BYTES) throw new Error(refusalText('attachmentTooBig', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 }));
      if (this.has(sha256)) {
        if (this.size(sha256) !== size) throw new Error(refusalText('attachmentSizeConflict'));
        return { received: size, done: true, stored: false };
      }
      const part = partOf(sha256);
      const have = offset === 0 ? 0 : existsSync(part) ? statSync(part).size : 0;
      if (offset !== have) throw new Error(refusalText('attachmentChunkOrder', { offset: have }));
      if (offset + bytes.length > size) throw new Error(refusalText('attachmentOverflow'));
      const fd = openSync(part, offset === 0 ? 'w' : 'a');
      try {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
      } finally {
        closeSync(fd);
      }
      const received = offset + bytes.length;
      if (received < size) return { received, done: false, stored: false };
      verifyStaged(part, sha256, size);
      commit(part, sha256);
      return { received, done: true, stored: true };
    },

    /** A whole file at once (fetched from the center): verified, then stored as write() stores. */
    put(sha256: string, bytes: Uint8Array): boolean {
      if (this.has(sha256)) return false;
      return this.write(sha256, bytes.length, 0, bytes).stored;
    },

    /** Up to `length` bytes from `offset`. */
    read(sha256: string, offset: number, length: number): Buffer {
      const fd = openSync(pathOf(sha256), 'r');
      try {
        const out = Buffer.allocUnsafe(length);
        let got = 0;
        for (let n; got < length && (n = readSync(fd, out, got, length - got, offset + got)) > 0; ) got += n;
        return out.subarray(0, got);
      } finally {
        closeSync(fd);
      }
    },

    /** The whole file, checked against its name: a damaged copy is reported, never sent on. */
    readVerified(sha256: string): Buffer {
      const path = pathOf(sha256);
      const bytes = this.read(sha256, 0, statSync(path).size);
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(refusalText('attachmentCorrupt'));
      return bytes;
    },
  };
}
export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
