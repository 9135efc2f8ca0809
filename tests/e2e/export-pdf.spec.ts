/**
 * PDF exports through the real command line and a real Chromium, checked with poppler and
 * pdfjs: page counts per layout, fonts embedded, slide titles in the text, tagged, the
 * outline equal to the slide titles, CJK text present, a clear error without Chromium.
 */
import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cjkDeck, lectureDeck, validDeck, writeDeck } from '../fixtures/export/decks';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-pdf-'));
test.afterAll(() => rmSync(root, { recursive: true, force: true }));
const deckFile = writeDeck(lectureDeck(), 'lecture', root);
const titles = validDeck(lectureDeck())
  .slides.filter((s) => !s.hidden)
  .map((s) => s.title);

function lectern(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { code: number; out: string; err: string } {
  const r = spawnSync(
    'node_modules/.bin/tsx',
    ['--tsconfig', 'tsconfig.node.json', 'main/cli/index.ts', ...args],
    { encoding: 'utf8', env },
  );
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}
const info = (pdf: string) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(info(pdf))?.[1]);
const text = (pdf: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });

async function outline(pdf: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), useSystemFonts: false })
    .promise;
  const flat: string[] = [];
  const walk = (items: Array<{ title: string; items: unknown[] }> | null) => {
    for (const it of items ?? []) {
      flat.push(it.title);
      walk(it.items as Array<{ title: string; items: unknown[] }>);
    }
  };
  walk(await doc.getOutline());
  await doc.destroy();
  return flat;
}

test('slides layout: one page per slide at the slide size, fonts embedded, tagged, outline = slide titles', async () => {
  const pdf = join(root, 'slides.pdf');
  const r = lectern(['export', deckFile, '--pdf', pdf]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('wrote');
  expect(pages(pdf)).toBe(titles.length);
  expect(info(pdf)).toMatch(/Tagged:\s+yes/);
  expect(info(pdf)).toMatch(/Page size:\s+960 x 540 pts/);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line.split(/\s+/).at(-5), line).toBe('yes');
  const t = text(pdf);
  for (const title of titles) expect(t).toContain(title);
  expect(await outline(pdf)).toEqual(titles);
});

test('notes, handouts and fragments layouts have the pages their layout implies', async () => {
  const n = titles.length;
  const cases: Array<[string[], number]> = [
    [['--layout', 'notes'], n],
    [['--layout', 'handouts'], Math.ceil(n / 3)],
    [['--layout', 'handouts', '--handouts', '6'], Math.ceil(n / 6)],
    [['--fragments'], n + 2],
  ];
  for (const [args, expected] of cases) {
    const pdf = join(root, `${args.join('')}.pdf`);
    const r = lectern(['export', deckFile, '--pdf', pdf, ...args]);
    expect(r.code, r.err).toBe(0);
    expect(pages(pdf), args.join(' ')).toBe(expected);
    expect(info(pdf)).toMatch(/Tagged:\s+yes/);
    const t = text(pdf);
    for (const title of titles) expect(t).toContain(title);
    if (args.includes('notes')) expect(t).toContain('Stress the timing: 1929 to 1932.');
  }
});

test('--paper sets the paper of notes and handouts, never of slides; a wrong value is a usage error', () => {
  const env = { ...process.env, LC_ALL: 'de_DE.UTF-8' };
  const cases: Array<[string[], RegExp]> = [
    [['--layout', 'handouts', '--paper', 'letter'], /Page size:\s+612 x 792 pts/],
    [['--layout', 'notes'], /Page size:\s+595\.\d* x 841\.\d* pts/],
    [['--layout', 'notes', '--paper', 'a4'], /Page size:\s+595\.\d* x 841\.\d* pts/],
    [['--paper', 'letter'], /Page size:\s+960 x 540 pts/],
  ];
  for (const [args, size] of cases) {
    const pdf = join(root, `paper${args.join('')}.pdf`);
    const r = lectern(['export', deckFile, '--pdf', pdf, ...args], env);
    expect(r.code, r.err).toBe(0);
    expect(info(pdf), args.join(' ')).toMatch(size);
  }
  // Without --paper or a deck setting, the locale decides: Letter in the US.
  const us = join(root, 'paper-us.pdf');
  expect(
    lectern(['export', deckFile, '--pdf', us, '--layout', 'handouts'], {
      ...process.env,
      LC_ALL: 'en_US.UTF-8',
    }).code,
  ).toBe(0);
  expect(info(us)).toMatch(/Page size:\s+612 x 792 pts/);
  const bad = lectern(['export', deckFile, '--pdf', join(root, 'x.pdf'), '--paper', 'legal']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--paper must be one of a4, letter');
});

test('CJK text comes out as text with no missing glyphs', async () => {
  const file = writeDeck(cjkDeck(), 'cjk', root);
  const pdf = join(root, 'cjk.pdf');
  expect(lectern(['export', file, '--pdf', pdf]).code).toBe(0);
  const t = text(pdf);
  for (const s of ['苏联工业化', '西方技术', '钢铁厂的设备来自美国', '日本語のテキストも表示する'])
    expect(t).toContain(s);
  expect(t).not.toContain('\ufffd');
  // Skia embeds the CFF-based Noto CJK faces as Type 3 fonts: embedded, with a Unicode map.
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts)
    expect(line.split(/\s+/).slice(-5, -2), line).toEqual(['yes', expect.any(String), 'yes']);
});
