// Lint, including the folder rules that keep each file's runtime obvious:
// src/shared runs anywhere, the core and the server never touch Electron,
// the renderer never touches Node or Electron.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' };
const nodeBuiltins = { group: ['node:*'], message: 'This folder must not import Node built-ins.' };
const electronPatterns = { group: ['electron', 'electron/*'], message: noElectron.message };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.js', '!eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    // Tests beside the code may read fixtures from disk; the code itself may not.
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins, electronPatterns, { group: ['react', 'react-dom', 'maplibre-gl', 'antd', 'better-sqlite3', 'socket.io', 'socket.io-client', 'ws'], message: 'src/shared is pure: no I/O, DOM or UI libraries.' }, { group: ['**/main/**', '**/server/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'fetch'],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/common/**/*.ts', 'src/main/browser-host/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [electronPatterns, { group: ['**/renderer/**', '**/electron/**', '**/preload/**'], message: 'Host-agnostic code imports neither the renderer nor the Electron host.' }] }],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [electronPatterns, { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'The server imports src/shared only, never the workstation.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins, electronPatterns, { group: ['better-sqlite3', 'socket.io', 'socket.io-client', 'ws', '**/main/**', '**/server/**', '**/preload/**'], message: 'The renderer talks to the core only through the contract.' }] }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
);
