// Search and the seat queue on a real cache file, through the triggers that keep the indexes.
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { openCache } from './cache.ts';
import { createCaseQueries } from './case-queries.ts';
import { createSearchIndex } from './search-index.ts';
import { matchesFilter, sortCases, type CaseListFilter, type CaseSortKey } from '../../shared/case-filter.ts';
import type { Case } from '../../shared/domain/case.ts';
import { computeKpis, isOverdue } from '../../shared/domain/kpi.ts';
import { workQueueIds } from '../../shared/queues.ts';

const dir = tempDir();
const db = openCache(dir.path);
const queries = createCaseQueries(db);
const index = createSearchIndex(db);
afterAll(() => {
  db.close();
  dir.remove();
});

let n = 0;
function put(fields: { title: string; address?: string; seatId?: string | null; state?: string; deadlineAt?: string | null; resolvedAt?: string | null; code?: string; platform?: string; pendingExtensionHours?: number; pendingParkReason?: string }) {
  n += 1;
  const id = `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const data = {
    id, code: fields.code ?? `JQ-20261126-${String(n).padStart(4, '0')}`, title: fields.title, description: '', address: fields.address ?? '',
    source: 'hotline', platform: fields.platform ?? 'urban', gridCode: null, point: [130.36, 46.8], reporter: '受理员',
    state: fields.state ?? 'reported', categoryCode: '0101', categoryKind: '部件', priority: 'normal', countyCode: null, townCode: null,
    departmentId: fields.seatId ? 'chengguan' : null, seatId: fields.seatId ?? null, reportedAt: '2026-11-26T01:00:00.000Z', filedAt: null,
    dispatchedAt: null, signedAt: null, resolvedAt: fields.resolvedAt ?? null, verifiedAt: null, closedAt: null, ratedAt: null, deadlineAt: fields.deadlineAt ?? null,
    updatedAt: '2026-11-26T01:00:00.000Z', reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: fields.pendingExtensionHours ?? null,
    pendingExtensionReason: fields.pendingExtensionHours ? '需协调' : null, pendingParkReason: fields.pendingParkReason ?? null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
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

  it('lists the requests awaiting the dispatcher’s decision, extension or parking', () => {
    const longer = put({ title: '申请延期的', seatId: 'seat-1', state: 'handling', pendingExtensionHours: 24 });
    const parking = put({ title: '申请挂账的', seatId: 'seat-1', state: 'signed', pendingParkReason: '纳入年度计划' });
    put({ title: '照常处置的', seatId: 'seat-1', state: 'handling' });
    expect(queries.queue('approve', 50).map((c) => c.id).sort()).toEqual([longer, parking].sort());
    expect(queries.queueCounts().approve).toBe(2);
  });

  it('parses the whole cache once until something is written', () => {
    const before = queries.all();
    expect(queries.all()).toBe(before);
    const id = put({ title: '新写入的问题件' });
    const after = queries.all();
    expect(after).not.toBe(before);
    expect(after.find((c) => c.id === id)?.title).toBe('新写入的问题件');
    expect(after).toHaveLength(before.length + 1);
    // A change to a case is seen too, not only a new row.
    db.prepare("update cases set data = json_set(data, '$.title', '改过的标题') where id = ?").run(id);
    expect(queries.all().find((c) => c.id === id)?.title).toBe('改过的标题');
  });

  it('opens from a headline figure exactly the cases it counts: 受理数, 办结 and what keeps 办结率 down', () => {
    for (const state of ['voided', 'filed', 'handling', 'parked', 'resolved', 'verified', 'closed', 'rated']) put({ title: `状态${state}`, state, seatId: state === 'voided' ? null : 'seat-1' });
    const kpi = computeKpis(queries.all(), [], { groupBy: 'all', now: '2026-11-27T01:00:00.000Z' }).all!;
    const ids = (queue: 'accepted' | 'finished' | 'unfinished') => queries.list({ queue }, 1000).map((c) => c.id).sort();
    const { numerator: finished, denominator: accepted } = kpi.finishRate.caseIds;
    expect(ids('accepted')).toEqual([...accepted].sort());
    expect(ids('finished')).toEqual([...finished].sort());
    expect(ids('unfinished')).toEqual(accepted.filter((id) => !finished.includes(id)).sort());
    const counts = queries.queueCounts({}, ['accepted']);
    expect(counts.accepted).toBe(kpi.accepted.value);
    // 不予立案 is in 全部 and in none of them.
    expect(counts.all! - counts.accepted!).toBe(1);
    // A figure's list is counted only when asked for.
    expect(Object.keys(queries.queueCounts())).toEqual(workQueueIds);
  });

  it('counts every queue under the list filter, and the whole cache without one', () => {
    const whole = queries.queueCounts();
    const farming = queries.queueCounts({ platform: 'agriculture' });
    expect(farming.all).toBe(1);
    expect(farming.intake).toBe(1);
    expect(farming.dispatch).toBe(0);
    expect(whole.all).toBeGreaterThan(farming.all!);
    // Each chip under a filter is the list's own count of that queue under it.
    const urban = queries.queueCounts({ platform: 'urban' });
    for (const [queue, n] of Object.entries(urban)) expect(n).toBe(queries.count({ queue: queue as never, filter: { platform: 'urban' } }));
    expect(urban.all! + farming.all!).toBe(whole.all);
  });
});

describe('filters and sort over the whole cache', () => {
  const big = tempDir();
  const bigDb = openCache(big.path);
  const bigQueries = createCaseQueries(bigDb);
  afterAll(() => {
    bigDb.close();
    big.remove();
  });
  const priorities = ['normal', 'urgent', 'critical'] as const;
  const sources = ['hotline', 'grid-worker', 'citizen'] as const;
  const platformsUsed = ['urban', 'agriculture'] as const;
  const recent = new Date(Date.now() - 60_000).toISOString();
  const cases: Case[] = [];
  // 1,200 cases, newest last inserted; the one critical sensor report of 事件:0201 in grid …009 is the oldest.
  const insert = bigDb.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?)');
  bigDb.transaction(() => {
    for (let i = 0; i < 1200; i++) {
      const oldest = i === 0;
      const dispatched = i % 4 === 1;
      const c = {
        id: `0190a0b0-0000-7000-9000-${String(i).padStart(12, '0')}`, code: `JQ-20261101-${String(i).padStart(4, '0')}`, title: `案件 ${i}`, description: '', address: '',
        source: oldest ? 'sensor' : sources[i % 3], platform: platformsUsed[i % 2], gridCode: oldest ? '230803001001009' : `23080300100100${i % 5}`, point: [130.36, 46.8],
        reporter: '受理员', state: dispatched ? 'dispatched' : 'reported', categoryCode: oldest ? '0201' : '0101', categoryKind: oldest ? '事件' : '部件',
        priority: oldest ? 'critical' : priorities[i % 2], countyCode: '230803000000', townCode: `23080300${i % 3}000`, departmentId: dispatched ? 'chengguan' : null,
        seatId: dispatched ? 'seat-1' : null, reportedAt: new Date(Date.UTC(2026, 9, 1) + i * 3600_000).toISOString(), filedAt: null,
        // Half the dispatched cases long overdue to sign (red), half dispatched a minute ago (green).
        dispatchedAt: dispatched ? (i % 8 === 1 ? '2026-10-01T01:00:00.000Z' : recent) : null, signedAt: null, resolvedAt: null, verifiedAt: null,
        closedAt: null, ratedAt: null, deadlineAt: dispatched ? new Date(Date.UTC(2026, 11, 1) - i * 60_000).toISOString() : null,
        updatedAt: '2026-11-26T01:00:00.000Z', reworkCount: 0, returnCount: 0, extensionCount: 0, extendedMinutes: 0, pendingExtensionHours: null,
        pendingExtensionReason: null, pendingParkReason: null, parkedFrom: null, parkedAt: null, pausedMinutes: 0, supervisionCount: 0,
        instructionCount: 0, satisfaction: null, selfResolved: false, version: 1, eventSeq: 1, headHash: null,
      } as Case;
      cases.push(c);
      insert.run(c.id, c.code, c.state, c.reportedAt, JSON.stringify(c));
    }
  })();
  const newestFirst = [...cases].reverse();
  const now = () => new Date().toISOString();
  /** What the list must hold: the shared rules applied to every case, in memory. */
  const expected = (queue: 'all' | 'sign', filter: CaseListFilter, sort: CaseSortKey) =>
    sortCases(newestFirst.filter((c) => (queue === 'all' || c.state === 'dispatched') && matchesFilter(c, filter, now())), sort).map((c) => c.id);

  const combos: [('all' | 'sign'), CaseListFilter, CaseSortKey][] = [
    ['all', {}, 'newest'],
    ['all', { priority: 'urgent' }, 'newest'],
    ['all', { priority: 'urgent', source: 'citizen', platform: 'agriculture' }, 'deadline'],
    ['all', { town: '230803001000', grid: '230803001001002' }, 'priority'],
    ['all', { category: '部件:0101' }, 'priority'],
    // A chart bar's categories: 部件:0101 and 事件:0201, but not 事件:0101 (the same code in another kind).
    ['all', { categories: '事件:0201,部件:0101' }, 'newest'],
    ['all', { categories: '事件:0201,事件:0101' }, 'newest'],
    ['sign', { light: 'red' }, 'deadline'],
    ['all', { light: 'green', priority: 'urgent' }, 'newest'],
    ['sign', {}, 'priority'],
  ];
  it.each(combos)('lists %s %o sorted %s exactly as the rules say, limited, and counts them all', (queue, filter, sort) => {
    const want = expected(queue, filter, sort);
    expect(want.length).toBeGreaterThan(0);
    expect(bigQueries.list({ queue, filter, sort }, 100).map((c) => c.id)).toEqual(want.slice(0, 100));
    expect(bigQueries.count({ queue, filter })).toBe(want.length);
  });

  it('finds a case far beyond the newest 500', () => {
    const oldest = cases[0]!.id;
    expect(newestFirst.slice(0, 500).map((c) => c.id)).not.toContain(oldest);
    for (const filter of [{ priority: 'critical' }, { source: 'sensor' }, { category: '事件:0201' }, { grid: '230803001001009' }] as CaseListFilter[]) {
      expect(bigQueries.list({ queue: 'all', filter, sort: 'newest' }, 500).map((c) => c.id)).toEqual([oldest]);
    }
    // Sorted by priority, the critical one leads the whole cache's list.
    expect(bigQueries.list({ queue: 'all', sort: 'priority' }, 1)[0]!.id).toBe(oldest);
    expect(bigQueries.count({ queue: 'all' })).toBe(1200);
    expect(bigQueries.count({ queue: 'all', filter: { light: 'red' } })).toBe(150);
    expect(bigQueries.list({ queue: 'all' }, 5000)).toHaveLength(1200);
  });

  it('narrows by the deep link’s platform and the filter’s together', () => {
    expect(bigQueries.count({ queue: 'all', platform: 'urban', filter: { platform: 'agriculture' } })).toBe(0);
    expect(bigQueries.count({ queue: 'all', platform: 'urban', filter: { platform: 'urban' } })).toBe(600);
  });
});

describe('the overdue queue', () => {
  it('lists exactly the cases the 超期数 KPI counts: a late result stays overdue until closed', () => {
    const past = '2026-11-01T00:00:00.000Z';
    const cases = [
      put({ title: '待派遣超期', state: 'filed', deadlineAt: past }),
      put({ title: '处置中超期', state: 'handling', deadlineAt: past, seatId: 'seat-a' }),
      put({ title: '逾期提交待核查', state: 'resolved', deadlineAt: past, resolvedAt: '2026-11-02T00:00:00.000Z' }),
      put({ title: '按期提交待核查', state: 'resolved', deadlineAt: past, resolvedAt: '2026-10-31T00:00:00.000Z' }),
      put({ title: '挂账', state: 'parked', deadlineAt: past }),
      put({ title: '已结案', state: 'closed', deadlineAt: past, resolvedAt: '2026-11-02T00:00:00.000Z' }),
      put({ title: '未到期', state: 'handling', deadlineAt: '2099-01-01T00:00:00.000Z' }),
      put({ title: '无时限', state: 'dispatched' }),
    ];
    const now = new Date().toISOString();
    const listed = new Set(queries.list({ queue: 'overdue' }, 1000, now).map((c) => c.id));
    const kpi = cases.filter((id) => isOverdue(queries.get(id)!, now));
    expect(kpi.map((id) => queries.get(id)!.title)).toEqual(['待派遣超期', '处置中超期', '逾期提交待核查']);
    expect(cases.filter((id) => listed.has(id))).toEqual(kpi);
    expect(queries.queueCounts().overdue).toBeGreaterThanOrEqual(3);
  });
});
