import { describe, expect, it } from 'vitest';
import { createUploadQuota } from './upload-quota.ts';

describe('upload quota', () => {
  it('holds each account to its bytes per China-time day, and starts afresh the next day', () => {
    let t = Date.parse('2026-11-27T23:00:00+08:00');
    const quota = createUploadQuota(100, () => t);
    quota.add('seat-a', 70);
    expect(quota.allows('seat-a', 30)).toBe(true);
    expect(quota.allows('seat-a', 31)).toBe(false);
    expect(quota.allows('seat-b', 100)).toBe(true);
    t = Date.parse('2026-11-28T00:30:00+08:00');
    expect(quota.allows('seat-a', 100)).toBe(true);
  });
});
