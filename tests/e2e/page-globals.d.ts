// What the renderer exposes on window, as seen from tests that evaluate in the page.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bridge } from '../../src/shared/contract.ts';

declare global {
  interface Window {
    __gccMap?: MapLibreMap;
    gridBridge?: Bridge;
  }
}
export {};
