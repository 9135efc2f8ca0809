/**
 * References fit for students, notes for speaking, and deck assembly: what the reading says
 * about each work (and nothing about what it leaves out), talking points before the passage
 * with no sentence ids, deck titles without numbering, thin sections joined, parts in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reference, Slide } from '../../../common/deck/schema';
import { generateDecks } from '../../../common/generate';
import { headingTitle, titleCase } from '../../../common/generate/headings';
import { passage, speakerNotes, talkingPoints } from '../../../common/generate/notes';
import { orderByPart, partLine, partOf } from '../../../common/generate/parts';
import { indexReferences } from '../../../common/generate/references';
import { joinPages, referenceParts } from '../../../common/render/reference-parts';
import type { Sentence, SourceModel } from '../../../common/source/model';
import { parseSource } from '../../../common/source/parse';
import { describeWork } from '../../../common/source/references';

const FIX = join(__dirname, '../../fixtures/sources');
const HASH = 'sha256:' + 'c'.repeat(64);
const opts = { sourceId: 'reading', sourcePath: 'sources/reading.md' };
const md = (text: string) => parseSource(text, { hash: HASH, format: 'markdown' });
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

describe('what a reference entry says about its work', () => {
  it.each([
    [
      'Hamlin, C. (1998). Public Health and Social Justice in the Age of Chadwick. Cambridge University Press.',
      'Hamlin, C.',
      '1998',
      'Public Health and Social Justice in the Age of Chadwick',
      ['Hamlin'],
    ],
    [
      'Evenson, R. E., and Gollin, D. (2003). Assessing the Impact of the Green Revolution, 1960 to 2000. Science 300.',
      'Evenson, R. E., and Gollin, D.',
      '2003',
      'Assessing the Impact of the Green Revolution, 1960 to 2000',
      ['Evenson', 'Gollin'],
    ],
    [
      'Orr, J. C., et al. (2005). Anthropogenic ocean acidification. Nature 437, 681-686.',
      'Orr, J. C., et al.',
      '2005',
      'Anthropogenic ocean acidification',
      ['Orr', 'et al.'],
    ],
    [
      'Sutton, Antony C. 1968. Western Technology and Soviet Economic Development. Hoover.',
      'Sutton, Antony C.',
      '1968',
      'Western Technology and Soviet Economic Development',
      ['Sutton'],
    ],
    [
      'Sutton, A. C. Western Technology and Soviet Economic Development, 1917 to 1930. Stanford: Hoover, 1968.',
      'Sutton, A. C.',
      '1968',
      'Western Technology and Soviet Economic Development, 1917 to 1930',
      ['Sutton'],
    ],
    [
      'Davies, R. W. "The Soviet Economy in Turmoil." Soviet Studies 12, 1989.',
      'Davies, R. W.',
      '1989',
      'The Soviet Economy in Turmoil',
      ['Davies'],
    ],
    [
      'Statistics Korea (2006). *Birth Statistics 2005*. Daejeon: Statistics Korea.',
      'Statistics Korea',
      '2006',
      'Birth Statistics 2005',
      undefined,
    ],
    [
      'World Health Organization. 2020. Global Tuberculosis Report. Geneva: WHO.',
      'World Health Organization',
      '2020',
      'Global Tuberculosis Report',
      undefined,
    ],
  ])('%s', (entry, author, year, title, surnames) => {
    expect(describeWork(entry)).toEqual(
      surnames ? { author, year, title, surnames } : { author, year, title },
    );
  });
  it.each([
    [
      'Eric Hobsbawm, *The Age of Revolution* (London: Weidenfeld, 1962), p. 12.',
      'Eric Hobsbawm',
      '1962',
      'The Age of Revolution',
      ['Hobsbawm'],
    ],
    [
      'Ministry of Health, Report on Cholera Hospitals, 1866-67 (London: HMSO, 1868), pp. 4–9.',
      'Ministry of Health',
      '1868',
      'Report on Cholera Hospitals, 1866-67',
      undefined,
    ],
  ])(
    'reads a note in the notes-and-bibliography style: %s',
    (entry, author, year, title, surnames) => {
      expect(describeWork(entry)).toEqual(
        surnames ? { author, year, title, surnames } : { author, year, title },
      );
    },
  );
  it('guesses nothing from a note that names no author', () => {
    expect(describeWork('Nobel lecture, 11 December 1970.')).toEqual({ year: '1970' });
  });
});

describe('author-year works named by more than one author, or by a body', () => {
  const model = md(`# Fertility

## Policy

Kim and Park (2022) estimate a small effect. Lee, Cho and Song (2020, p. 4) agree. Rao et al. (2015) disagree. The rate fell (Statistics Korea 2006). Spending rose (World Health Organization 2020; Kim and Park 2022).

## References

Kim, J. and Park, S. (2022). Pronatalist spending and fertility in Korea. *Population Studies*, 76(3), 401–420.

Statistics Korea (2006). *Birth Statistics 2005*. Daejeon: Statistics Korea.

World Health Organization. 2020. Global Tuberculosis Report. Geneva: WHO.
`);
  const refs = indexReferences(model);
  const cites = model.sections
    .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.citations)))
    .map((c) => refs.cite(c));
  const list = refs.references([...new Set(cites.map((c) => c.ref))]);

  it('cites one work for "Kim and Park (2022)", labelled with both names as the list gives them', () => {
    const kim = list.filter((r) => r.label.includes('2022'));
    expect(kim.map((r) => r.label)).toEqual(['Kim and Park 2022']);
    expect(kim[0]!.missing).toEqual([]);
    expect(list.some((r) => r.label.startsWith('Park'))).toBe(false);
  });
  it('labels "Lee, Cho and Song (2020, p. 4)" and "Rao et al. (2015)" as the text cites them, though the list lacks them', () => {
    // A work of three cited by its first author alone would pass for a work of one.
    expect(list.map((r) => r.label)).toEqual(
      expect.arrayContaining(['Lee et al. 2020', 'Rao et al. 2015']),
    );
    expect(list.map((r) => r.label)).not.toContain('Rao 2015');
    const lee = cites.find((c) => list.find((r) => r.id === c.ref)?.label === 'Lee et al. 2020');
    expect(lee?.pages).toBe('p. 4');
  });
  it('matches a body that is an author to its entry, each paragraph of the list one work', () => {
    const body = list.find((r) => r.label === 'Statistics Korea 2006')!;
    expect(body.text).toBe(
      'Statistics Korea (2006). *Birth Statistics 2005*. Daejeon: Statistics Korea.',
    );
    expect(body.missing).toEqual([]);
    const who = list.find((r) => r.label === 'World Health Organization 2020')!;
    expect(who.csl?.title).toBe('Global Tuberculosis Report');
    expect(
      list.every((r) => !r.text.includes('Statistics Korea') || r.label.startsWith('Statistics')),
    ).toBe(true);
  });
});

const READING = `# A READING ON THE USSR AND THE WEST

## 1. Trade

The USSR signed [2] (p. 9) and then [1] (pp. 3-4) and later [10] (p. 2). Porter found much (Porter 1999, p. 41).[^3] Others agreed.[^4] The rest followed.[^5]

## References

[^3]: Sutton 1971, p. 45.
[^4]: Reserve Bank of India annual report, p. 14.
[^5]: Hamlin 1998, pp. 151-152.

- Hamlin, C. (1998). Public Health and Social Justice in the Age of Chadwick. Cambridge University Press.
`;

describe('the deck reference list', () => {
  const model = md(READING);
  const refs = indexReferences(model);
  const cites = model.sections
    .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.citations)))
    .map((c) => refs.cite(c));
  const list = refs.references([...new Set(cites.map((c) => c.ref))]);
  const byLabel = (label: string) => list.find((r) => r.label === label)!;

  it('lists works in reading order: [1] before [2] before [10], authors A to Z, then notes', () => {
    expect(list.map((r) => r.label)).toEqual([
      '[1]',
      '[2]',
      '[10]',
      'Hamlin 1998',
      'Porter 1999',
      'Sutton 1971',
      'note 4',
    ]);
  });
  it('gives an author-year work its author and year even when the reading never lists it', () => {
    expect(byLabel('Porter 1999')).toMatchObject({
      text: '',
      csl: { author: [{ family: 'Porter' }], issued: { 'date-parts': [[1999]] } },
      missing: ['title', 'publisher'],
    });
  });
  it("cites the work a footnote names, with the footnote's pages, listed or not", () => {
    expect(cites).toContainEqual({ ref: 'sutton-1971', pages: 'p. 45' });
    expect(cites).toContainEqual({ ref: 'hamlin-1998', pages: 'pp. 151-152' });
    expect(byLabel('Hamlin 1998').missing).toEqual([]);
  });
  it("keeps a footnote's own text and pages when it names no work", () => {
    expect(byLabel('note 4').text).toBe('Reserve Bank of India annual report, p. 14.');
    expect(cites).toContainEqual({ ref: 'fn-4', pages: 'p. 14' });
  });
});

describe('a references entry as the slide shows it', () => {
  const ref = (r: Partial<Reference>): Reference => ({
    id: 'x',
    label: '[1]',
    text: '',
    missing: [],
    ...r,
  });
  it('is label, author and year, title, pages: nothing about what is missing', () => {
    const parts = referenceParts(
      ref({
        text: 'Hamlin, C. (1998). Public Health. Cambridge University Press.',
        missing: ['URL'],
      }),
      ['p. 151', 'pp. 160-162', 'p. 151'],
    );
    expect(parts).toEqual({
      label: '[1]',
      author: 'Hamlin, C.',
      year: '1998',
      title: 'Public Health',
      pages: 'pp.\u00a0151, 160–162',
    });
  });
  it('does not repeat what an author-year label already says', () => {
    expect(
      referenceParts(
        ref({
          label: 'Porter 1999',
          csl: { author: [{ family: 'Porter' }], issued: { 'date-parts': [[1999]] } },
          missing: ['title'],
        }),
        ['p. 41'],
      ),
    ).toEqual({ label: 'Porter 1999', pages: 'p.\u00a041' });
  });
  it("keeps a note's own words when no title can be told apart", () => {
    expect(
      referenceParts(ref({ label: 'note 4', text: 'Nobel lecture, 11 December 1970.' })),
    ).toEqual({ label: 'note 4', note: 'Nobel lecture, 11 December 1970.' });
  });
  it('joins pages in page order', () => {
    expect(joinPages(['p. 16', 'pp. 1-2'])).toBe('pp.\u00a01–2, 16');
    expect(joinPages(['ch. 3'])).toBe('ch. 3');
  });
});

describe('speaker notes', () => {
  const s = (id: string, text: string, duplicateOf?: string): Sentence => ({
    id,
    text,
    start: 0,
    end: 0,
    citations: [],
    quotes: [],
    facts: [],
    ...(duplicateOf ? { duplicateOf } : {}),
  });
  it('give the passage as prose, garbled repeats and ids left out', () => {
    const text = passage(
      [
        s('s1.1.1', 'One.'),
        s('s1.1.2', 'Two.'),
        s('s1.1.3', 'Two again.', 's1.1.2'),
        s('s1.2.1', 'Three.'),
      ],
      [s('s1.1.3', 'Two again.', 's1.1.2')],
      ['Left out of the quotation as a garbled repeat: "x"'],
    );
    expect(text).toBe('One. Two.\n\nThree.');
  });
  it('put two or three talking points from the slide before the passage', () => {
    const slide: Slide = {
      id: 'c1',
      layout: 'bullets',
      title: 'Credit got cheaper',
      notes: '',
      blocks: [
        {
          type: 'bullets',
          id: 'b',
          items: [
            { id: 'i1', text: 'Loans were scarce', children: [], citations: [] },
            {
              id: 'i2',
              text: '1935: a German loan at 6 percent, 1936: a British one at 5.5',
              children: [],
              citations: [{ ref: 'r1', pages: 'p. 3' }],
            },
          ],
        },
      ],
    };
    const next: Slide = {
      id: 'q1',
      layout: 'quote',
      title: 'Molotov on the terms',
      blocks: [],
      notes: '',
    };
    const points = talkingPoints(
      slide,
      new Map([['r1', { id: 'r1', label: '[1]', text: '', missing: ['author'] }]]),
      next,
    );
    expect(points).toEqual([
      'The point: Credit got cheaper.',
      'Stress: 1935: a German loan at 6 percent, 1936: a British one at 5.5. Source: [1, p. 3].',
      'Lead on to: Molotov on the terms.',
    ]);
    expect(speakerNotes(points, 'One.')).toBe(
      `Talking points:\n${points.map((p) => `• ${p}`).join('\n')}\n\nFrom the reading:\nOne.`,
    );
  });
  it('say a lead-in bullet with what it leads into, never a point ending on a colon', () => {
    const slide: Slide = {
      id: 'c2',
      layout: 'bullets',
      title: 'Who built the large enterprises?',
      notes: '',
      blocks: [
        {
          type: 'bullets',
          id: 'b',
          items: [
            {
              id: 'i1',
              text: 'In June 1944 Stalin had told the Americans:',
              citations: [],
              children: [
                {
                  id: 'i2',
                  text: 'About 2/3 of the large enterprises were built with the help of the United States',
                  children: [],
                  citations: [],
                },
                {
                  id: 'i3',
                  text: 'The remaining 1/3 were built with the help of:',
                  citations: [],
                  children: [
                    {
                      id: 'i4',
                      text: 'Germany, France, Great Britain and Japan',
                      children: [],
                      citations: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const points = talkingPoints(slide, new Map());
    // The claim the title asks about is the point; the list is read as one sentence with its lead.
    expect(points).toEqual([
      'The point: In June 1944 Stalin had told the Americans: About 2/3 of the large enterprises were built with the help of the United States.',
      'Stress: In June 1944 Stalin had told the Americans: The remaining 1/3 were built with the help of Germany, France, Great Britain and Japan.',
    ]);
    for (const name of [
      'soviet-industrialization-1930s.txt',
      'atlantic-telegraph.txt',
      'marshall-plan-aid.txt',
    ]) {
      const decks = generateDecks(parseSource(fixture(name), { hash: HASH, format: 'text' }), opts);
      for (const slide of decks.flatMap((d) => d.deck.slides))
        expect(slide.notes).not.toMatch(/^• .*:\.?\s*$/m);
    }
  });
  it('in every generated deck: points first, no ids, no clean-up remarks', () => {
    for (const name of ['soviet-industrialization-1930s.txt', 'atlantic-telegraph.txt']) {
      const decks = generateDecks(parseSource(fixture(name), { hash: HASH, format: 'text' }), opts);
      for (const slide of decks.flatMap((d) => d.deck.slides)) {
        if (['title', 'section', 'references'].includes(slide.layout)) continue;
        expect(slide.notes).toMatch(/^Talking points:\n• .+\n• /);
        expect(slide.notes).not.toMatch(/\bs\d+\.\d+\.\d+\b|Source sentences|garbled|Left out/);
      }
    }
  });
});

describe('deck assembly', () => {
  it('titles decks without numbering or a closing stop, and recases an ALL-CAPS title as the reading spells it', () => {
    expect(
      [
        '1. Why cities run hot',
        'l. Massive introduction of Western technology.',
        'II. Sewers',
        'A. Capital and the first cable',
        '1848 revolutions',
      ].map((t) => headingTitle(t)),
    ).toEqual([
      'Why cities run hot',
      'Massive introduction of Western technology',
      'Sewers',
      'Capital and the first cable',
      '1848 revolutions',
    ]);
    expect(
      titleCase(
        'THE MAIN ACHIEVEMENTS OF SOVIET INDUSTRIALIZATION IN THE 1930S',
        new Map([['soviet', 'Soviet']]),
      ),
    ).toBe('The Main Achievements of Soviet Industrialization in the 1930s');
    const decks = generateDecks(
      md(
        READING.replace(
          '## 1. Trade',
          '## 1. Trade\n\nTrade grew in 1930. It fell in 1931.\n\n## 2. THE USSR AND ITS CREDITORS',
        ),
      ),
      opts,
    );
    expect(decks[0]!.deck.meta.subtitle).toBe('A Reading on the USSR and the West');
    expect(decks[0]!.deck.meta.title).toBe('Trade');
    expect(decks[0]!.deck.slides.find((s) => s.layout === 'section')?.title).toBe(
      'The USSR and Its Creditors',
    );
  });
  it('joins a section with one content slide to its neighbour, behind a divider', () => {
    const model = md(fixture('urban-heat-islands.md'));
    const decks = generateDecks(model, opts);
    expect(decks.length).toBeLessThan(model.sections.length);
    for (const { deck } of decks) {
      const content = deck.slides.filter(
        (s) => !['title', 'section', 'references'].includes(s.layout),
      );
      expect(content.length).toBeGreaterThanOrEqual(2);
      expect(deck.meta.title).not.toMatch(/^\d/);
    }
    const first = decks[0]!.deck;
    expect(first.meta.title).toBe('Why cities run hot');
    // Without its images (none written here) "Cooling the city" is thin too, and joins the deck before it.
    expect(first.slides.filter((s) => s.layout === 'section').map((s) => s.title)).toEqual([
      'Measuring the island',
      'Cooling the city',
    ]);
    expect(decks.map((d) => partOf(d.deck.slides[0])?.n)).toEqual(decks.map((_, i) => i + 1));
  });
  it('lists the parts of one reading 1, 2, 3 wherever their folders sort, other decks in place', () => {
    const card = (path: string, subtitle?: string) => ({
      path,
      first: subtitle ? { layout: 'title' as const, subtitle } : undefined,
    });
    const cards = [
      card('a-other'),
      card('funds', partLine('Soviet reading', 3, 3)),
      card('introduction', partLine('Soviet reading', 2, 3)),
      card('m-notes'),
      card('massive', partLine('Soviet reading', 1, 3)),
      card('z-heat', partLine('Heat', 1, 1)),
    ];
    expect(orderByPart(cards, (c) => c.first).map((c) => c.path)).toEqual([
      'a-other',
      'massive',
      'introduction',
      'funds',
      'm-notes',
      'z-heat',
    ]);
  });
});

export type { SourceModel };
