/**
 * The lecturer test for tests/fixtures/sources/irish-famine.md, a history reading in Markdown
 * with British "per cent", "£", an author-year citation whose surname opens on a particle
 * ("Ó Gráda 1999"), relative clauses after amounts ("8.2 million people, more than half of
 * whom …", "soup kitchens, which … fed over 3 million"), a change said after its amount and
 * a dated quotation. Written after the generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests } from './readings';

const g = draftedForTests('irish-famine.md');

const slides = () => g.decks.flatMap((d) => d.slides);
const texts = () =>
  slides()
    .flatMap(bulletsOf)
    .map((b) => b.text);
const charts = () => g.decks.flatMap((d) => chartsOf(d));

describe('the famine drafts, as a lecturer checks them', () => {
  it('cite Ó Gráda by name on the references slide, and keep the citation out of the bullet', () => {
    const refs = g.decks.flatMap((d) => d.references);
    expect(refs.map((r) => r.label)).toContain('Ó Gráda 1999');
    for (const t of texts()) expect(t).not.toMatch(/\(.*\d{4}\)/);
  });

  it('say what part of a count did, and the change a count made, each as a statement', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The census of 1841 counted 8.2 million people',
        'More than half of them depended on the potato for most of their food',
        'The census of 1851 counted 6.6 million people',
        'That was a fall of about 20 per cent in ten years',
      ]),
    );
  });

  it('give the soup kitchens their own bullet, once, and keep the contrast with Peel', () => {
    const kitchens = texts().filter((t) => /soup kitchens/i.test(t));
    expect(kitchens).toEqual([
      'The works were replaced in the spring of 1847 by soup kitchens',
      'Soup kitchens at their height in July 1847 fed over 3 million people a day',
    ]);
    expect(texts()).toContain(
      'But his successor, Lord John Russell, left food supply to the market',
    );
  });

  it('keep the quotation off the timeline, and draw emigration on a time axis', () => {
    const timeline = charts().find((c) => c.slide.title.startsWith('Key dates'));
    expect(JSON.stringify(timeline?.spec.data.values)).not.toMatch(/judgement of God/);
    const line = charts().find((c) => c.slide.title.startsWith('Emigration'));
    expect(line?.spec.data.values.map((r) => [r.year, r.label])).toEqual([
      [1845, 'about 75,000'],
      [1851, 'some 250,000'],
    ]);
    expect(JSON.stringify(line?.spec.encoding)).toContain('"type":"temporal"');
  });

  it('name no holder for a share given after a colon', () => {
    const share = charts().find((c) => c.spec.data.values.some((r) => r.value === 45));
    expect(share?.spec.data.values).toEqual([
      expect.objectContaining({ label: '', shown: 'some 45 per cent were under five acres' }),
    ]);
  });
});
