// IPC channel names shared by the Electron host and its preload.
export const REQUEST_CHANNEL = 'gcc:contract';
export const EVENT_CHANNEL = 'gcc:event';
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
