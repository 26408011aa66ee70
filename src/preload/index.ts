// The only bridge from the sandboxed renderer to the main process: two
// functions over one IPC channel. No ipcRenderer, no Node, no other channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../main/electron/channels.ts';
import type { Bridge, ContractEvent, ContractRequest, ContractResponse } from '../shared/contract.ts';

// The main process validates every request in full; this only keeps what is plainly no request off the channel.
const looksLikeRequest = (req: unknown): req is ContractRequest =>
  typeof req === 'object' && req !== null && typeof (req as ContractRequest).name === 'string' && ['query', 'command'].includes((req as ContractRequest).kind);

const bridge: Bridge = {
  request: (req: ContractRequest) => (looksLikeRequest(req) ? (ipcRenderer.invoke(REQUEST_CHANNEL, req) as Promise<ContractResponse>) : Promise.reject(new TypeError('not a contract request'))),
  subscribe(listener) {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const handler = (_e: IpcRendererEvent, event: ContractEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('gridBridge', bridge);
