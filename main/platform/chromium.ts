/**
 * Finding a Chromium to drive: for PDF export from the command line and for the tests.
 * Order: an environment variable, the usual system install paths, then a browser that
 * Playwright downloaded where it could. Never downloads anything itself.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ENV = ['LECTERN_CHROMIUM', 'CHROMIUM_PATH', 'CHROME_PATH'] as const;

/** Flags that keep Chromium quiet and offline; every launch uses them. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

function systemCandidates(): string[] {
  switch (platform()) {
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    case 'win32': {
      const roots = [
        process.env.PROGRAMFILES,
        process.env['PROGRAMFILES(X86)'],
        process.env.LOCALAPPDATA,
      ].filter(Boolean) as string[];
      return roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]);
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
        '/usr/bin/microsoft-edge',
      ];
  }
}

function playwrightCandidates(): string[] {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ??
    join(homedir(), platform() === 'darwin' ? 'Library/Caches' : '.cache', 'ms-playwright');
  if (!existsSync(cache)) return [];
  const tail =
    platform() === 'darwin'
      ? ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium']
      : platform() === 'win32'
        ? ['chrome-win', 'chrome.exe']
        : ['chrome-linux', 'chrome'];
  return readdirSync(cache)
    .filter((d) => d.startsWith('chromium-'))
    .sort()
    .reverse()
    .map((d) => join(cache, d, ...tail));
}

/** The path of a Chromium-family browser, or `undefined` when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of CHROMIUM_ENV) {
    const value = env[name];
    if (value && existsSync(value)) return value;
  }
  return [...systemCandidates(), ...playwrightCandidates()].find((p) => existsSync(p));
}

/** One line that says what to install, for when `findChromium` finds nothing. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install one (Debian/Ubuntu: "sudo apt-get install chromium"; macOS/Windows: Google Chrome) or set LECTERN_CHROMIUM to its path.';
