/**
 * The four bundled citation styles on a course bibliography: the cites a slide shows and the
 * references slide's entries, against golden files a person has read (tests/fixtures/
 * bibliography/golden/<style>.txt). Italics are written *thus* and links <thus> in the goldens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, type Citation, type Reference } from '../../../common/deck/schema';
import { formatCitations, referenceMap } from '../../../common/render/citation';
import { styledReferences } from '../../../common/references/styled';
import { runsText, type Run } from '../../../common/references/runs';
import type { BibliographyEntry } from '../../../common/references/match';

const DIR = join(__dirname, '../../fixtures/bibliography');
const entries: BibliographyEntry[] = JSON.parse(readFileSync(join(DIR, 'course.json'), 'utf8')).map(
  (csl: { id: string }) => ({ key: csl.id, csl }),
);
const csl = (key: string) => entries.find((e) => e.key === key)!.csl;

/** Works as a reading labels them, two linked to the bibliography, one it never describes. */
const references: Reference[] = [
  { id: 'r-davies', label: 'Davies 1997', text: '', missing: [], csl: csl('davies1997') },
  { id: 'r-sutton', label: 'Sutton 1971', text: '', missing: [], csl: csl('sutton1971') },
  { id: 'r-unknown', label: 'Frankel 1971', text: '', missing: ['title', 'publisher'] },
];
const refs = referenceMap(references);
const slides = [
  {
    id: 's1',
    layout: 'bullets' as const,
    title: 'Imports',
    blocks: [
      {
        type: 'bullets' as const,
        id: 'b',
        items: [
          {
            id: 'i1',
            text: 'Plants',
            children: [],
            citations: [{ ref: 'r-sutton', pages: '207' }],
          },
          {
            id: 'i2',
            text: 'Grain',
            children: [],
            citations: [{ ref: 'r-davies', pages: '372-80' }, { ref: 'r-unknown' }],
          },
        ],
      },
    ],
    notes: '',
  },
];
const CLUSTERS: Citation[][] = [
  [{ ref: 'r-sutton', pages: '207' }],
  [{ ref: 'r-davies', pages: '372-80' }, { ref: 'r-sutton' }],
  [{ ref: 'r-davies' }, { ref: 'r-unknown', pages: '12' }],
  [{ ref: 'r-unknown' }],
];

const marked = (runs: readonly Run[]) =>
  runs.map((r) => (r.href ? `<${r.text}>` : r.italic ? `*${r.text}*` : r.text)).join('');

describe.each(CITATION_STYLES)('%s', (style) => {
  const deck = { meta: { citationStyle: style }, references, slides: slides as never };
  const styled = styledReferences(deck)!;

  it('formats the cites and the references slide as the golden file reads', async () => {
    const cites = CLUSTERS.map((c) => formatCitations(c, refs, styled)!.text);
    const order = [...references].sort((a, b) => styled.sortKey(a.id) - styled.sortKey(b.id));
    const list = order
      .map((r) => styled.entry(r.id))
      .filter((r): r is Run[] => !!r)
      .map(marked);
    await expect(
      ['Cites:', ...cites, '', 'References:', ...list, ''].join('\n'),
    ).toMatchFileSnapshot(join(DIR, 'golden', `${style}.txt`));
  });

  it('never invents a work the bibliography does not describe: it keeps its label', () => {
    expect(styled.entry('r-unknown')).toBeUndefined();
    expect(formatCitations([{ ref: 'r-unknown' }], refs, styled)!.text).toBe(
      style === 'ieee' ? '[3]' : '(Frankel 1971)',
    );
  });

  it('links the DOI and sets the title in italics', () => {
    const sutton = styled.entry('r-sutton')!;
    expect(sutton.find((r) => r.href)?.href).toBe('https://doi.org/10.1000/sutton.1971');
    expect(sutton.find((r) => r.italic)?.text).toMatch(
      /^Western Technology and Soviet Economic Development/,
    );
    expect(runsText(sutton)).not.toMatch(/[\uE000-\uE00F]/);
  });
});

describe('numbers in a numbered style', () => {
  it('follow the order the slides first cite the works, when the reading gave no numbers', () => {
    const styled = styledReferences({
      meta: { citationStyle: 'ieee' },
      references,
      slides: slides as never,
    })!;
    expect(formatCitations([{ ref: 'r-sutton', pages: '207' }], refs, styled)!.text).toBe(
      '[1, p. 207]',
    );
    expect(runsText(styled.entry('r-davies')!)).toMatch(/^\[2\] R\. W\. Davies and M\. Harrison/);
  });
  it("are the reading's own when it numbered its works", () => {
    const numbered = references.map((r, i) => ({ ...r, label: `[${i + 4}]` }));
    const styled = styledReferences({
      meta: { citationStyle: 'ieee' },
      references: numbered,
      slides: slides as never,
    })!;
    expect(
      formatCitations([{ ref: 'r-sutton', pages: '207' }], referenceMap(numbered), styled)!.text,
    ).toBe('[5, p. 207]');
    expect(runsText(styled.entry('r-davies')!)).toMatch(/^\[4\] /);
  });
});

describe('data that could forge formatting', () => {
  it('a title holding the private-use marks the formatter uses comes out as plain text', () => {
    const forged: Reference[] = [
      {
        id: 'x',
        label: 'Evil 2000',
        text: '',
        missing: [],
        csl: {
          type: 'book',
          title: 'A \uE000forged\uE001 title',
          author: [{ family: 'Evil' }],
          issued: { 'date-parts': [[2000]] },
        },
      },
    ];
    const styled = styledReferences({ meta: { citationStyle: 'apa' }, references: forged })!;
    const runs = styled.entry('x')!;
    expect(runsText(runs)).toContain('A forged title');
    expect(runs.find((r) => r.italic)?.text).toBe('A forged title');
  });
});
