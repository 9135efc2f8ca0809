#!/usr/bin/env node
// @ts-check
/**
 * Builds the `lectern` command (the package's `bin`) to plain JavaScript with esbuild:
 * `out/cli/lectern.mjs`, a 3 KB entry that knows the command names and summaries, and one
 * chunk per command with the code (and the pure-JS packages) that command needs, loaded by
 * the entry's dynamic `import()` only when the command runs. So `--help` loads nothing else,
 * `check` loads no React, vega or Playwright, and an HTML export no Playwright.
 *
 * Plain JavaScript run by plain `node` (no tsx): `npm ci` runs it through `prepare`, and it
 * must be cheap there and never fail an install. Run as:
 *
 *     node main/cli/build/bundle.mjs              build (npm run build, npm run build:cli)
 *     node main/cli/build/bundle.mjs --prepare    build, but a failure only warns (npm ci)
 *     node main/cli/build/bundle.mjs --if-stale   build only when a source changed since
 *                                                 (npm run lectern, the bundle test);
 *                                                 says so on stderr
 *
 * Why bundle the packages too: `compromise` alone is 520 ES module files, and Node spends
 * ~300 ms finding, reading and linking them before `check` can start; bundled, that cost is
 * gone. Left outside (loaded from node_modules when used): Playwright, which reads its own
 * files at run time and is loaded only by PDF export; and vite and Electron, for `web`.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ENTRY = join(ROOT, 'main/cli/index.ts');
export const OUT_DIR = join(ROOT, 'out/cli');
export const BUNDLE = join(OUT_DIR, 'lectern.mjs');
/** What esbuild read for the last build: the staleness check compares their times. */
const META = join(OUT_DIR, 'meta.json');

/**
 * Files the bundle reads at run time by a path relative to its own location (see
 * `main/export/runtime.ts`: `import.meta.dirname` + `client/player.js`). The theme and font
 * files are found as `../../assets/` from the code, which holds from `out/cli/` as it does
 * from `main/export/`, so they stay where they are.
 */
const COPIED = [['main/export/client/player.js', 'client/player.js']];

/** compromise's part-of-speech model: its lexicon unpacked and expanded at every start. */
const COMPROMISE_MODEL = 'node_modules/compromise/src/2-two/preTagger/model/index.js';

/**
 * compromise spends ~350 ms of every start unpacking its compressed lexicon and adding each
 * word's inflections (`check` as a whole takes ~0.6 s). The result is the same every time, so
 * the build computes it once, here, and bundles the model module with the finished word
 * lists as JSON in place of the unpacking. The rest of the model (patterns, regexes,
 * inflection models) is still made by compromise's own code. If the module is not the one
 * this was written against, compromise is bundled as it is (slower, never wrong); a test
 * compares the bundled model with compromise's own (`tests/unit/cli/bundle.test.ts`).
 * @returns {Promise<import('esbuild').Plugin[]>}
 */
export async function compromiseModel() {
  const file = join(ROOT, COMPROMISE_MODEL);
  const source = readFileSync(file, 'utf8');
  /** @type {Array<[string, string]>} */
  const edits = [
    ["import { lexicon, switches, frozenLex } from './lexicon/index.js'\n", ''],
    ["import expandLexicon from './_expand/index.js'\n", ''],
    [
      '    _multiCache: {},\n    lexicon,\n    frozenLex,\n',
      '    _multiCache: built._multiCache,\n    lexicon: built.lexicon,\n    frozenLex: built.frozenLex,\n',
    ],
    ['    switches,\n', '    switches: built.switches,\n'],
    ['    uncountable: {},\n', '    uncountable: built.uncountable,\n'],
    ['model = expandLexicon(model)\n', ''],
  ];
  if (!edits.every(([from]) => source.split(from).length === 2)) {
    process.stderr.write(
      `lectern: ${COMPROMISE_MODEL} is not the one the build knows; bundling it as it is\n`,
    );
    return [];
  }
  /** @type {{ default: { one: Record<string, unknown>, two: Record<string, unknown> } }} */
  const { default: model } = await import(pathToFileURL(file).href);
  const built = {
    lexicon: model.one.lexicon,
    _multiCache: model.one._multiCache,
    frozenLex: model.one.frozenLex,
    switches: model.two.switches,
    uncountable: model.two.uncountable,
  };
  let contents = edits.reduce((text, [from, to]) => text.replace(from, to), source);
  contents = contents.replace(
    'let model = {',
    `const built = JSON.parse(${JSON.stringify(JSON.stringify(built))})\nlet model = {`,
  );
  return [
    {
      name: 'compromise-model',
      setup(build) {
        build.onLoad(
          { filter: /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ },
          (args) =>
            resolve(args.path) === file
              ? { contents, loader: 'js', resolveDir: dirname(file) }
              : undefined,
        );
      },
    },
  ];
}

/**
 * Two packages bring more code than the command uses, and every byte of a loaded file is
 * compiled at start (the export of 300 slides spends ~60 ms compiling): react-dom's Node
 * server entry is its string renderer (renderToStaticMarkup, all main/export uses) and its
 * streaming renderer (~300 KB), and zod's entry holds every locale of its messages (~370
 * KB) where Lectern only ever uses English, the one zod sets itself. The build takes the
 * string renderer's own module, the very code the entry hands on, and zod's locales as
 * English alone: code asking them for anything else would find it missing (nothing does).
 * @returns {import('esbuild').Plugin[]}
 */
