/**
 * The lecturer test for tests/fixtures/sources/room-of-ones-own.md, a literature reading in
 * Markdown with MLA citations ("(Woolf 4)": author and page, no year) and a works cited list,
 * quotations that no one is said to speak, and few numbers. Written before the rules it exposed
 * (citations left in the bullets and no work cited, quotations with no speaker, a quote slide
 * titled "On cannot think", "The United States in its first six months …" as a bullet, the
 * Walker sentence lost), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('room-of-ones-own.md');
const { texts, slides, workLabels, worksMissingDetails } = lecturerView(g);
const quotes = () =>
  slides().flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'quote' ? [{ slide: s, quote: b }] : [])),
  );

describe('the Room of One’s Own drafts, as a lecturer checks them', () => {
  it('cite the works cited by author and page, and leave no citation in a bullet', () => {
    for (const t of texts()) expect(t).not.toMatch(/\((?:Woolf|Showalter|Walker) \d+\)/);
    expect(workLabels()).toEqual(['Showalter 1977', 'Walker 1983', 'Woolf 1929']);
    expect(worksMissingDetails()).toEqual([]);
    const pages = quotes().flatMap(({ quote }) => quote.citations.map((c) => c.pages));
    expect(pages).toEqual(expect.arrayContaining(['p. 4', 'p. 18', 'p. 49']));
  });

  it('give each quotation the author its citation names', () => {
    const fiction = quotes().find(({ quote }) => /write fiction$/.test(quote.text));
    expect(fiction?.quote.attribution).toBe('Woolf');
    for (const { quote } of quotes()) expect(quote.attribution).toBeTruthy();
  });

  it('title quote slides by who speaks or what about, never a verb read as a noun', () => {
    for (const { slide } of quotes()) expect(slide.title).not.toMatch(/cannot|think$/);
    expect(quotes().map(({ slide }) => slide.title)).toContain('Woolf on money');
  });

  it('keep a list of places whole, and state the comparison after it', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        "A Room of One's Own sold about 22,000 copies in Britain and the United States",
        "That was more than any of Woolf's novels had",
      ]),
    );
    for (const t of texts()) expect(t).not.toMatch(/^The United States in its first/);
  });

  it('keep the critics’ questions, framed by who asks', () => {
    expect(texts()).toContain(
      "Alice Walker asked what Woolf's argument meant for a woman who did not own herself",
    );
  });
});
