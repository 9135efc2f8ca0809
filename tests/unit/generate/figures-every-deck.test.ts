/**
 * Every seed deck has a figure (issue 10): each deck generated from each test reading, as
 * `lectern generate` drafts it (bytes read as the CLI reads them, the .docx included), holds
 * at least one figure slide, a chart or the reading's own image.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Deck } from '../../../common/deck/schema';
import { decksFor } from '../../../main/import/generate';
import { parseSourceBytes } from '../../../main/import/read-source';
import { FIXTURES } from './readings';

const READINGS = [
  ...readdirSync(FIXTURES).filter((f) => /\.(?:txt|md|docx)$/.test(f)),
  ...readdirSync(join(FIXTURES, 'charts')).map((f) => `charts/${f}`),
];

/**
 * Decks whose sections hold nothing faithful to draw: no two numbers of one measure, no three
 * dated events. A figure there would mislead, so none is made; the test checks that too.
 */
const NOTHING_TO_DRAW: Record<string, string[]> = {
  // An argument in prose: one date (2017) and no numbers in its objections.
  'trolley-problem.txt': ['Objections'],
  // Two dated events (1974, 1 January 1983; "the mid-1970s" is no date) and no numbers: two
  // dates are no timeline.
  'arpanet.txt': ['One protocol for many networks'],
  // A range of losses (15 to 20 percent) and "roughly half" of a cost, one year (1959); then
  // a cost in cents against one in dollars, and two dates (1956, 1965–1970): nothing of one
  // measure and unit twice, no three dated events.
  'containers.md': ['Before the container', "McLean's experiment"],
  // Two dates before the common era (c. 11,000 BCE, about 9000 BCE), one after it (1916) and
  // "12,000 years ago"; then an excavation (1995–2014) beside pillars of 9600–8200 BCE: no three
  // dated events of one era, and no two amounts of one measure.
  'first-farmers.md': ['Before the harvest', 'Göbekli Tepe'],
  // A literature reading: two dated lectures and a book (October 1928, October 1929), one
  // legacy of 500 pounds a year and one sales figure; no three events, no measure twice.
  'room-of-ones-own.md': ['The lectures', 'Money and the mind', "Shakespeare's sister"],
  // A budget left (about 500 billion tonnes), a warming so far (about 1.1 °C) and a rate
  // (four times as fast): each measure once, and two years (2021, 2022).
  'keeling-curve.txt': ['The budget'],
  // Political philosophy: one date (1651; the execution of Charles I "two years" before it is
  // no date the reading gives) and no numbers.
  'social-contract.txt': ['The state of nature'],
};

const hasFigure = (deck: Deck) =>
  deck.slides.some((s) => s.blocks.some((b) => b.type === 'figure'));

async function decksOf(file: string): Promise<Deck[]> {
  const path = join(FIXTURES, file);
  // The reading's folder, as `lectern generate` gives it, so a Markdown reading's images are read.
  const read = await parseSourceBytes(
    new Uint8Array(readFileSync(path)),
    file.split('/').pop()!,
    path,
    { folder: dirname(path) },
  );
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return decksFor(read.value).decks.map((g) => g.deck);
}

describe('every seed deck has a figure', () => {
  it('finds the test readings, the .docx among them', () => {
    expect(READINGS).toContain('ocean-acidification.docx');
    expect(READINGS.length).toBeGreaterThanOrEqual(12);
  });
  it.each(READINGS)('%s: every generated deck has a figure slide', async (file) => {
    const decks = await decksOf(file);
    expect(decks.length).toBeGreaterThan(0);
    const without = decks.filter((d) => !hasFigure(d)).map((d) => d.meta.title);
    const exempt = NOTHING_TO_DRAW[file] ?? [];
    if (exempt.length)
      console.log(`${file}: no figure expected in ${exempt.join(', ')} (nothing faithful to draw)`);
    expect(
      without,
      `${file}: ${decks.length - without.length}/${decks.length} decks with a figure`,
    ).toEqual(exempt);
  });
});
