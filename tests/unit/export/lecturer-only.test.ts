/**
 * What is the lecturer's business never reaches students or the notes: for every test deck
 * (each fixture reading generated afresh, and the curated sample decks), the HTML export with
 * notes, the student copy and the PDF with notes (as text, via pdftotext) hold no "details
 * missing", "No details recorded", "Source sentences", sentence id (s1.2.3) or clean-up remark.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { exportStatic } from '../../../main/export/export-deck';
import { playwrightPrinter, type PlaywrightPrinter } from '../../../main/export/playwright-printer';
import { staticDeck } from '../../../main/export/static-deck';
import { generateFromFile } from '../../../main/import/generate';
import { findChromium } from '../../../main/platform/chromium';
import { findDecks, readDeckFile } from '../../../main/store';

const ROOT = join(import.meta.dirname, '../../..');
const READINGS = join(ROOT, 'tests/fixtures/sources');
const FORBIDDEN =
  /details missing|No details recorded|Source sentences|\bs\d+\.\d+\.\d+\b|garbled|Left out (?:as|of)/i;

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canPrint = hasPdftotext && findChromium() !== undefined;

/** Every line of `text` that breaks the rule, for a readable failure. */
const offending = (text: string) =>
  text
    .split('\n')
    .filter((l) => FORBIDDEN.test(l))
    .map((l) => l.trim().slice(0, 200));

const out = mkdtempSync(join(tmpdir(), 'lectern-lecturer-only-'));
const decks: Array<{ name: string; dir: string; deck: Deck }> = [];
let printer: PlaywrightPrinter | undefined;

beforeAll(async () => {
  const readings = readdirSync(READINGS).filter((f) => /\.(txt|md|docx)$/.test(f));
  for (const r of readings) {
    const made = await generateFromFile(join(READINGS, r), join(out, r));
    if (!made.ok) throw new Error(`${r}: ${made.problems.map((p) => p.what).join('; ')}`);
  }
  const found: string[] = [];
  for (const root of [out, join(ROOT, 'decks')]) {
    const listed = await findDecks(root);
    if (!listed.ok) throw new Error(`${root}: no decks`);
    found.push(...listed.value);
  }
  for (const file of found) {
    const read = await readDeckFile(file);
    if (!read.ok) throw new Error(`${file} does not open`);
    decks.push({
      name: file.replace(out, '').replace(ROOT, ''),
      dir: join(file, '..'),
      deck: read.value.deck,
    });
  }
  if (canPrint) printer = await playwrightPrinter();
}, 120_000);

afterAll(async () => {
  await printer?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('exports of every test deck', () => {
  it('cover the fixture readings and the curated decks', () => {
    expect(decks.length).toBeGreaterThanOrEqual(
      readdirSync(READINGS).filter((f) => /\.(txt|md|docx)$/.test(f)).length + 3,
    );
  });

  it('keep notes free of sentence ids and clean-up remarks', () => {
    const bad = decks.flatMap(({ name, deck }) =>
      deck.slides.flatMap((s) => offending(s.notes).map((l) => `${name} ${s.id}: ${l}`)),
    );
    expect(bad).toEqual([]);
  });

  it('say nothing of missing details or sentence ids in the HTML, with notes or as the student copy', async () => {
    const bad: string[] = [];
    for (const { name, dir, deck } of decks) {
      const rendered = await staticDeck(deck, dir);
      for (const notes of [true, false]) {
        const html = await exportStatic(deck, rendered, { format: 'html', notes });
        if (!html.ok) throw new Error(`${name}: HTML export failed`);
        bad.push(
          ...offending(new TextDecoder().decode(html.value.bytes)).map(
            (l) => `${name} (${notes ? 'notes' : 'student'}): ${l}`,
          ),
        );
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);

  it.skipIf(!canPrint)(
    'say nothing of them in the PDF with notes either',
    async () => {
      const bad: string[] = [];
      for (const { name, dir, deck } of decks) {
        const pdf = await exportStatic(
          deck,
          await staticDeck(deck, dir),
          { format: 'pdf', layout: 'notes', handouts: 3, fragments: false },
          { printer: printer! },
        );
        if (!pdf.ok) throw new Error(`${name}: PDF export failed`);
        const file = join(out, 'deck.pdf');
        writeFileSync(file, pdf.value.bytes);
        const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        // The last slide's title: "References", or "Source" for a part that cites no works.
        expect(text, `${name}: the PDF has text`).toMatch(/^\s*(?:References|Source)\s*$/m);
        bad.push(...offending(text).map((l) => `${name}: ${l}`));
      }
      expect(bad).toEqual([]);
    },
    300_000,
  );
});
