// The only bridge from the sandboxed renderer to the main process: two
// functions over one IPC channel. No ipcRenderer, no Node, no other channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../main/electron/channels.ts';
import type { Bridge, ContractEvent, ContractRequest, ContractResponse } from '../shared/contract.ts';

const bridge: Bridge = {
  request: (req: ContractRequest) => ipcRenderer.invoke(REQUEST_CHANNEL, req) as Promise<ContractResponse>,
  subscribe(listener) {
    const handler = (_e: IpcRendererEvent, event: ContractEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('gridBridge', bridge);
