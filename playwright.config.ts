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
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
