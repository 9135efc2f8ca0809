/**
 * Export and command-line speed, side by side in one run, the way users meet it: whole
 * processes. The same 300 slides exported by the built `lectern` command (`out/cli/`, as
 * `npx lectern` runs it) and by Marp CLI (from Markdown of the same slides); the PDF floor is
 * a plain Node process that starts the same Chromium and makes one `page.pdf()` of the same
 * static print document (made beforehand, not timed), tagged with an outline as Lectern's is
 * (`floor-print.mjs`). Also `lectern --help`, `lectern check` and the PowerPoint export.
 *
 * Every compared pair runs once each as a discarded warm-up, then five times each in the
 * order A B B A …, so load from elsewhere on the machine falls on both alike; rows give the
 * median and the range. Rows whose name starts "in-process" time a function inside this
 * process (modules loaded, JIT warm) and are never set against another tool.
 *
 * Where the time of a whole `lectern export --html` goes (300 slides, CPU profile of the built
 * command): rendering the slides with React's server renderer about half; reading and
 * validating the deck (zod) ~15%; garbage collection ~8%; compiling the command's code ~5%;
 * choosing font faces, building and writing the file the rest. vega is not loaded for a deck
 * without charts. Of `lectern check`: compromise's start (its word lists are precomputed at
 * build time, see main/cli/build/bundle.mjs; merging its plugins is what is left) and
 * tagging each title and bullet once, ~1 ms each, which is why 300 slides take longer than
 * a sample deck. Of `export --pdf`, beyond the floor's own work (loading Playwright,
 * Chromium's start, loading the document, the print): rendering the slides, which runs
 * while Chromium starts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDeck } from '../../common/deck/load';
import type { DeckInput } from '../../common/deck/schema';
import { exportDeck } from '../../main/export/export-deck';
import { printDocument } from '../../main/export/print-document';
import { staticDeck } from '../../main/export/static-deck';
import { CHROMIUM_ARGS, findChromium } from '../../main/platform/chromium';
import type { BenchRow } from './types';

const N = 300;
const ROOT = resolve(import.meta.dirname, '../..');
const LECTERN = join(ROOT, 'out/cli/lectern.mjs');
const MARP = join(ROOT, 'node_modules/@marp-team/marp-cli/marp-cli.js');
const FLOOR = join(ROOT, 'tests/bench/floor-print.mjs');
const SAMPLE = join(ROOT, 'decks/western-technology');
/** Timed runs per side after one discarded warm-up run each. */
const RUNS = 5;

const bullets = (i: number) => [
  `Plan ${i}: **equipment** bought abroad`,
  `Engineers hired from ${i % 2 ? 'Germany' : 'the USA'}`,
  `Credit terms of ${i % 7} years`,
];

function deckInput(): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Bench lecture', language: 'en', theme: 'light', aspectRatio: '16:9' },
    slides: Array.from({ length: N }, (_, i) => ({
      id: `s${i}`,
      layout: 'bullets' as const,
      title: `Slide ${i + 1}: imports of machinery`,
      notes: `Notes for slide ${i + 1}.`,
      blocks: [
        {
          type: 'bullets' as const,
          id: `b${i}`,
          items: bullets(i).map((text, j) => ({ id: `i${i}-${j}`, text, children: [] })),
        },
      ],
    })),
  };
}

