// How many bytes of new attachments each account may add to the center per
// day (China time). Anyone signed in may upload before a case names the bytes,
// so without a ceiling one runaway workstation could fill the center's disk.
// Counted in memory: a restart forgives the day, which errs on the operator's side.
const DAY_MS = 86_400_000;
const chinaDay = (ms: number) => Math.floor((ms + 8 * 3_600_000) / DAY_MS);

export type UploadQuota = {
  /** Whether `bytes` more fit in the account's allowance today. */
  allows(username: string, bytes: number): boolean;
  /** Count bytes that were stored. */
  add(username: string, bytes: number): void;
  readonly limitBytes: number;
};

export function createUploadQuota(limitBytes: number, now: () => number = Date.now): UploadQuota {
  const used = new Map<string, { day: number; bytes: number }>();
  const today = (username: string) => {
    const day = chinaDay(now());
    let u = used.get(username);
    if (!u || u.day !== day) used.set(username, (u = { day, bytes: 0 }));
    return u;
  };
  return {
    limitBytes,
    allows: (username, bytes) => today(username).bytes + bytes <= limitBytes,
    add: (username, bytes) => void (today(username).bytes += bytes),
  };
}
