/**
 * Issue 10's "How to know it works", on every test reading in tests/fixtures/sources (.txt,
 * .md, .docx), read, generated, written and exported as `lectern generate` and `lectern
 * export --html` do:
 * - every bullet has a verb (as compromise reads it) and at most 16 words; a bullet under a
 *   parent that ends in ":" completes it ("… were built with the help of:" over the list
 *   "Germany, France, …, and Japan"), so for the verb rule it is read together with its
 *   parent; each still counts its own words;
 * - no slide title over 8 words, none a bare name;
 * - every axis of years is temporal or quantitative, never evenly spaced categories;
 * - every word of a chart datum's labels that is a year, a place or a unit is in the
 *   datum's own sentence(s);
 * - no "details missing", "No details recorded", "Source sentences" or sentence id
 *   (s1.2.3) in any note or in the exported HTML.
 * Each rule lists what breaks it, so a failure says which slide and which words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletItem } from '../../../common/deck/schema';
import { readdirSync } from 'node:fs';
import { hasVerb, isName, plainText, terms, wordCount } from '../../../common/check/nlp';
import { namesIn, titleFindings } from '../../../common/check/draft-text';
import { bulletsOf, channels, chartsOf, draft, FIXTURES, where, type Drafted } from './readings';

const READINGS = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|md|docx)$/i.test(f))
  .sort();
const SENTENCE_ID = /\bs\d+\.\d+\.\d+\b/;
const INTERNAL = /details missing|No details recorded|Source sentences/i;
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})s?\b/;

const isYearValue = (v: unknown) =>
  typeof v === 'number'
    ? Number.isInteger(v) && v >= 1000 && v <= 2099
    : typeof v === 'string' &&
      new RegExp(`^\\s*(?:\\p{L}+\\.?\\s+){0,2}${YEAR.source}`, 'u').test(v);

/** The words of a chart label a reader takes as facts: years, places and other names, units, currencies, scales. */
function factWords(label: string): string[] {
  const out = new Set<string>();
  for (const m of label.matchAll(new RegExp(YEAR.source, 'g'))) out.add(m[1]!);
  for (const m of label.matchAll(/\p{Sc}/gu)) out.add(m[0]);
  for (const t of terms(label)) {
    if (isName(t) || t.tags.has('Unit') || t.tags.has('Currency') || t.tags.has('Multiple'))
      out.add(t.text.replace(/[’']s$/, ''));
  }
  return [...out].filter((w) => /[\p{L}\p{N}\p{Sc}]/u.test(w));
}

describe.each(READINGS)('the drafts from %s', (file) => {
  let g: Drafted;
  beforeAll(async () => {
    g = await draft(file);
  }, 60_000);
  afterAll(() => g?.dispose());

  it('has a deck to look at', () => {
    expect(g.decks.length).toBeGreaterThan(0);
  });

  it('gives every bullet a verb (a child that completes a parent ending in ":" read with it)', () => {
    const bad: string[] = [];
    const visit = (
      d: Drafted['decks'][number],
      s: Drafted['decks'][number]['slides'][number],
      items: readonly BulletItem[],
      lead: string,
    ) => {
      for (const b of items) {
        const own = plainText(b.text);
        const text = lead ? `${lead} ${own}` : own;
        if (!hasVerb(terms(text))) bad.push(`${where(d, s)}: no verb: "${text}"`);
        visit(d, s, b.children, own.endsWith(':') ? text : '');
      }
    };
    for (const d of g.decks)
      for (const s of d.slides)
        for (const b of s.blocks) if (b.type === 'bullets') visit(d, s, b.items, '');
    expect(bad).toEqual([]);
  });

  it('gives every bullet at most 16 words', () => {
    const bad: string[] = [];
    for (const d of g.decks) {
      for (const s of d.slides) {
        for (const b of bulletsOf(s)) {
          const text = plainText(b.text);
          if (wordCount(text) > 16) bad.push(`${where(d, s)}: ${wordCount(text)} words: "${text}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('titles no slide with more than 8 words or a bare name', () => {
    const bad: string[] = [];
    for (const d of g.decks) {
      for (const s of d.slides) {
        if (s.layout === 'title') continue; // the deck's own title, from the reading's heading
        const text = plainText(s.title);
        if (wordCount(text) > 8) bad.push(`${where(d, s)}: ${wordCount(text)} words`);
        const texts = [
          ...bulletsOf(s).map((b) => b.text),
          ...s.blocks.flatMap((b) =>
            b.type === 'quote'
              ? [b.text, b.attribution ?? '']
              : b.type === 'figure'
                ? [b.caption, b.alt]
                : [],
          ),
        ];
        if (titleFindings(text, () => namesIn(texts)).some((f) => /only names/.test(f)))
          bad.push(`${where(d, s)}: a bare name`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('draws every axis of years as time (temporal or quantitative), never as categories', () => {
    const bad: string[] = [];
    for (const d of g.decks) {
      for (const s of d.slides) {
        for (const { spec } of chartsOf({ ...d, slides: [s] })) {
          // A timeline's event labels lead with their years; the time itself is on the other, temporal axis.
          const timed = channels(spec).some(
            ([name, ch]) =>
              (name === 'x' || name === 'y') &&
              (ch.type === 'temporal' ||
                (ch.type === 'quantitative' &&
                  spec.data.values.every((r) => isYearValue(r[String(ch.field)])))),
          );
          for (const [name, ch] of timed ? [] : channels(spec)) {
            if ((name !== 'x' && name !== 'y') || ch.axis === null || typeof ch.field !== 'string')
              continue;
            const values = spec.data.values.map((r) => r[ch.field as string]);
            if (
              values.length &&
              values.every(isYearValue) &&
              ch.type !== 'temporal' &&
              ch.type !== 'quantitative'
            ) {
              bad.push(
                `${where(d, s)}: ${name} "${ch.field}" is ${String(ch.type)}: ${values.join(', ')}`,
              );
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('labels each chart datum only with years, places and units its own sentence gives', () => {
    const bad: string[] = [];
    let data = 0;
    for (const d of g.decks) {
      for (const s of d.slides) {
        for (const { block, spec } of chartsOf({ ...d, slides: [s] })) {
          for (const row of spec.data.values) {
            data++;
            const ids =
              typeof row.sentence === 'string'
                ? [row.sentence]
                : (block.provenance?.sentences ?? []);
            const source = ids
              .map((id) => g.sentences.get(id) ?? '')
              .join(' ')
              .toLowerCase();
            for (const [key, value] of Object.entries(row)) {
              if (key === 'sentence' || typeof value !== 'string') continue;
              for (const w of factWords(value))
                if (!source.includes(w.toLowerCase()))
                  bad.push(
                    `${where(d, s)}: ${key} "${value}" says "${w}", not in ${ids.join(', ') || 'any sentence'}`,
                  );
            }
          }
        }
      }
    }
    // Readings whose decks have no chart pass trivially; the lecturer tests ask for the charts.
    expect(bad, `${data} data checked`).toEqual([]);
  });

  it('loses no sentence: each is on a slide or in the notes of the slide that holds it', () => {
    const held = new Set(
      g.decks.flatMap((d) => d.slides.flatMap((s) => s.provenance?.sentences ?? [])),
    );
    const notes = g.decks.flatMap((d) => d.slides.map((s) => s.notes)).join('\n');
    const lost = g.model.sections
      .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
      .filter((s) => !s.duplicateOf && (!held.has(s.id) || !notes.includes(s.text)))
      .map((s) => `${s.id}: ${s.text}`);
    expect(lost).toEqual([]);
  });
  it('keeps internal remarks and sentence ids out of every note and the exported HTML', () => {
    const bad: string[] = [];
    g.decks.forEach((d, i) => {
      for (const s of d.slides) {
        for (const re of [INTERNAL, SENTENCE_ID]) {
          const m = re.exec(s.notes);
          if (m) bad.push(`${where(d, s)}: notes say "${m[0]}"`);
        }
      }
      for (const re of [INTERNAL, SENTENCE_ID]) {
        const m = re.exec(g.html[i]!);
        if (m)
          bad.push(
            `${d.meta.title}: exported HTML says "${m[0]}" (…${g.html[i]!.slice(Math.max(0, m.index - 60), m.index + 40).replace(/\s+/g, ' ')}…)`,
          );
      }
    });
    expect(bad).toEqual([]);
  });
});
