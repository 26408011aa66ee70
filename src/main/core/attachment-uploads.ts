// Attachment bytes between the workstation and the center. Stored bytes are
// queued (attachment_uploads, in the FULL-synchronous cache) and uploaded one
// at a time while the link is up: PUT /api/attachments/<sha256>, idempotent by
// hash, retried with jittered exponential backoff on a network or server
// error. A refusal the center means (digest mismatch, too large) is kept with
// its reason and not retried; the bytes stay in the store either way.
// Bytes not stored here are fetched from the center on demand, verified and kept.
import type { AttachmentState } from '../../shared/domain/attachment.ts';
import type { AttachmentStore } from './attachment-store.ts';
import type { CacheDb } from './cache.ts';
import { refusalText } from '../../shared/domain/refusals.ts';

type Row = { sha256: string; size: number; state: 'pending' | 'uploaded' | 'failed'; attempts: number; next_at: string; error: string | null };

export type UploadOptions = {
  serverUrl: string;
  token: () => string | undefined;
  /** Whether the link is up now: uploads wait (and kick() is called again) while it is not. */
  canTry: () => boolean;
  onChange: (hashes: string[]) => void;
  retryBaseMs?: number;
  retryMaxMs?: number;
  timeoutMs?: number;
};

/** Answers the center gives for a request it will refuse the same way every time. */
const PERMANENT = new Set([400, 403, 413, 422]);

class RemoteError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export function createAttachmentUploads(db: CacheDb, files: AttachmentStore, opts: UploadOptions) {
  const base = opts.retryBaseMs ?? 1000;
  const max = opts.retryMaxMs ?? 60_000;
  const q = {
    enqueue: db.prepare("insert into attachment_uploads (sha256, size, state, next_at, added_at) values (?, ?, 'pending', ?, ?) on conflict(sha256) do nothing"),
    markKnown: db.prepare(`insert into attachment_uploads (sha256, size, state, next_at, added_at, uploaded_at) values (@sha, @size, 'uploaded', @now, @now, @now)
      on conflict(sha256) do update set state = 'uploaded', error = null, uploaded_at = @now`),
    get: db.prepare<[string], Row>('select * from attachment_uploads where sha256 = ?'),
    due: db.prepare<[string], Row>("select * from attachment_uploads where state = 'pending' and next_at <= ? order by added_at limit 1"),
    nextDue: db.prepare<[], { next_at: string | null }>("select min(next_at) as next_at from attachment_uploads where state = 'pending'"),
    uploaded: db.prepare("update attachment_uploads set state = 'uploaded', error = null, uploaded_at = ? where sha256 = ?"),
    failed: db.prepare("update attachment_uploads set state = 'failed', error = ?, attempts = attempts + 1 where sha256 = ?"),
    retry: db.prepare('update attachment_uploads set attempts = attempts + 1, next_at = ?, error = ? where sha256 = ?'),
    pendingCount: db.prepare<[], { n: number }>("select count(*) as n from attachment_uploads where state = 'pending'"),
    requeueAll: db.prepare("update attachment_uploads set state = 'pending', attempts = 0, next_at = ?, error = null, uploaded_at = null where state != 'pending'"),
  };
  // Bytes stored by a run that stopped before queueing them (a crash between the rename and the insert).
  db.transaction(() => {
    const now = new Date().toISOString();
    for (const sha256 of files.list()) q.enqueue.run(sha256, files.size(sha256), now, now);
  })();
  let running = false;
  let again = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const url = (sha256: string) => new URL(`/api/attachments/${sha256}`, opts.serverUrl);
  const auth = () => {
    const token = opts.token();
    if (!token) throw new RemoteError(0, refusalText('notLoggedIn'));
    return { authorization: `Bearer ${token}` };
  };
  const errorOf = async (res: Response) => {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    return new RemoteError(res.status, body?.error ?? `HTTP ${res.status}`);
  };