function markdown(): string {
  const slides = Array.from(
    { length: N },
    (_, i) =>
      `## Slide ${i + 1}: imports of machinery\n\n${bullets(i)
        .map((b) => `- ${b}`)
        .join('\n')}\n\n<!-- Notes for slide ${i + 1}. -->`,
  );
  return `---\nmarp: true\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;

/** A whole process, `node <args>`, from start to exit; rejects when it fails. */
function proc(args: string[], env: NodeJS.ProcessEnv = process.env): () => Promise<number> {
  return () =>
    new Promise((done, fail) => {
      const started = performance.now();
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', fail);
      child.on('exit', (code) => {
        const ms = performance.now() - started;
        if (code === 0) done(ms);
        else fail(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      });
    });
}

/** `RUNS` timed runs of `a` alone, after one discarded warm-up. */
async function alone(a: () => Promise<number>): Promise<number[]> {
  await a();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await a());
  return times;
}

/**
 * Runs `a` and `b` once each as a discarded warm-up, then `RUNS` times each in the order
 * A B B A A B B A …, so that load from other processes on the machine falls on both alike.
 */
async function sideBySide(
  a: () => Promise<number>,
  b: () => Promise<number>,
): Promise<[number[], number[]]> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < 2 * RUNS; i++) {
    if (i % 4 === 0 || i % 4 === 3) as.push(await a());
    else bs.push(await b());
  }
  return [as, bs];
}

export default async function (): Promise<BenchRow[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium');
  // The command as `npx lectern` runs it: built if a source is newer than the bundle.
  const built = spawnSync(
    process.execPath,
    [join(ROOT, 'main/cli/build/bundle.mjs'), '--if-stale'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0)
    throw new Error(`the lectern command could not be built: ${built.stderr}`);

  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-export-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const deckDir = join(dir, 'bench');
    mkdirSync(deckDir);
    const deckFile = join(deckDir, 'bench.lectern');
    writeFileSync(deckFile, JSON.stringify(deckInput(), null, 2));
    const parsed = parseDeck(JSON.stringify(deckInput()));
    if (!parsed.ok) throw new Error('bench deck invalid');
    const deck = parsed.value.deck;
    const slidesMd = join(dir, 'slides.md');
    writeFileSync(slidesMd, markdown());
    const pdfOptions = { format: 'pdf', layout: 'slides', handouts: 3, fragments: false } as const;
    // The floor's document: what Lectern prints for this deck, made here and not timed.
    const doc = printDocument('Bench lecture', 'en', await staticDeck(deck, deckDir), pdfOptions);
    const docFile = join(dir, 'print.html');
    writeFileSync(docFile, doc.html);

    const chromeEnv = {
      ...process.env,
      LECTERN_CHROMIUM: chromePath,
      LECTERN_CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS),
    };
    const marpEnv = { ...process.env, CHROME_PATH: chromePath, CHROME_NO_SANDBOX: '1' };
    const lectern = (...args: string[]) => proc([LECTERN, ...args], chromeEnv);
    const marp = (...args: string[]) => proc([MARP, '--no-stdin', slidesMd, ...args], marpEnv);
    const floor = (...extra: string[]) =>
      proc(
        [FLOOR, docFile, join(dir, 'floor.pdf'), String(doc.width), String(doc.height), ...extra],
        chromeEnv,
      );

    const help = await alone(lectern('--help'));
    const check = await alone(lectern('check', deckFile));
    const checkSample = await alone(lectern('check', SAMPLE));
    const pptx = await alone(lectern('export', deckFile, '--pptx', join(dir, 'lectern.pptx')));
    const [html, marpHtml] = await sideBySide(
      lectern('export', deckFile, '--html', join(dir, 'lectern.html')),
      marp('--html', '-o', join(dir, 'marp.html')),
    );
    const [pdf, floorPdf] = await sideBySide(
      lectern('export', deckFile, '--pdf', join(dir, 'lectern.pdf')),
      floor(),
    );
    const [untagged, tagged] = await sideBySide(floor('--untagged'), floor());
    const [pdf2, marpPdf] = await sideBySide(
      lectern('export', deckFile, '--pdf', join(dir, 'lectern.pdf')),
      marp('--pdf', '-o', join(dir, 'marp.pdf')),
    );

    // In-process, for the record: the exporter alone, modules loaded and JIT warm.
    const inProcess: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now();
      const r = await exportDeck(deck, deckDir, { format: 'html', notes: true });
      if (r.ok) writeFileSync(join(dir, 'in-process.html'), r.value.bytes);
      if (i > 0) inProcess.push(performance.now() - t); // the first run loads reveal.js, React and vega
    }

    const runs = `median of ${RUNS}`;
    const pair = `${runs}, alternated`;
    return [
      {
        name: `whole process: \`lectern --help\` (${runs}: ${range(help)})`,
        value: median(help),
        unit: 'ms',
        target: '≤ 300 ms',
        met: median(help) <= 300,
      },
      {
        name: `whole process: \`lectern check\`, ${N} slides (${runs}: ${range(check)})`,
        value: median(check),
        unit: 'ms',
        target: '≤ 500 ms',
        met: median(check) <= 500,
      },
      {
        name: `whole process: \`lectern check\`, a sample deck with its reading (${runs}: ${range(checkSample)})`,
        value: median(checkSample),
        unit: 'ms',
        target: '≤ 500 ms',
        met: median(checkSample) <= 500,
      },
      {
        name: `whole process: PowerPoint export, ${N} slides (${runs}: ${range(pptx)})`,
        value: median(pptx),
        unit: 'ms',
        target: '< 2000 ms',
        met: median(pptx) < 2000,
      },
      {
        name: `whole process: HTML export, ${N} slides (Lectern ${range(html)}, Marp ${range(marpHtml)}; ${pair})`,
        value: median(html),
        unit: 'ms',
        baseline: { name: 'Marp CLI, whole process', value: median(marpHtml) },
        target: '≤ 0.5× Marp CLI',
        met: median(html) <= 0.5 * median(marpHtml),
      },
      {
        name: `whole process: PDF export, ${N} slides (Lectern ${range(pdf)}, floor ${range(floorPdf)}; ${pair})`,
        value: median(pdf),
        unit: 'ms',
        baseline: {
          name: 'the floor: Node + Playwright, one page.pdf() of the static slides, tagged + outline',
          value: median(floorPdf),
        },
        target: '≤ 1.25× the floor',
        met: median(pdf) <= 1.25 * median(floorPdf),
      },
      {
        name: `whole process: PDF export, ${N} slides (Lectern ${range(pdf2)}, Marp ${range(marpPdf)}; ${pair})`,
        value: median(pdf2),
        unit: 'ms',
        baseline: { name: 'Marp CLI, whole process', value: median(marpPdf) },
        target: 'faster than Marp CLI',
        met: median(pdf2) < median(marpPdf),
      },
      {
        name: `whole process: the floor untagged (${range(untagged)}) vs tagged + outline (${range(tagged)}; ${pair})`,
        value: median(untagged),
        unit: 'ms',
        baseline: { name: 'the floor, tagged + outline', value: median(tagged) },
      },
      {
        name: `in-process: HTML export, ${N} slides, modules loaded (${runs}: ${range(inProcess)})`,
        value: median(inProcess),
        unit: 'ms',
      },
      {
        name: 'in-process: peak RSS of the bench process (the in-process export)',
        value: peak / 1024 / 1024,
        unit: 'MB',
      },
    ];
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
