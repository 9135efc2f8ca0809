import { configDefaults, defineConfig } from 'vitest/config';

/** What both projects share: slow imports (PDF, Vega, Playwright) need the long timeouts. */
const shared = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks',
} as const;

const RENDERER = 'tests/unit/renderer/**';

export default defineConfig({
  test: {
    projects: [
      {
        // main/ and common/, in Node.
        test: {
          ...shared,
          name: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, RENDERER],
          environment: 'node',
        },
      },
      {
        // The renderer's stores, hooks and helpers, in a DOM (jsdom), typechecked by
        // tests/unit/renderer/tsconfig.json with the renderer's own libraries.
        test: {
          ...shared,
          name: 'renderer',
          include: [`${RENDERER}/*.test.{ts,tsx}`],
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