export function unusedCode() {
  const legacyServer = join(
    ROOT,
    'node_modules/react-dom/cjs/react-dom-server-legacy.node.production.js',
  );
  const zodLocales = join(ROOT, 'node_modules/zod/v4/locales/index.js');
  if (
    !existsSync(legacyServer) ||
    !existsSync(zodLocales) ||
    !existsSync(join(dirname(zodLocales), 'en.js'))
  ) {
    process.stderr.write(
      'lectern: react-dom or zod is not the one the build knows; bundling them whole\n',
    );
    return [];
  }
  return [
    {
      name: 'unused-code',
      setup(build) {
        build.onResolve({ filter: /^react-dom\/server$/ }, () => ({ path: legacyServer }));
        build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) =>
          realpathSync(args.path) === realpathSync(zodLocales)
            ? {
                contents: 'export { default as en } from "./en.js";\n',
                loader: 'js',
                resolveDir: dirname(zodLocales),
              }
            : undefined,
        );
      },
    },
  ];
}

/** Loaded from node_modules when used, never bundled (resvg: a native module, per platform). */
const EXTERNAL = ['playwright-core', 'vite', '@vitejs/plugin-react', 'electron', '@resvg/resvg-js'];

/**
 * True when the bundle is missing or older than a file it was built from (or than this
 * script, or package-lock.json, whose changes can change what is bundled).
 * @returns {boolean}
 */
export function isStale() {
  if (!existsSync(BUNDLE) || !existsSync(META)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  /** @type {{ inputs: string[] }} */
  const meta = JSON.parse(readFileSync(META, 'utf8'));
  const inputs = [
    ...meta.inputs.map((p) => join(ROOT, p)),
    fileURLToPath(import.meta.url),
    join(ROOT, 'package-lock.json'),
    ...COPIED.map(([from]) => join(ROOT, from)),
  ];
  return inputs.some((file) => !existsSync(file) || statSync(file).mtimeMs > built);
}

/**
 * Builds out/cli afresh: into a temporary folder first, then moved into place, so a
 * `lectern` started meanwhile never sees half a bundle.
 * @returns {Promise<void>}
 */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const tmp = `${OUT_DIR}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    // The deck store checks big decks on a worker thread; it finds this file beside its chunk.
    // Imports run in a worker with time and heap limits (main/import/off-thread.ts), found the same way.
    entryPoints: {
      lectern: ENTRY,
      'deck-read-worker': join(ROOT, 'main/store/read-worker.ts'),
      'import-worker': join(ROOT, 'main/import/import-worker.ts'),
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    jsx: 'automatic',
    external: EXTERNAL,
    // Prefer packages' ES module builds: jsonc-parser's CommonJS one is UMD, whose requires
    // esbuild cannot follow.
    mainFields: ['module', 'main'],
    // React's production build: the development one is twice the size and slower to render.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Bundled CommonJS packages (mammoth and its zip reader) call require() for Node's own
    // modules, which an ES module does not have.
    banner: {
      js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);",
    },
    plugins: [...(await compromiseModel()), ...unusedCode()],
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const [from, to] of COPIED) {
    mkdirSync(dirname(join(tmp, to)), { recursive: true });
    copyFileSync(join(ROOT, from), join(tmp, to));
  }
  const entry = join(tmp, 'lectern.mjs');
  writeFileSync(entry, `#!/usr/bin/env node\n${readFileSync(entry, 'utf8')}`);
  chmodSync(entry, 0o755);
  writeFileSync(join(tmp, 'meta.json'), JSON.stringify(summary(result.metafile, tmp), null, 1));
  rmSync(OUT_DIR, { recursive: true, force: true });
  try {
    renameSync(tmp, OUT_DIR);
  } catch (e) {
    // Another build (a second test process) moved its bundle in first: keep that one.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(BUNDLE)) throw e;
  }
}

/**
 * What meta.json keeps: the files read (for `isStale`), and for each output file the
 * packages bundled into it and the ones it leaves to node_modules, so a test can tell from
 * the files a command loaded which packages it loaded.
 * @param {import('esbuild').Metafile} metafile
 * @param {string} outdir
 */
function summary(metafile, outdir) {
  /** @param {string} path */
  const pkg = (path) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  /** @type {Record<string, { bundled: string[], external: string[] }>} */
  const outputs = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const bundled = new Set(
      Object.keys(output.inputs)
        .map(pkg)
        .filter((p) => p !== undefined),
    );
    const external = new Set(
      output.imports
        .filter(
          (i) => i.external && !i.path.startsWith('node:') && !builtinModules.includes(i.path),
        )
        .map((i) => i.path),
    );
    outputs[relative(outdir, join(ROOT, file))] = {
      bundled: [...bundled].sort(),
      external: [...external].sort(),
    };
  }
  return { inputs: Object.keys(metafile.inputs).sort(), outputs };
}

async function cli() {
  const args = process.argv.slice(2);
  if (args.includes('--if-stale') && !isStale()) return;
  const started = performance.now();
  try {
    await buildCli();
  } catch (e) {
    const what = e instanceof Error ? e.message : String(e);
    if (!args.includes('--prepare')) throw e;
    // An install must not fail because the command could not be built; `npm run build`
    // (and the bundle test) will say why.
    process.stderr.write(
      `lectern: the command line was not built (${what.split('\n')[0]}); run "npm run build:cli" to see why\n`,
    );
    return;
  }
  // On stderr when building on the way to running it, so the command's own output stays clean.
  const say = args.includes('--if-stale') ? process.stderr : process.stdout;
  say.write(
    `built ${relative(process.cwd(), BUNDLE)} in ${Math.round(performance.now() - started)} ms\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await cli();
