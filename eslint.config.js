// @ts-check
/**
 * Lint, including the architecture's boundaries. These rules ARE the layering: do not relax them
 * to make an import pass; move the code instead.
 *  - extractors/: pure. No Node built-ins, no Electron, no SQLite, nothing from main/ or renderer/.
 *  - main/ (outside main/electron/): Node, never Electron. Only main/electron/ may import 'electron'.
 *  - renderer/: browser only. From main/ it may import types of the API contract, nothing else.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'stream', 'stream/*', 'http', 'https', 'net', 'module', 'util', 'zlib', 'events', 'buffer', 'process'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-renderer/**', 'node_modules/**', 'fixtures/**', 'bin/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
      // A function a reader can hold: past 25 paths, change its shape (candidates + named rules).
      complexity: ['error', 25],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly' },
    },
  },
  {
    // A sandboxed preload must be CommonJS and may require only 'electron'.
    files: ['main/electron/preload.cts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['extractors/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'extractors/ is pure: no Node built-ins (no I/O).' },
            { group: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*', 'tesseract.js'], message: 'extractors/ is pure: no Electron, SQLite, PDF or OCR.' },
            { group: ['**/main/**', '**/renderer/**', '../../main/*', '../../renderer/*'], message: 'extractors/ may not depend on main/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: "Only main/electron/ may import 'electron'; the rest of main/ also runs under the CLI and `glaneur serve`." },
            { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'renderer/ runs in a browser sandbox: no Node built-ins.' },
            { group: ['electron', 'better-sqlite3', 'pdfjs-dist/legacy/*', 'tesseract.js'], message: 'renderer/ talks to main only through the API contract.' },
            { group: ['**/main/**', '!**/main/api/contract', '!**/main/api/contract.js'], message: 'renderer/ may only import the API contract from main/.' },
            { group: ['**/main/api/contract', '**/main/api/contract.js'], allowTypeImports: true, message: 'renderer/ may import only TYPES from the API contract (import type …).' },
          ],
        },
      ],
    },
  },
);