  async function upload(row: Row): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = files.readVerified(row.sha256);
    } catch (err) {
      q.failed.run(err instanceof Error ? err.message : String(err), row.sha256);
      return;
    }
    try {
      const res = await fetch(url(row.sha256), {
        method: 'PUT', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes), signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000),
      });
      if (!res.ok) throw await errorOf(res);
      await res.body?.cancel();
      if (closed) return; // the cache is closing: the row stays pending and is sent again next time (idempotent)
      q.uploaded.run(new Date().toISOString(), row.sha256);
    } catch (err) {
      if (closed) return;
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof RemoteError && PERMANENT.has(err.status)) return void q.failed.run(message, row.sha256);
      const delay = Math.min(max, base * 2 ** row.attempts) * (0.5 + Math.random() / 2);
      q.retry.run(new Date(Date.now() + delay).toISOString(), message, row.sha256);
    }
  }

  /** Upload every due row, one at a time; then sleep until the next retry falls due. */
  async function run(): Promise<void> {
    if (running) return void (again = true);
    running = true;
    try {
      do {
        again = false;
        for (let row; !closed && opts.canTry() && (row = q.due.get(new Date().toISOString())); ) {
          await upload(row);
          if (!closed) opts.onChange([row.sha256]);
        }
      } while (again && !closed);
    } finally {
      running = false;
    }
    schedule();
  }

  function schedule() {
    clearTimeout(timer);
    const next = q.nextDue.get()?.next_at;
    if (closed || !next || !opts.canTry()) return;
    timer = setTimeout(() => void run(), Math.max(0, Date.parse(next) - Date.now()));
    timer.unref?.();
  }

  async function head(sha256: string): Promise<'uploaded' | 'missing' | 'unknown'> {
    if (!opts.canTry()) return 'unknown';
    try {
      const res = await fetch(url(sha256), { method: 'HEAD', headers: auth(), signal: AbortSignal.timeout(opts.timeoutMs ?? 15_000) });
      return res.ok ? 'uploaded' : res.status === 404 ? 'missing' : 'unknown';
    } catch {
      return 'unknown';
    }
  }

  return {
    /** Queue stored bytes for the center; true when newly queued. */
    enqueue(sha256: string, size: number): boolean {
      const now = new Date().toISOString();
      const added = q.enqueue.run(sha256, size, now, now).changes > 0;
      if (added) void run();
      return added;
    },
    kick: () => void run(),
    /** Another server (or a reset one): what the old one had says nothing about it, so every stored file is sent again. */
    forgetServer(): void {
      if (q.requeueAll.run(new Date().toISOString()).changes > 0) opts.onChange([]);
      void run();
    },
    pendingCount: () => q.pendingCount.get()!.n,

    /** Where each attachment's bytes are, asking the center about those not stored here. */
    async status(hashes: readonly string[]): Promise<{ sha256: string; state: AttachmentState; local: boolean; error: string | null }[]> {
      return Promise.all(hashes.map(async (sha256) => {
        const row = q.get.get(sha256);
        if (files.has(sha256)) return { sha256, state: row?.state ?? 'pending', local: true, error: row?.error ?? null };
        return { sha256, state: await head(sha256), local: false, error: null };
      }));
    },

    /** Make sure the bytes are stored here, fetching them from the center (in the user's scope) if not. */
    async ensureLocal(sha256: string): Promise<void> {
      if (files.has(sha256)) return;
      let res: Response;
      try {
        res = await fetch(url(sha256), { headers: auth(), signal: AbortSignal.timeout(opts.timeoutMs ?? 120_000) });
      } catch (err) {
        throw new Error(err instanceof RemoteError ? err.message : refusalText('attachmentUnreachable'), { cause: err });
      }
      if (!res.ok) throw await errorOf(res);
      // put() checks the digest: a copy that does not match its name is refused, not kept.
      files.put(sha256, new Uint8Array(await res.arrayBuffer()));
      q.markKnown.run({ sha: sha256, size: files.size(sha256), now: new Date().toISOString() });
      opts.onChange([sha256]);
    },

    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
export type AttachmentUploads = ReturnType<typeof createAttachmentUploads>;
