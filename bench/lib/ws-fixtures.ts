// Fixtures for the workstation benches, built once and kept under the temp
// folder (FIXTURES) so later runs reuse them:
//   - a server store holding the demo city and N cases worked through the real workflow
//     (generateHistory), one change-log row each: what a fresh workstation catches up on;
//   - a workstation cache (openCache: the real schema, triggers and indexes) holding N cases in
//     its view table, with realistic titles and addresses from the city's divisions and the
//     case catalog: what the seat queue and search run over.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { openCache } from '../../src/main/core/cache.ts';
import { createSearchIndex } from '../../src/main/core/search-index.ts';
import type { Case } from '../../src/shared/domain/case.ts';
import { generateHistory } from '../../src/server/demo-city/history.ts';
import { rngFor } from '../../src/server/demo-city/prng.ts';
import { seedDemo } from '../../src/server/seed.ts';
import { openSqliteStore } from '../../src/server/store/sqlite-store.ts';
import { FIXTURES, RESOURCES } from './ws-common.ts';

const FIXED_NOW = '2026-11-20T08:00:00.000Z';

/** Cases worked through the demo city's workflow, reproducible from the seed. */
async function historyCases(count: number, seed: number): Promise<{ cases: Case[]; events: Parameters<ReturnType<typeof openSqliteStore>['importCases']>[1] }> {
  const scratch = join(FIXTURES, `scratch-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const store = openSqliteStore(scratch);
  try {
    const city = await seedDemo(store, RESOURCES, 'none');
    // A few reports fall after `now` and are skipped: ask for a margin, keep exactly `count`.
    const { cases, events } = generateHistory({ seed, count: Math.ceil(count * 1.01) + 50, now: FIXED_NOW, draft: city.draft, place: city.place, cast: city.cast, reporter: city.reporter });
    const kept = cases.slice(0, count);
    if (kept.length < count) throw new Error(`history gave ${kept.length} cases, wanted ${count}`);
    const ids = new Set(kept.map((c) => c.id));
    return { cases: kept, events: events.filter((e) => ids.has(e.caseId)) };
  } finally {
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A copy of a server store with the demo city, its accounts and `count` cases (one change each),
 * in `into` (a fresh folder). The first call builds the original, which takes a while.
 */
export async function serverStoreWithCases(count: number, into: string, log = console.log): Promise<void> {
  const dir = join(FIXTURES, `server-${count}-v1`);
  if (!existsSync(join(dir, 'server.sqlite'))) {
    log(`building a server store with ${count.toLocaleString('en-US')} cases in ${dir} (once; reused later) …`);
    const t = performance.now();
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const store = openSqliteStore(building);
    try {
      await seedDemo(store, RESOURCES, 'none');
      const { cases, events } = await historyCases(count, 7);
      await store.importCases(cases, events);
      // Rollups and wishes as the 'sample' seed makes them; no sample cases, the store has cases.
      await seedDemo(store, RESOURCES, 'sample');
      if ((await store.countCases()) !== count) throw new Error('case count mismatch');
    } finally {
      await store.close(); // checkpoints the WAL into server.sqlite
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    log(`  built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  mkdirSync(into, { recursive: true });
  copyFileSync(join(dir, 'server.sqlite'), join(into, 'server.sqlite'));
}

// ---- the 1M-case workstation cache ---------------------------------------------

const DESCRIPTIONS = [
  '市民来电反映，请尽快处置', '网格员巡查发现', '群众多次投诉，影响通行', '夜间施工扰民，居民反映强烈',
  '物联感知设备告警', '', '', '现场拍照上报，情况属实', '12345热线转办', '已联系相关单位',
];

/**
 * The path of a workstation cache (cache.sqlite in the returned folder) holding `count` cases. Built
 * through openCache, so every row went through the real search triggers; workflow fields come from
 * real history cases, titles and addresses are drawn per row from the city's communities, grids and
 * the catalog's category names, so the search index holds a realistic vocabulary.
 */
export async function cacheWithCases(count: number, log = console.log): Promise<string> {
  const dir = join(FIXTURES, `cache-${count}-v2`);
  if (existsSync(join(dir, 'cache.sqlite'))) return dir;
  log(`building a workstation cache with ${count.toLocaleString('en-US')} cases in ${dir} (once; reused later; takes minutes) …`);
  const t = performance.now();
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });

  // Templates: real worked cases (states, seats, deadlines) and the drafter's titles and places.
  const scratch = join(FIXTURES, `scratch-draft-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  const store = openSqliteStore(scratch);
  const city = await seedDemo(store, RESOURCES, 'none');
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
  const { cases: templates } = await historyCases(20_000, 11);
  const rng = rngFor(11, 'bench-cache');

  const db = openCache(building);
  db.pragma('synchronous = OFF'); // a bulk build, not accepted work: the real setting applies when the benches open it
  const insert = db.prepare('insert into cases (id, code, state, reported_at, pending, data) values (?, ?, ?, ?, 0, ?)');
  const span = 365 * 86_400_000;
  const end = Date.parse(FIXED_NOW);
  const chunk = 20_000;
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const tpl = templates[i % templates.length]!;
      const draft = city.draft(rng);
      // Oldest first, so rowid order is report order, as a replica that grew over a year.
      const at = new Date(end - span + Math.floor((i / count) * span) + Math.floor(rng.next() * 60_000)).toISOString();
      const id = uuidv7({ msecs: Date.parse(at) });
      const code = `JQ-${at.slice(0, 10).replaceAll('-', '')}-${String(i % 10_000).padStart(4, '0')}`;
      const c: Case = {
        ...tpl,
        id,
        code,
        title: draft.title,
        description: DESCRIPTIONS[i % DESCRIPTIONS.length]!,
        address: draft.address,
        point: draft.point,
        gridCode: draft.grid.code,
        categoryKind: draft.categoryKind,
        categoryCode: draft.categoryCode,
        platform: draft.platform,
        reportedAt: at,
        version: i + 1,
      };
      insert.run(id, code, c.state, at, JSON.stringify(c));
    }
  });
  for (let from = 0; from < count; from += chunk) {
    write(from, Math.min(count, from + chunk));
    if ((from / chunk) % 10 === 9) log(`  ${(from + chunk).toLocaleString('en-US')} rows, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  // The writes only marked the rows for search (migration 004): index them all, as the workstation's
  // background indexer would have by the time the operator searches.
  const index = createSearchIndex(db);
  while (index.indexFor(2000) > 0) log(`  indexing for search, ${index.pending().toLocaleString('en-US')} rows to go, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  // No ANALYZE: a workstation's cache never runs one, so the planner sees what it sees in the field.
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`  built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  return dir;
}
