// The server finds the cases that name an attachment from an index kept with
// every case write, and fills that index once for a data folder from before it.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case.ts';
import { tempDirsPerTest } from '../../../tests/support/temp-dirs-per-test.ts';
import { openSqliteStore } from './sqlite-store.ts';

const hash = (ch: string) => ch.repeat(64);
const photo = (sha256: string) => ({ name: '现场照片.jpg', size: 10, type: 'image/jpeg', sha256, step: 'report', at: '2026-11-27T01:00:00.000Z' });
// The store writes what the workflow decided without validating it again: a case needs only what the store reads.
const aCase = (n: number, attachments?: ReturnType<typeof photo>[]) =>
  ({ id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`, code: null, reportedAt: '2026-11-27T01:00:00.000Z', countyCode: '230803', townCode: null, departmentId: null, ...(attachments ? { attachments } : {}) }) as unknown as Case;

describe('cases naming an attachment', () => {
  const tempDir = tempDirsPerTest();

  it('are found through the index, and a folder from before the index is filled once', async () => {
    const dir = tempDir('gcc-attach-index-');
    let store = openSqliteStore(dir.path);
    await store.importCases([aCase(1, [photo(hash('a')), photo(hash('b'))]), aCase(2), aCase(3, [photo(hash('a'))])], []);
    const ids = async (sha: string) => (await store.casesWithAttachment(sha)).map((c) => c.id).sort();
    expect(await ids(hash('a'))).toEqual([aCase(1).id, aCase(3).id]);
    expect(await ids(hash('b'))).toEqual([aCase(1).id]);
    expect(await ids(hash('c'))).toEqual([]);
    await store.close();

    // As a server before the index left it: the cases, no index rows, no mark.
    const raw = new Database(join(dir.path, 'server.sqlite'));
    raw.exec("delete from case_attachments; delete from meta where key = 'case_attachments_indexed'");
    raw.close();
    store = openSqliteStore(dir.path);
    expect(await ids(hash('a'))).toEqual([aCase(1).id, aCase(3).id]);
    expect(await ids(hash('b'))).toEqual([aCase(1).id]);
    await store.close();
    const check = new Database(join(dir.path, 'server.sqlite'), { readonly: true });
    expect(check.prepare('select count(*) as n from case_attachments').get()).toEqual({ n: 3 });
    check.close();
  });
});
