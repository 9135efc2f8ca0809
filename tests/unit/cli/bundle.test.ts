/**
 * The built command (`out/cli/lectern.mjs`, the package's `bin`) run as users run it: a whole
 * `node` process, no tsx. The bundle is rebuilt first when a source is newer than it (so a
 * test run after an edit tests the edit; `npm ci` builds it through `prepare`).
 *
 * Each run also records the files Node loaded (a module hook that logs every URL), and the
 * bundle's meta.json says which packages each file holds, so the tests can say what a
 * command loaded: nothing for `--help`, no React, vega or Playwright for `check`, no
 * Playwright for an HTML export.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import nlp from 'compromise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compromiseModel } from '../../../main/cli/build/bundle.mjs';
import { findChromium } from '../../../main/platform/chromium';
import { lectern as lecternTsx, tempDir } from './helpers';

const root = resolve(import.meta.dirname, '../../..');
const outDir = join(root, 'out/cli');
const bundle = join(outDir, 'lectern.mjs');
const deck = 'decks/western-technology';

interface Meta {
  outputs: Record<string, { bundled: string[]; external: string[] }>;
}

interface BundleRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The packages the run loaded: bundled into the files it loaded, or from node_modules. */
  packages: Set<string>;
  /** The bundle's own files it loaded (lectern.mjs and chunks). */
  files: string[];
}

// Logs every module URL Node loads through its ES module loader to $LECTERN_LOAD_LOG.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (process.env.LECTERN_LOAD_LOG) appendFileSync(process.env.LECTERN_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

let work: { dir: string; cleanup: () => void };
let meta: Meta;

/** Runs the built `lectern ...args` from the project folder, logging what it loads. */
function run(args: string[], name: string): Promise<BundleRun> {
  const log = join(work.dir, `${name}.loaded`);
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, bundle, ...args],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, LECTERN_LOAD_LOG: log },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        let urls: string[] = [];
        try {
          urls = readFileSync(log, 'utf8').trim().split('\n');
        } catch {
          // nothing loaded through the hook (the run failed before it)
        }
        const outUrl = pathToFileURL(outDir).href + '/';
        const files = urls.filter((u) => u.startsWith(outUrl)).map((u) => u.slice(outUrl.length));
        const packages = new Set<string>();
        for (const f of files) for (const p of meta.outputs[f]?.bundled ?? []) packages.add(p);
        for (const u of urls) {
          const m = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
          if (m) packages.add(m[1]!);
        }
        done({ code, stdout, stderr, packages, files });
      },
    );
  });
}

