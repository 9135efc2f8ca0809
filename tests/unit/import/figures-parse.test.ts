/**
 * How the parser reads a reading's figures (no files involved): which paragraph is a caption,
 * what the caption says, where the image stands, and that caption text never becomes bullets.
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../common/source/parse';
import { generateDecks } from '../../../common/generate';
import { figureTitle } from '../../../common/generate/figures';
import type { SourceModel } from '../../../common/source/model';

const HASH = 'sha256:' + 'c'.repeat(64);
const parse = (md: string) => parseSource(md, { hash: HASH, format: 'markdown' });
const figures = (m: SourceModel) => m.sections.flatMap((s) => s.figures ?? []);
const texts = (m: SourceModel) =>
  m.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((t) => t.text)));

const READING = `# Rivers

## Floods

The river floods every spring when the snow melts (Hall 2001, p. 4).

![Line chart of the river's height, peaking in April](img/flood.png "River height through the year")
*Figure 3: Height of the river at the town bridge, 1990–2000 (Hall 2001, p. 7).*

Most floods last less than a week.

## References

Hall, J. (2001). Rivers in Spate. Press.
`;

describe('a Markdown image with a caption', () => {
  const m = parse(READING);
  const [fig] = figures(m);

  it('becomes a figure of its section with the caption, label, alt text, title and citation the reading gives it', () => {
    expect(figures(m)).toHaveLength(1);
    expect(fig).toMatchObject({
      id: 'sec1-f1',
      ref: 'img/flood.png',
      after: 'sec1-p1',
      label: 'Figure 3',
      caption: 'Height of the river at the town bridge, 1990–2000',
      alt: "Line chart of the river's height, peaking in April",
      title: 'River height through the year',
      citations: [{ key: 'Hall 2001', pages: 'p. 7' }],
      captionParagraph: 'sec1-p2',
    });
    expect(fig!.asset).toBeUndefined();
  });

  it('keeps the caption as a sentence of the reading (for provenance), without its emphasis marks', () => {
    expect(m.sections[0]!.paragraphs[1]!.sentences.map((s) => s.text)).toEqual([
      'Figure 3: Height of the river at the town bridge, 1990–2000.',
    ]);
  });

  it('makes no figure slide while the importer has not stored the image, and one once it has', () => {
    const none = generateDecks(m, { sourceId: 'r', sourcePath: 'sources/r.md' });
    expect(none[0]!.deck.slides.some((s) => s.layout === 'figure')).toBe(false);
    fig!.asset = 'flood.png';
    const slides = generateDecks(m, { sourceId: 'r', sourcePath: 'sources/r.md' })[0]!.deck.slides;
    const slide = slides.find((s) => s.layout === 'figure')!;
    expect(slide.title).toBe('River height through the year');
    expect(slide.blocks[0]).toMatchObject({
      type: 'figure',
      figure: { kind: 'image', asset: 'assets/flood.png' },
      caption: 'Height of the river at the town bridge, 1990–2000',
      alt: "Line chart of the river's height, peaking in April",
      citations: [{ ref: 'hall-2001', pages: 'p. 7' }],
      provenance: { source: 'r', sentences: ['s1.2.1'] },
    });
    // No bullet repeats the caption: it is the figure's text.
    const bullets = slides.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map((i) => i.text) : [])),
    );
    expect(bullets.join(' ')).not.toMatch(/town bridge/);
  });
});

describe('which paragraph captions an image', () => {
  it('a labelled paragraph before the image, when none follows it', () => {
    const m = parse(
      '# T\n\n## A\n\nText before it.\n\nFig. 2. Rainfall by month.\n\n![rain](rain.png)\n\nText after it, which is prose.\n',
    );
    expect(figures(m)[0]).toMatchObject({ label: 'Fig. 2', caption: 'Rainfall by month' });
    expect(texts(m)).toContain('Text after it, which is prose.');
  });

  it('not prose that merely mentions the figure, nor an italic paragraph before the image', () => {
    const m = parse(
      '# T\n\n## A\n\n*An italic aside about rivers.*\n\n![Map of the basin](basin.png)\n\nFigure 1 shows the basin and its towns.\n',
    );
    const [fig] = figures(m);
    // Neither neighbour is a caption, so the image's own description is what the reading says.
    expect(fig).toMatchObject({ caption: 'Map of the basin', alt: 'Map of the basin' });
    expect(fig!.label).toBeUndefined();
  });

  it('an image with neither caption nor description is reported, not fatal', () => {
    const m = parse('# T\n\n## A\n\nSome text here.\n\n![](plain.png)\n');
    expect(figures(m)[0]).toMatchObject({ caption: '', alt: '' });
    expect(m.diagnostics).toContain(
      'the image "plain.png" in section 1 has no caption or description; add alt text on its slide',
    );
  });

  it('an alt text that is only a file name is no description', () => {
    const m = parse(
      '# T\n\n## A\n\nSome text here.\n\n![IMG_2041.jpg](a.jpg)\n*A harbour at dawn.*\n',
    );
    expect(figures(m)[0]).toMatchObject({ caption: 'A harbour at dawn', alt: '' });
  });

  it('alt text Word guessed by itself is no description either', () => {
    const m = parse(
      '# T\n\n## A\n\nSome text here.\n\n![Chart, line chart Description automatically generated](a.png)\n*Figure 1: Harbour traffic by year.*\n',
    );
    expect(figures(m)[0]).toMatchObject({ caption: 'Harbour traffic by year', alt: '' });
  });

  it('an image inside a sentence stays text; only an image on its own line is a figure', () => {
    const m = parse('# T\n\n## A\n\nThe logo ![a small owl](owl.png) sat on every page.\n');
    expect(figures(m)).toEqual([]);
    expect(texts(m)).toEqual(['The logo a small owl sat on every page.']);
  });

  it('a reading without images parses exactly as before (no figures field)', () => {
    const m = parse('# T\n\n## A\n\nOne sentence. Two sentences.\n');
    expect(m.sections[0]).not.toHaveProperty('figures');
  });
});

describe('figure slide titles from captions', () => {
  it("the caption's first phrase, cut back at a preposition to at most 8 words, never to one word or mid-phrase", () => {
    expect(figureTitle('Wheat yields in the Punjab, 1960–1990')).toBe('Wheat yields in the Punjab');
    expect(
      figureTitle('Share of households with a bank account by income group, 2011 and 2021'),
    ).toBe('Share of households with a bank account');
    expect(
      figureTitle('Photograph of a white-painted roof beside a dark tar roof in the city'),
    ).toBe('Photograph of a white-painted roof');
    // Too long even so: the articles go, as in a headline, before anything after an "and".
    expect(figureTitle('A white roof and a dark roof side by side under the summer sun')).toBe(
      'White roof and dark roof side by side',
    );
    expect(figureTitle('', 'Map 4')).toBe('Map 4 of the reading');
  });
});
