/**
 * The lecturer test for tests/fixtures/sources/coral-bleaching.md, a marine-science reading
 * in British spelling ("per cent"), written after the generator's rules were: a hedge "up
 * to", a sentence that opens on "When …," before its claim, a gerund as subject ("Bleaching
 * becomes …") and after an adjective ("severe bleaching"), a hyphened compound opening a
 * sentence ("Reef-building corals"), and a yearly list of shares. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests } from './readings';

const g = draftedForTests('coral-bleaching.md');

const slides = () => g.decks.flatMap((d) => d.slides);
const texts = () =>
  slides()
    .flatMap(bulletsOf)
    .map((b) => b.text);

describe('the coral drafts, as a lecturer checks them', () => {
  it('never cut a hedge from its number, nor show a "When …" clause without its claim', () => {
    for (const t of texts()) {
      expect(t).not.toMatch(/\bup:?$/);
      expect(t).not.toMatch(/^When [^,]*$/);
    }
    expect(texts().join(' | ')).toContain('up to 90 per cent of their energy');
  });

  it('title slides by their claims, gerunds read as nouns', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Bleaching becomes widespread above 4 degree heating weeks');
    expect(titles).toContain('Aerial surveys found severe bleaching');
  });

  it('label no bar with the first part of a compound', () => {
    for (const c of g.decks.flatMap((d) => chartsOf(d)))
      for (const r of c.spec.data.values) expect(r.label).not.toBe('Reef');
  });

  it('chart the yearly shares of bleached reefs, and say that they peaked', () => {
    const chart = g.decks
      .flatMap((d) => chartsOf(d))
      .find((c) => c.spec.data.values.some((r) => r.value === 55));
    expect(chart?.spec.data.values.map((r) => [r.year, r.label])).toEqual([
      [1998, '8 per cent'],
      [2002, '18 per cent'],
      [2016, '55 per cent'],
      [2017, '31 per cent'],
    ]);
    expect(chart!.slide.title).toMatch(/peaked in 2016/);
  });
});
