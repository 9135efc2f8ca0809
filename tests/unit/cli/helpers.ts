/**
 * Test helpers for the command line: run the real `lectern` from its sources (tsx) in a
 * child process, and write decks into temp folders. The built command that `npx lectern`
 * and `npm run lectern` run is tested against these runs in bundle.test.ts.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const entry = join(root, 'main/cli/index.ts');
// The tsconfig of the main/ layer (JSX settings for the export renderer).
const tsconfig = join(root, 'tsconfig.node.json');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lectern ...args` in `cwd` and resolves with its exit code and output. */
export function lectern(args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      tsx,
      ['--tsconfig', tsconfig, entry, ...args],
      { cwd, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A fresh temp folder; `cleanup` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `content` as the deck file of the deck folder `folder` (`<folder>/<slug>.lectern`); returns its path. */
export function writeDeck(folder: string, content: unknown): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${basename(folder)}.lectern`);
  writeFileSync(
    file,
    typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n',
  );
  return file;
}

/** A small valid version-1 deck with every kind of block the summary reads. */
export function richDeck(title = 'Western technology'): Record<string, unknown> {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title },
    slides: [
      { id: 's1', layout: 'title', title, subtitle: 'Lecture 3' },
      {
        id: 's2',
        layout: 'bullets-figure',
        title: 'Equipment imports',
        notes: 'Stress the 1931 peak.',
        blocks: [
          {
            type: 'bullets',
            id: 'b1',
            items: [
              {
                id: 'i1',
                text: 'Imports of **machinery** peaked in *1931*',
                citations: [{ ref: 'r1', pages: 'p. 207' }],
                children: [
                  {
                    id: 'i1a',
                    text: 'See [Sutton](https://example.org/sutton) for `figures`',
                    citations: [{ ref: 'r2' }],
                  },
                ],
              },
              {
                id: 'i2',
                text: 'Plants were built by _foreign_ firms',
                citations: [{ ref: 'r1', pages: 'p. 207' }],
              },
            ],
          },
          {
            type: 'figure',
            id: 'f1',
            figure: {
              kind: 'chart',
              spec: {
                mark: 'bar',
                data: {
                  values: [
                    { year: 1930, value: 1 },
                    { year: 1931, value: 2 },
                  ],
                },
              },
            },
            caption: 'Machinery imports, 1928-1932',
            alt: 'Bar chart: imports rise to a peak in 1931',
            citations: [{ ref: 'r1', pages: 'p. 210' }],
          },
        ],
      },
      {
        id: 's3',
        layout: 'quote',
        title: 'A witness',
        blocks: [
          {
            type: 'quote',
            id: 'q1',
            text: 'We are fifty or a hundred years behind.',
            attribution: 'Stalin, 1931',
            citations: [{ ref: 'r2', pages: 'p. 40' }],
          },
        ],
      },
      {
        id: 's4',
        layout: 'references',
        title: 'References',
        blocks: [{ type: 'references', id: 'rf', refs: ['r1', 'r2'] }],
      },
    ],
    references: [
      {
        id: 'r1',
        label: '[1]',
        text: 'Sutton, A. C. Western Technology and Soviet Economic Development. Hoover, 1971.',
      },
      { id: 'r2', label: '[2]', text: '', missing: ['author', 'title', 'issued'] },
    ],
  };
}

/** A deck in the pre-release version-0 format (see common/deck/migrations.ts). */
export function v0Deck(): Record<string, unknown> {
  return {
    version: 0,
    title: 'Old lecture',
    author: 'A. Lecturer',
    slides: [
      { title: 'Old lecture' },
      { title: 'Points', bullets: ['first point', 'second point'], notes: 'say hello' },
    ],
  };
}
