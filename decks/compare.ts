/**
 * Curated vs freshly generated decks for the sample reading, side by side, as a Markdown table
 * for the README's generation section: per part, slides, bullets, words per bullet (mean and
 * max) and charts. The curated decks are read from decks/; the generated ones are made from
 * the same reading with the current generator, so the table shows how far drafts are from
 * what a lecturer would show.
 *
 * Run: npx tsx decks/compare.ts [path/to/soviet-industrialization-1930s.txt]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../common/deck/load';
import type { BulletItem, Deck } from '../common/deck/schema';
import { generateDecks } from '../common/generate';
import { partOf } from '../common/generate/parts';
import { inlinePlainText } from '../common/deck/inline-markdown';
import { parseSource } from '../common/source/parse';
import { sha256 } from '../main/store/read';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = resolve(
  process.argv[2] ?? join(HERE, '../tests/fixtures/sources/soviet-industrialization-1930s.txt'),
);

/** Slides, bullets, words per bullet and charts of one deck. */
interface Figures {
  title: string;
  slides: number;
  bullets: number;
  mean: number;
  max: number;
  charts: number;
}

function figures(deck: Deck): Figures {
  const words: number[] = [];
  const walk = (items: readonly BulletItem[]) =>
    items.forEach(
      (i) => (
        words.push(inlinePlainText(i.text).split(/\s+/).filter(Boolean).length),
        walk(i.children)
      ),
    );
  let charts = 0;
  for (const slide of deck.slides) {
    for (const b of slide.blocks) {
      if (b.type === 'bullets') walk(b.items);
      if (b.type === 'figure' && b.figure.kind === 'chart') charts++;
    }
  }
  const mean = words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0;
  return {
    title: deck.meta.title,
    slides: deck.slides.length,
    bullets: words.length,
    mean,
    max: Math.max(0, ...words),
    charts,
  };
}

/** The curated decks in decks/, by part. */
function curated(): Map<number, Deck> {
  const out = new Map<number, Deck>();
  for (const entry of readdirSync(HERE, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = join(HERE, entry.name, `${entry.name}.lectern`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // a folder without a deck (sources, assets)
    }
    const loaded = parseDeck(text);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const part = partOf(loaded.value.deck.slides[0]);
    if (part) out.set(part.n, loaded.value.deck);
  }
  return out;
}

const bytes = readFileSync(SOURCE);
const model = parseSource(bytes.toString('utf8'), { hash: sha256(bytes), format: 'text' });
const generated = new Map(
  generateDecks(model, { sourceId: 'sample', sourcePath: `sources/${basename(SOURCE)}` }).map(
    (g) => [partOf(g.deck.slides[0])?.n ?? 0, g.deck],
  ),
);
const mine = curated();
const parts = [...new Set([...mine.keys(), ...generated.keys()])].sort((a, b) => a - b);

const row = (part: number, kind: string, f: Figures | undefined) =>
  f
    ? `| ${part} | ${kind} | ${f.title} | ${f.slides} | ${f.bullets} | ${f.mean.toFixed(1)} | ${f.max} | ${f.charts} |`
    : `| ${part} | ${kind} | (none) | | | | | |`;
const lines = [
  '| part | deck | title | slides | bullets | words per bullet, mean | max | charts |',
  '|---|---|---|---|---|---|---|---|',
  ...parts.flatMap((p) => [
    row(p, 'curated', mine.has(p) ? figures(mine.get(p)!) : undefined),
    row(p, 'generated', generated.has(p) ? figures(generated.get(p)!) : undefined),
  ]),
];
console.log(lines.join('\n'));
