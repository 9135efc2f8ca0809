import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './main/platform/chromium';

// tests/run-all.ts refuses to start without a Chromium, so this is only undefined when
// Playwright is run by hand; Playwright then reports its own missing-browser error.
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 1,
  fullyParallel: false,
  // On CI a test that fails is run once more, so one slow frame on a loaded machine does not
  // stop a change from landing; tests/run-all.ts names every test that needed the retry.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
