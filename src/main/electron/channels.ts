// IPC channel names shared by the Electron host and its preload.
export const REQUEST_CHANNEL = 'gcc:contract';
export const EVENT_CHANNEL = 'gcc:event';
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Whether `url` is a page of the app's own, by its scheme and host. Not by `new URL(url).origin`:
 * Node's URL gives a scheme it does not know (app:) the origin 'null', so that comparison refused
 * every page of our own (the contract's requests, notifications, the app's own navigation).
 */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}
