// Lint rules, and the layer rule that keeps the architecture honest:
// common/ imports neither Node nor the DOM nor Electron; renderer/ never imports main/;
// main/ never imports renderer/. (The DOM half of the rule is enforced by tsconfig libs.)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Every Node built-in, bare or with `node:`, and their subpaths (`fs/promises`): a list written
// by hand missed `events`, `buffer` and `assert`. A regular expression, not glob groups: the
// glob `inspector` would also refuse a sibling file `./Inspector`.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nodeBuiltins = `^(node:|(${builtinModules.map(escape).join('|')})(/|$))`;
const layer = (message, groups, { node = false } = {}) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }, ...(node ? [{ regex: nodeBuiltins, message }] : [])] }],
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
      'electron', '**/main/**', '**/renderer/**', 'react-dom', 'react-dom/*', 'dompurify',
    ], { node: true }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ talks to the host only through the API contract in common/api.', ['electron', '**/main/**'], { node: true }),
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
