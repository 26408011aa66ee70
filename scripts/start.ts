// `npm start`: the Electron app with an embedded server and the demo city.
// Where the Electron binary is not available, say so in one line and start
// the browser host instead.
import { spawn } from 'node:child_process';
import { ensureElectronBinary } from './electron-binary.ts';

const binary = ensureElectronBinary();
const forward = process.argv.slice(2);
if (!binary) console.log('Electron 不可用，改为启动浏览器模式 / Electron binary not available: starting the browser host instead.');
const child = binary
  ? spawn(binary, ['.', ...forward], { stdio: 'inherit' })
  : spawn(process.execPath, ['src/main/browser-host/main.ts', ...forward], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
