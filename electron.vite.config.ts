import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      // The grid tile cutter runs in its own worker thread, from its own file beside index.js.
      rolldownOptions: { input: { index: resolve('src/main/electron/main.ts'), 'grid-tile-worker': resolve('src/main/core/grid-tile-worker.ts') } },
    },
  },
  preload: {
    build: {
      // Sandboxed preloads must be a single CommonJS file with nothing to require.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    // Map data, glyphs and attribution ship with the renderer so it needs no network.
    publicDir: resolve('resources'),
    base: './',
    plugins: [react()],
    build: {
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
