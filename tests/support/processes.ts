// Real processes for cross-process tests: the server and the browser host,
// started with `node` on free ports, stopped with a signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type Proc = { child: ChildProcess; url: string; stop(signal?: NodeJS.Signals): Promise<void>; output(): string };

function start(script: string, args: string[], urlPattern: RegExp): Promise<Proc> {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start:\n${output}`)), 20_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const match = urlPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1]!,
          output: () => output,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill(signal);
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

export const startServerProcess = (dataDir: string, port = 0) =>
  start('src/server/main.ts', ['--port', String(port), '--data', dataDir, '--seed', 'sample', '--simulate', '0'], /command-center server: (http:\/\/\S+)/);

/** `port`: 0 for any free one; a host started anew on its old port meets the pages it served before. */
export const startBrowserHost = (dataDir: string, serverUrl: string, user = 'dispatcher', port = 0) =>
  start('src/main/browser-host/main.ts', ['--port', String(port), '--data', dataDir, '--server-url', serverUrl, '--user', user], /GRID_COMMAND_CENTER_URL=(\S+)/);
