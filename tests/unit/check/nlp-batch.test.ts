/**
 * The draft review tags a whole deck's titles and bullets many to a compromise pass
 * (`tagAll`), for speed. Each text must get exactly what tagging it alone gives, or the
 * check would say different things in `lectern check` (whole decks) and in the editor (one
 * slide after a keystroke). Compared on every title and bullet of the sample decks and of
 * drafts from the test readings, in two fresh copies of the module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { generateDecks } from '../../../common/generate';
import { parseSource } from '../../../common/source/parse';
import type { BulletItem, Deck } from '../../../common/deck/schema';

const ROOT = join(__dirname, '../../..');
const READINGS = join(ROOT, 'tests/fixtures/sources');

function textsOf(deck: Pick<Deck, 'slides'>): string[] {
  const out: string[] = [];
  const visit = (items: readonly BulletItem[]) =>
    items.forEach((b) => (out.push(b.text), visit(b.children)));
  for (const s of deck.slides) {
    out.push(s.title);
    for (const b of s.blocks) if (b.type === 'bullets') visit(b.items);
  }
  return out;
}

function allTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(join(ROOT, 'decks'), { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const file = join(ROOT, 'decks', name.name, `${name.name}.lectern`);
    texts.push(...textsOf(JSON.parse(readFileSync(file, 'utf8')) as Deck));
  }
  for (const file of readdirSync(READINGS).filter((f) => /\.(?:txt|md)$/.test(f))) {
    const model = parseSource(readFileSync(join(READINGS, file), 'utf8'), {
      hash: 'sha256:' + 'b'.repeat(64),
      format: file.endsWith('.md') ? 'markdown' : 'text',
    });
    for (const g of generateDecks(model, { sourceId: 'r', sourcePath: 'sources/r.txt' }))
      texts.push(...textsOf(g.deck));
  }
  return [...new Set(texts)];
}

type Nlp = typeof import('../../../common/check/nlp');
const plain = (nlp: Nlp, text: string) =>
  nlp.terms(text).map((t) => ({ ...t, root: t.root, tags: [...t.tags].sort() }));

describe('tagging many texts at once', () => {
  it('gives each text exactly what tagging it alone gives', async () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(500);
    vi.resetModules();
    const batched = (await import('../../../common/check/nlp')) as Nlp;
    batched.tagAll(texts);
    const together = texts.map((t) => plain(batched, t));
    vi.resetModules();
    const alone = (await import('../../../common/check/nlp')) as Nlp;
    expect(alone).not.toBe(batched);
    texts.forEach((t, i) => expect(plain(alone, t), t).toEqual(together[i]));
  }, 120_000);
});
