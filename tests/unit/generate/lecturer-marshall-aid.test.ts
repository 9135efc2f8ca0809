/**
 * The lecturer test for tests/fixtures/sources/marshall-plan-aid.txt: what a lecturer
 * teaching the Marshall Plan expects of the drafts before showing them. The reading has
 * unnumbered headings (one of them a question), author-year citations with pages, a reference
 * list, a breakdown of aid by country in $ million and of purchases by commodity in $ billion,
 * a quotation and claims reported as someone's argument.
 */
import { describe, expect, it } from 'vitest';
import { chartFindings } from '../../../common/check/chart-review';
import type { BulletItem, Deck, Slide } from '../../../common/deck/schema';
import {
  axis,
  bulletsOf,
  channels,
  chartsOf,
  draftedForTests,
  marks,
  titleOf,
  where,
  type ChartOnSlide,
} from './readings';

const g = draftedForTests('marshall-plan-aid.txt');

const COUNTRIES = [
  'Britain',
  'France',
  'West Germany',
  'Italy',
  'Netherlands',
  'Greece',
  'Denmark',
  'Norway',
  'Sweden',
];
const GOODS = [/food/i, /raw materials/i, /fuel/i, /machinery/i];

/** The deck that holds sentence `id`. */
const deckWith = (id: string): Deck =>
  g.decks.find((d) => JSON.stringify(d.slides).includes(`"${id}"`))!;

/** Every string of a chart's data rows, one text per row. */
const rowTexts = (c: ChartOnSlide) =>
  c.spec.data.values.map((r) =>
    Object.entries(r)
      .filter(([k]) => k !== 'sentence')
      .map(([, v]) => String(v))
      .join(' '),
  );

/** The value each bar draws, in the order the bars are drawn (data order unless the spec sorts). */
function drawnValues(c: ChartOnSlide): number[] {
  const measure = axis(c.spec, ['quantitative']);
  const field = String(measure?.def.field);
  const values = c.spec.data.values.map((r) => Number(r[field]));
  const category = channels(c.spec).find(
    ([name, def]) =>
      (name === 'x' || name === 'y') &&
      def !== measure?.def &&
      (def.type === 'nominal' || def.type === 'ordinal'),
  )?.[1];
  const sort = category?.sort;
  const descending =
    sort === `-${measure?.name}` ||
    (typeof sort === 'object' &&
      sort !== null &&
      (sort as { order?: string }).order === 'descending');
  return descending ? [...values].sort((a, b) => b - a) : values;
}

/** Every bullet of a slide with the text it is read with: its own, after any parents that end in ":". */
function withLeads(s: Slide): Array<{ b: BulletItem; text: string }> {
  const out: Array<{ b: BulletItem; text: string }> = [];
  const visit = (items: readonly BulletItem[], lead: string) => {
    for (const b of items) {
      const text = lead ? `${lead} ${b.text}` : b.text;
      out.push({ b, text });
      visit(b.children, b.text.endsWith(':') ? text : '');
    }
  };
  for (const block of s.blocks) if (block.type === 'bullets') visit(block.items, '');
  return out;
}

/** All visible text of a deck's slides: titles, bullets, quotes and their attributions, captions. */
const slideText = (d: Deck) =>
  d.slides.flatMap((s) => [
    s.title,
    ...bulletsOf(s).map((b) => b.text),
    ...s.blocks.flatMap((b) =>
      b.type === 'quote' ? [b.text, b.attribution ?? ''] : b.type === 'figure' ? [b.caption] : [],
    ),
  ]);

