// The entry points' command lines: help on asking, one clear line (and the usage) for an option they do not know.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (entry: string, ...args: string[]) => spawnSync(process.execPath, [entry, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

describe.each(['src/server/main.ts', 'src/main/browser-host/main.ts'])('%s', (entry) => {
  it('prints its usage for --help and exits 0, starting nothing', () => {
    const out = run(entry, '--help');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/--port N/);
    expect(out.stdout).toMatch(/-h, --help/);
  });

  it('refuses an unknown option in one line with the usage, without a stack trace', () => {
    const out = run(entry, '--bogus');
    expect(out.status).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe("Unknown option '--bogus'");
    expect(out.stderr).toMatch(/--port N/);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
