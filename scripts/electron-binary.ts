// Where the Electron binary is. electron >= 42 downloads it on first use
// rather than at install, so `npm install` works offline; this asks quietly.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronDir(): string | undefined {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The binary if it is already installed, without trying to fetch it. */
export function installedElectronBinary(): string | undefined {
  const dir = electronDir();
  if (!dir) return undefined;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  const pathFile = join(dir, 'path.txt');
  const exe = existsSync(pathFile) ? join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;
  return exe && existsSync(exe) ? exe : undefined;
}

/** The binary, fetching it once (silently, bounded in time) if it is missing. */
export function ensureElectronBinary(timeoutMs = 180_000): string | undefined {
  const found = installedElectronBinary();
  if (found) return found;
  const dir = electronDir();
  if (!dir || !existsSync(join(dir, 'install.js'))) return undefined;
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: timeoutMs });
  return installedElectronBinary();
}
