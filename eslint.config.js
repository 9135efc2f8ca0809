// Lint rules, and the layer rule that keeps the architecture honest:
// common/ imports neither Node nor the DOM nor Electron; renderer/ never imports main/;
// main/ never imports renderer/. (The DOM half of the rule is enforced by tsconfig libs.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads', 'zlib'];
const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['common/**/*.{ts,tsx}'],
    rules: layer('common/ runs in every process: no Node, Electron, DOM-only or main/renderer imports.', [
      ...nodeBuiltins, 'electron', '**/main/**', '**/renderer/**', 'react-dom', 'react-dom/*', 'dompurify',
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ talks to the host only through the API contract in common/api.', [...nodeBuiltins, 'electron', '**/main/**']),
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('main/ must not import renderer code.', ['**/renderer/**']),
  },
  {
    files: ['tests/**/*.ts', '*.config.{ts,js}', '.ci/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
