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
/**
 * The order inside main/, lowest first: a folder may import only from folders below it.
 * On top are the three hosts, side by side and apart: web/ (the browser edition's HTTP host),
 * electron/ and cli/ (which starts the browser edition, `lectern web`, so it may use web/).
 * Under them, host-shared/ holds what both app hosts need (CSP, MIME types, UI files,
 * settings, the renderer's build config), above the services it does not need.
 */
const MAIN_BELOW = {
  store: ['import', 'export', 'services', 'host-shared', 'web', 'cli', 'electron'],
  platform: ['import', 'export', 'services', 'host-shared', 'web', 'cli', 'electron'],
  import: ['services', 'host-shared', 'web', 'cli', 'electron'],
  export: ['services', 'host-shared', 'web', 'cli', 'electron'],
  services: ['host-shared', 'web', 'cli', 'electron'],
  'host-shared': ['services', 'web', 'cli', 'electron'],
  web: ['cli', 'electron'],
  electron: ['cli', 'web'],
  cli: ['electron'],
};
const mainLayers = Object.entries(MAIN_BELOW).map(([folder, above]) => ({
  files: [`main/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/renderer/**'], message: 'main/ must not import renderer code.' },
          {
            regex: `^(\\.\\./)+(${above.join('|')})/`,
            message: `main/${folder}/ sits below ${above.map((a) => `${a}/`).join(', ')}: it may not import them.`,
          },
        ],
      },
    ],
  },
}));
const layer = (message, groups, { node = false } = {}) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group: groups, message }, ...(node ? [{ regex: nodeBuiltins, message }] : [])] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'release/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      // Built from renderer/src/export-player/player.ts by main/cli/build/player.mjs.
      'main/export/client/player.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Rules that read types (typescript-eslint's project service finds each file's tsconfig).
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its failure: every one is awaited, returned, or given a
      // handler that shows or records what went wrong. `void` alone does not count.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A switch over a union lists every member, or says with `default` what the rest do.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['common/**/*.{ts,tsx}'],
    rules: layer(
      'common/ runs in every process: no Node, Electron, DOM-only or main/renderer imports.',
      ['electron', '**/main/**', '**/renderer/**', 'react-dom', 'react-dom/*', 'dompurify'],
      { node: true },
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer(
        'renderer/ talks to the host only through the API contract in common/api.',
        ['electron', '**/main/**'],
        { node: true },
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('main/ must not import renderer code.', ['**/renderer/**']),
  },
  ...mainLayers,
  {
    files: ['tests/**/*.ts', '*.config.{ts,js}', '.ci/**/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
