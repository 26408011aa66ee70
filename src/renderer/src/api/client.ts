// The renderer's only way to the core: typed queries, commands and events
// over whichever Bridge the host provides. Nothing here knows the host.
import type {
  Bridge, CommandInput, CommandName, CommandOutput, EventName, EventPayload, QueryInput, QueryName, QueryOutput,
} from '../../../shared/contract.ts';
import { createWebSocketBridge } from './websocket-bridge.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent under the browser host. */
    gridBridge?: Bridge;
  }
}

export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export function createApi(bridge: Bridge) {
  let nextId = 1;
  const call = async (kind: 'query' | 'command', name: string, args: unknown): Promise<unknown> => {
    const res = await bridge.request({ id: nextId++, kind, name, args });
    if (!res.ok) throw new ApiError(res.error.code, res.error.message);
    return res.result;
  };
  return {
    query: <K extends QueryName>(name: K, args: QueryInput<K>) => call('query', name, args) as Promise<QueryOutput<K>>,
    command: <K extends CommandName>(name: K, args: CommandInput<K>) => call('command', name, args) as Promise<CommandOutput<K>>,
    on: <K extends EventName>(event: K, cb: (payload: EventPayload<K>) => void) =>
      bridge.subscribe((e) => {
        if (e.event === event) cb(e.payload as EventPayload<K>);
      }),
  };
}
export type Api = ReturnType<typeof createApi>;

/** `onSessionEnded`: under the browser host, told when the host no longer takes this page's token (it was started anew). */
export const connectApi = (onSessionEnded?: () => void): Api => createApi(window.gridBridge ?? createWebSocketBridge(onSessionEnded));