describe('the Marshall Plan drafts, as a lecturer checks them', () => {
  it("give each of the reading's four headings a deck, titled as the reading titles it", () => {
    expect(g.decks.map((d) => d.meta.title)).toEqual([
      'How much and to whom',
      'What the dollars bought',
      'Counterpart funds',
      'Did it work?',
    ]);
  });

  it('chart aid by country as bars sorted by value, the axis titled with currency and scale', () => {
    const d = deckWith('s1.2.1');
    const chart = chartsOf(d).find(
      (c) => COUNTRIES.filter((name) => rowTexts(c).some((t) => t.includes(name))).length >= 5,
    );
    expect(chart, 'a chart naming at least five of the countries').toBeDefined();
    expect(marks(chart!.spec).has('bar')).toBe(true);
    // One bar per country, never the $13.3 billion total beside its parts.
    expect(rowTexts(chart!).some((t) => /13\.3|billion/.test(t))).toBe(false);
    expect(rowTexts(chart!)[0]).toContain('Britain');
    const values = drawnValues(chart!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(3297);
    const title = titleOf(axis(chart!.spec, ['quantitative'])?.def);
    expect(title).toMatch(/\$|dollar|USD/i);
    expect(title).toMatch(/million/i);
    expect(chartFindings('the aid chart', chart!.spec)).toEqual([]);
  });

  it('chart what the dollars bought as bars by kind of goods, in $ billion, with the hedge kept', () => {
    const d = deckWith('s2.1.3');
    const chart = chartsOf(d).find(
      (c) => GOODS.filter((re) => rowTexts(c).some((t) => re.test(t))).length >= 4,
    );
    expect(chart, 'a chart of food, raw materials, fuel and machinery').toBeDefined();
    expect(marks(chart!.spec).has('bar')).toBe(true);
    const values = drawnValues(chart!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(titleOf(axis(chart!.spec, ['quantitative'])?.def)).toMatch(/billion/i);
    // "about $3.2 billion": the hedge stays with the number in the labels, caption or alt text.
    expect(`${rowTexts(chart!).join(' ')} ${chart!.block.caption} ${chart!.block.alt}`).toMatch(
      /about \$3\.2 billion/,
    );
    expect(chartFindings('the goods chart', chart!.spec)).toEqual([]);
  });

  it('gives every deck a figure', () => {
    for (const d of g.decks)
      expect(
        d.slides.some((s) => s.blocks.some((b) => b.type === 'figure')),
        d.meta.title,
      ).toBe(true);
  });

  it('keeps the numbers exactly as the reading writes them', () => {
    const all =
      g.decks.flatMap(slideText).join('\n') +
      g.decks.flatMap((d) => chartsOf(d).flatMap(rowTexts)).join('\n');
    for (const n of ['$3,297 million', '$2,296 million', '$694 million', '97 percent'])
      expect(all).toContain(n);
  });

  it('cites the author-year works with their pages, and does not call their author and year missing', () => {
    // "France received $2,296 million, … (Machado 2007, p. 41)"
    const france = g.decks
      .flatMap((d) => d.slides.flatMap(bulletsOf))
      .find((b) => b.provenance?.sentences.includes('s1.2.2'));
    expect(france, 'a bullet from "France received $2,296 million, …"').toBeDefined();
    const d = deckWith('s1.2.2');
    const machado = d.references.find((r) => /Machado/.test(r.label));
    expect(machado).toBeDefined();
    expect(france!.citations).toContainEqual({
      ref: machado!.id,
      pages: expect.stringContaining('41'),
    });
    for (const deck of g.decks) {
      for (const r of deck.references)
        if (/^[A-Z][\p{L}'’-]+(?: and [A-Z][\p{L}'’-]+)? \d{4}$/u.test(r.label))
          expect(r.missing, r.label).not.toContain('author');
      for (const r of deck.references)
        if (/\d{4}/.test(r.label)) expect(r.missing, r.label).not.toContain('issued');
    }
  });

  it('shows students the references with titles in italics and nothing about missing details', () => {
    const i = g.decks.findIndex((d) => d.references.some((r) => /Hogan/.test(r.label)));
    const html = g.html[i]!;
    // <cite> is italic in every browser, as are <em> and <i>.
    expect(html).toMatch(
      /<(em|i|cite)\b[^>]*>The Marshall Plan: America, Britain, and the Reconstruction of Western Europe, 1947-1952\.?<\/\1>/,
    );
    // Bossuat 1992 is cited but not listed: that is the lecturer's business (Check tab), not the students'.
    expect(html).not.toMatch(/details missing|No details recorded|missing in the reading/i);
  });

  it("keeps a claim as the author's argument, with the author named", () => {
    const argued = [...g.sentences].filter(([, t]) => /\b(?:argued|concluded) that\b/.test(t));
    expect(argued.length).toBe(3);
    for (const [id, text] of argued) {
      const verb = /\b(argued|concluded) that\b/.exec(text)![1]!;
      // A claim under its report ("Milward concluded:" over "Recovery was already under way")
      // is read with the line it completes, as the class sees it.
      const bullets = g.decks.flatMap((d) =>
        d.slides.flatMap((s) =>
          withLeads(s)
            .filter(({ b }) => b.provenance?.sentences.includes(id))
            .map(({ text: t }) => ({ t, at: where(d, s) })),
        ),
      );
      expect(bullets.length, id).toBeGreaterThan(0);
      for (const { t, at } of bullets) {
        expect(t, at).toContain(verb);
        expect(t, at).toMatch(/Milward|DeLong|Eichengreen/);
      }
    }
  });

  it('never shows the famous phrase without who said it', () => {
    const phrase = /most successful structural adjustment program/i;
    const shown = g.decks
      .flatMap((d) =>
        d.slides.flatMap((s) => [
          ...withLeads(s).map(({ text }) => text),
          ...s.blocks.flatMap((b) =>
            b.type === 'quote' ? [`${b.text} — ${b.attribution ?? ''}`] : [],
          ),
        ]),
      )
      .filter((t) => phrase.test(t));
    expect(shown.length).toBeGreaterThan(0);
    for (const t of shown) expect(t).toMatch(/DeLong|Eichengreen/);
  });
});