describe('the built lectern command', { timeout: 120_000 }, () => {
  beforeAll(() => {
    const built = spawnSync(
      process.execPath,
      [join(root, 'main/cli/build/bundle.mjs'), '--if-stale'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);
    meta = JSON.parse(readFileSync(join(outDir, 'meta.json'), 'utf8')) as Meta;
    work = tempDir();
  }, 120_000);
  afterAll(() => work.cleanup());

  it('is the package bin: an executable file starting with a shebang', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(resolve(root, pkg.bin.lectern!)).toBe(bundle);
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bundle).mode & 0o111).not.toBe(0);
  });

  it('prints the help loading nothing but its entry and no package', async () => {
    const help = await run(['--help'], 'help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lectern <command>/);
    expect(help.stdout).toMatch(/^ {2}export +export decks/m);
    expect([...help.packages]).toEqual([]);
    // The entry, the exit codes and output helpers, esbuild's few helpers; no command's code.
    const bytes = help.files.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
    expect(bytes).toBeLessThan(16 * 1024);
  });

  it('checks a sample deck as the tsx-run command does, without React, vega, Playwright or mammoth', async () => {
    const [built, tsx] = await Promise.all([
      run(['check', deck], 'check'),
      lecternTsx(['check', deck], root),
    ]);
    expect(built.code).toBe(0);
    expect(built.stdout).toBe('1 deck checked, 0 invalid\n');
    expect(built.stderr).toBe(tsx.stderr);
    expect(built.packages).toContain('compromise');
    for (const heavy of ['react-dom', 'vega', 'vega-lite', 'playwright-core', 'mammoth'])
      expect(built.packages, heavy).not.toContain(heavy);
  });

  it('exports the same HTML bytes as the tsx-run command, with its files found from out/cli, and no Playwright', async () => {
    const builtFile = join(work.dir, 'built.html');
    const tsxFile = join(work.dir, 'tsx.html');
    const [built, tsx] = await Promise.all([
      run(['export', deck, '--html', builtFile], 'html'),
      lecternTsx(['export', deck, '--html', tsxFile], root),
    ]);
    expect(built.code, built.stderr).toBe(0);
    expect(tsx.code, tsx.stderr).toBe(0);
    const html = readFileSync(builtFile, 'utf8');
    // reveal.js (from node_modules), the player (copied beside the bundle), fonts and themes (assets/).
    // (Booleans, so that a failure does not print a 400 KB file.)
    expect(html.includes('Reveal.initialize'), 'reveal.js').toBe(true);
    expect(html.includes('Lectern offline player'), 'the player').toBe(true);
    expect(/@font-face\s*{[^}]*url\('data:font\/woff2;base64,/.test(html), 'fonts').toBe(true);
    expect(html.includes('.lectern-slide'), 'the theme').toBe(true);
    expect(readFileSync(builtFile).equals(readFileSync(tsxFile)), 'the same bytes').toBe(true);
    expect(built.packages).toContain('react-dom');
    expect(built.packages).not.toContain('playwright-core');
  });

  it('bundles compromise with its model precomputed, equal to the one compromise makes at start', async () => {
    const plugins = await compromiseModel();
    expect(plugins, "the build no longer knows compromise's model module").toHaveLength(1);
    const outfile = join(work.dir, 'compromise.mjs');
    await build({
      stdin: { contents: "export { default } from 'compromise';", resolveDir: root },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      plugins,
      logLevel: 'error',
    });
    const bundled = ((await import(pathToFileURL(outfile).href)) as { default: typeof nlp })
      .default;
    // Regexes and functions by their text, so that two equal models give equal strings.
    const canon = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) =>
        x instanceof RegExp ? `re:${x}` : typeof x === 'function' ? `fn:${x.name}` : x,
      );
    expect(canon(bundled.model()) === canon(nlp.model()), 'the same model').toBe(true);
    const deckText = readFileSync(join(root, deck, 'western-technology.lectern'), 'utf8');
    const tags = (n: typeof nlp) =>
      n(deckText)
        .json()
        .map((s: { terms: Array<{ text: string; tags: string[] }> }) =>
          s.terms.map((t) => `${t.text}/${t.tags.join('+')}`),
        );
    expect(tags(bundled)).toEqual(tags(nlp));
  });

  it.skipIf(!findChromium())(
    'exports two decks to PDF and HTML in one run of one browser, loading Playwright from node_modules',
    async () => {
      const folder = join(work.dir, 'two') + '/';
      const built = await run(
        ['export', deck, 'decks/foreign-credit', '--pdf', folder, '--html', folder],
        'pdf',
      );
      expect(built.code, built.stderr).toBe(0);
      expect(built.stdout).toMatch(
        /western-technology\.lectern: wrote .*western-technology\.pdf \(9 pages/,
      );
      expect(built.stdout).toMatch(
        /foreign-credit\.lectern: wrote .*foreign-credit\.pdf \(\d+ pages/,
      );
      expect(built.stdout.trim().split('\n').at(-1)).toBe('4 files written');
      for (const name of ['western-technology.pdf', 'foreign-credit.pdf'])
        expect(readFileSync(join(folder, name)).subarray(0, 5).toString()).toBe('%PDF-');
      expect(built.packages).toContain('playwright-core');
    },
  );
});
