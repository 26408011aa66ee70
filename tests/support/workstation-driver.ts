// A workstation core in its own process, for fault tests that kill it.
//
//   node tests/support/workstation-driver.ts --data DIR --server URL --until N
//     Reports cases through the contract as fast as the core accepts them, until the outbox
//     holds N mutations (the count survives restarts: it is read back from the cache). Each
//     command the core acknowledged is written to stdout as `ack <caseId>` with a synchronous
//     write, so a line that was printed is a command the core had committed.
//   node tests/support/workstation-driver.ts --data DIR --server URL --flush
//     Issues nothing; waits until the link says online with nothing pending, then prints
//     `flushed <link state as JSON>` and exits 0.
//
// Credentials: dispatcher / the demo password (override with --user / --password).
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../../src/main/core/core.ts';
import type { LinkState } from '../../src/shared/contract.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    server: { type: 'string' },
    until: { type: 'string' },
    flush: { type: 'boolean', default: false },
    user: { type: 'string', default: 'dispatcher' },
    password: { type: 'string', default: 'jms@2026' },
  },
});
if (!values.data || !values.server || (!values.flush && !values.until)) {
  console.error('usage: workstation-driver.ts --data DIR --server URL (--until N | --flush)');
  process.exit(2);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * A line on stdout before going on: an ack printed is one the test holds us to. stdout is a pipe the
 * test drains; when it is full (a busy machine), the write says EAGAIN, and the line waits, whole.
 */
const print = (line: string) => {
  const bytes = Buffer.from(line + '\n');
  for (let sent = 0; sent < bytes.length; ) {
    try {
      sent += writeSync(1, bytes, sent);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
};
const core = await createCore({ dataDir: values.data, serverUrl: values.server, credentials: { username: values.user, password: values.password } });
let nextId = 1;
const call = async <T>(kind: 'query' | 'command', name: string, args: unknown = {}): Promise<T> => {
  const res = await core.request({ id: nextId++, kind, name, args });
  if (!res.ok) throw new Error(`${name}: ${res.error.code}: ${res.error.message}`);
  return res.result as T;
};
const linkState = () => call<LinkState>('query', 'link.state');

if (values.flush) {
  await new Promise<void>((resolve) => {
    const check = (s: LinkState) => {
      if (s.status === 'online' && s.pending === 0) resolve();
    };
    core.subscribe((e) => e.event === 'link.changed' && check(e.payload as LinkState));
    void linkState().then(check);
  });
  print(`flushed ${JSON.stringify(await linkState())}`);
} else {
  const until = Number(values.until);
  let pending = (await linkState()).pending;
  print(`start ${pending}`);
  for (let i = 0; pending < until; i++) {
    const { id } = await call<{ id: string }>('command', 'cases.report', {
      title: `压力测试上报 ${pending + 1}`,
      categoryKind: '事件',
      categoryCode: '0501',
      point: [130.35 + (i % 100) * 1e-4, 46.81],
    });
    print(`ack ${id}`);
    pending += 1;
    // Let timers and sockets run now and then, as a renderer-driven core would.
    if (i % 50 === 49) await new Promise((r) => setImmediate(r));
  }
  print(`done ${(await linkState()).pending}`);
}
await core.close();
process.exit(0);
