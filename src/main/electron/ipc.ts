// One IPC channel into the core. Every message must come from the app's own
// top frame; anything else is refused before the core sees it.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ContractHandler, ContractResponse } from '../../shared/contract.ts';
import { EVENT_CHANNEL, isAppUrl, REQUEST_CHANNEL } from './channels.ts';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function connectContract(core: ContractHandler, windows: () => BrowserWindow[]): () => void {
  ipcMain.handle(REQUEST_CHANNEL, async (event, raw: unknown): Promise<ContractResponse> => {
    if (!isTrustedSender(event)) return { id: -1, ok: false, error: { code: 'bad-request', message: 'untrusted sender' } };
    return core.request(raw);
  });
  const unsubscribe = core.subscribe((e) => {
    for (const w of windows()) if (!w.isDestroyed()) w.webContents.send(EVENT_CHANNEL, e);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(REQUEST_CHANNEL);
  };
}
