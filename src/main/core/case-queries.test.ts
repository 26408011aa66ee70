// Search and the seat queue on a real cache file, through the triggers that keep the indexes.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { openCache } from './cache.ts';
import { createCaseQueries } from './case-queries.ts';
import { createSearchIndex } from './search-index.ts';

const dir = tempDir();
const db = openCache(dir.path);
const queries = createCaseQueries(db);
const index = createSearchIndex(db);
afterAll(() => {
  db.close();
  dir.remove();
});

let n = 0;
function put(fields: { title: string; address?: string; seatId?: string | null; state?: string; deadlineAt?: string | null; code?: string; platform?: string }) {
  n += 1;
  const id = `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const data = {
    id, code: fields.code ?? `JQ-20261126-${String(n).padStart(4, '0')}`, title: fields.title, description: '', address: fields.address ?? '',
    source: 'hotline', platform: fields.platform ?? 'urban', gridCode: null, point: [130.36, 46.8], reporter: '受理员',
    state: fields.state ?? 'reported', categoryCode: '0101', categoryKind: '部件', priority: 'normal', countyCode: null, townCode: null,
    departmentId: fields.seatId ? 'chengguan' : null, seatId: fields.seatId ?? null, reportedAt: '2026-11-26T01:00:00.000Z', filedAt: null,
    dispatchedAt: null, signedAt: null, resolvedAt: null, verifiedAt: null, closedAt: null, ratedAt: null, deadlineAt: fields.deadlineAt ?? null,
    updatedAt: '2026-11-26T01:00:00.000Z', reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: null,
    pendingExtensionReason: null, pendingParkReason: null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
    instructionCount: 0, satisfaction: null, selfResolved: false, version: 1, eventSeq: 1, headHash: null,
  };
  db.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?) on conflict(id) do update set data = excluded.data, state = excluded.state')
    .run(id, data.code, data.state, data.reportedAt, JSON.stringify(data));
  return id;
}

describe('case queries', () => {
  const manhole = put({ title: '长安路井盖缺失', address: '向阳区长安路' });
  const stall = put({ title: '中山路占道经营', address: '前进区中山路' });
  put({ title: '路灯不亮', address: '东风区' });

  it('finds cases written but not indexed yet', () => {
    expect(index.pending()).toBe(3);
    expect(queries.search('井盖缺', 10).map((c) => c.id)).toEqual([manhole]);
    expect(queries.search('占道', 10).map((c) => c.id)).toEqual([stall]);
    expect(queries.search('路', 10).map((c) => c.title)).toEqual(['路灯不亮', '中山路占道经营', '长安路井盖缺失']);
    expect(queries.search('100%', 10)).toEqual([]); // LIKE wildcards are taken literally
    index.indexFor(50);
    expect(index.pending()).toBe(0);
  });

  it('finds 3+ character queries through the trigram index', () => {
    expect(queries.search('井盖缺', 10).map((c) => c.id)).toEqual([manhole]);
    expect(queries.search('中山路', 10).map((c) => c.id)).toEqual([stall]);
  });

  it('finds one- and two-character queries too', () => {
    expect(queries.search('占道', 10).map((c) => c.id)).toEqual([stall]);
    expect(queries.search('井盖', 10).map((c) => c.id)).toEqual([manhole]);
    expect(queries.search('灯', 10).map((c) => c.title)).toEqual(['路灯不亮']);
  });

  it('follows edits and finds a case by its code', () => {
    db.prepare("update cases set data = json_set(data, '$.title', '长安路井盖已修复') where id = ?").run(manhole);
    expect(queries.search('缺失', 10)).toEqual([]);
    expect(queries.search('修复', 10).map((c) => c.id)).toEqual([manhole]);
    index.indexFor(50);
    expect(queries.search('缺失', 10)).toEqual([]);
    expect(queries.search('修复', 10).map((c) => c.id)).toEqual([manhole]);
    expect(queries.search('JQ-20261126-0002', 10).map((c) => c.id)).toEqual([stall]);
  });

  it('answers edits and deletions before they are indexed, then indexes them consistently', () => {
    const moved = put({ title: '西城路垃圾堆放', address: '兴山区' });
    const gone = put({ title: '西城路噪音扰民', address: '兴山区' });
    index.indexFor(50);
    // The indexes still hold the old texts; search must not answer from them.
    db.prepare("update cases set data = json_set(data, '$.title', '北门街垃圾堆放') where id = ?").run(moved);
    db.prepare("update cases set data = json_set(data, '$.title', '北门街垃圾清运') where id = ?").run(moved); // the first mark stays
    db.prepare('delete from cases where id = ?').run(gone);
    expect(index.pending()).toBe(2);
    expect(queries.search('西城路', 10)).toEqual([]);
    expect(queries.search('北门街', 10).map((c) => c.id)).toEqual([moved]);
    expect(queries.search('清运', 10).map((c) => c.id)).toEqual([moved]);
    expect(queries.search('噪音', 10)).toEqual([]);
    // A new row may take the deleted one's rowid: the old index entry must go, the new one come.
    const again = put({ title: '西城路井盖松动', address: '兴山区' });
    expect(queries.search('西城路', 10).map((c) => c.id)).toEqual([again]);
    while (index.indexFor(50) > 0);
    expect(index.pending()).toBe(0);
    expect(queries.search('西城路', 10).map((c) => c.id)).toEqual([again]);
    expect(queries.search('北门街', 10).map((c) => c.id)).toEqual([moved]);
    expect(queries.search('堆放', 10)).toEqual([]);
    // The trigram index matches its content table exactly; the grams index holds one row per case.
    db.exec("insert into cases_fts (cases_fts) values ('integrity-check')");
    const counts = db.prepare('select (select count(*) from cases_grams) as grams, (select count(*) from cases) as cases').get() as { grams: number; cases: number };
    expect(counts.grams).toBe(counts.cases);
  });

  it('lists a seat’s open work by deadline', () => {
    const late = put({ title: 'b', seatId: 'seat-1', state: 'signed', deadlineAt: '2026-11-27T08:00:00.000Z' });
    const soon = put({ title: 'a', seatId: 'seat-1', state: 'dispatched', deadlineAt: '2026-11-26T08:00:00.000Z' });
    put({ title: 'c', seatId: 'seat-1', state: 'closed', deadlineAt: '2026-11-25T08:00:00.000Z' });
    put({ title: 'd', seatId: 'seat-2', state: 'handling', deadlineAt: '2026-11-25T08:00:00.000Z' });
    expect(queries.seatQueue('seat-1', 10).map((c) => c.id)).toEqual([soon, late]);
  });

  it('narrows a work queue to one platform', () => {
    const farm = put({ title: '农田灌渠堵塞', state: 'reported', platform: 'agriculture' });
    expect(queries.queue('intake', 50, 'agriculture').map((c) => c.id)).toEqual([farm]);
    expect(queries.queue('intake', 50).map((c) => c.id)).toContain(farm);
    expect(queries.queue('intake', 50, 'urban').map((c) => c.id)).not.toContain(farm);
    expect(queries.queue('dispatch', 50, 'agriculture')).toEqual([]);
  });
});
