// `npm test`: typecheck, lint, vitest, build, Playwright — every step runs and
// reports; the last line sums every runner as `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
const RESULTS = 'test-results/summary';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function run(cmd: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status === 0;
}

function count(step: string, t: Tally) {
  total.passed += t.passed;
  total.failed += t.failed;
  total.skipped += t.skipped;
  lines.push(`${step}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
}

const check = (step: string, ok: boolean) => count(step, { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });

check('typecheck', run('npx', ['tsc', '-p', 'tsconfig.node.json']) && run('npx', ['tsc', '-p', 'tsconfig.web.json']) && run('npx', ['tsc', '-p', 'tsconfig.e2e.json']));
check('lint', run('npx', ['eslint', '.']));

const vitestJson = `${RESULTS}/vitest.json`;
const vitestOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  count('vitest', { passed: r.numPassedTests, failed: r.numFailedTests + (vitestOk || r.numFailedTests ? 0 : 1), skipped: r.numPendingTests + r.numTodoTests });
} else count('vitest', { passed: 0, failed: 1, skipped: 0 });

const built = run('npx', ['electron-vite', 'build']);
check('build', built);
const pwJson = `${RESULTS}/playwright.json`;
if (built) {
  const pwOk = run('npx', ['playwright', 'test'], { PW_JSON_OUTPUT: pwJson });
  if (existsSync(pwJson)) {
    const s = (JSON.parse(readFileSync(pwJson, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
    count('playwright', { passed: s.expected + s.flaky, failed: s.unexpected + (pwOk || s.unexpected ? 0 : 1), skipped: s.skipped });
  } else count('playwright', { passed: 0, failed: 1, skipped: 0 });
}

console.log('\n' + lines.join('\n'));
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
