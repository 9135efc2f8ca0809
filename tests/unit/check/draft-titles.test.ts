/**
 * The draft review of titles (issue 10, item 9): a title that ends on a word that leads into
 * more, or stops right after a verb whose object the slide's claim goes on to give.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../common/check/draft';
import { titleFindings } from '../../../common/check/draft-text';
import type { Slide } from '../../../common/deck/schema';

const slide = (title: string, bullets: string[]): Slide =>
  ({
    id: 's1',
    layout: 'bullets',
    title,
    blocks: [
      {
        type: 'bullets',
        id: 'b1',
        items: bullets.map((text, i) => ({ id: `i${i}`, text, children: [], citations: [] })),
      },
    ],
    notes: '',
  }) as unknown as Slide;

describe('titles that stop short', () => {
  it.each([
    'The charter was',
    'Guilds kept their',
    'Prices of grain and',
    'A decline in the',
    'Aid raised investment by less',
    'Exports grew by more',
  ])('warns on "%s"', (t) => {
    expect(titleFindings(t).join(' ')).toMatch(/stops on/);
  });

  it.each(['Critics doubt the cases teach us much', 'Wages changed little'])(
    'takes an amount that ends the claim for no cut: "%s"',
    (t) => {
      expect(titleFindings(t)).toEqual([]);
    },
  );

  it("warns on a verb cut from its object, using the slide's claim", () => {
    const f = draftFindings(
      slide('Venice controlled', ['By 1400 Venice controlled most of the Adriatic trade']),
    );
    expect(f.join(' ')).toMatch(/stops after "controlled".*"controlled most …"/);
    expect(
      titleFindings('Ocean taken', undefined, () => [
        'The ocean has taken up roughly a quarter of the carbon dioxide',
      ]).join(' '),
    ).toMatch(/taken up/);
  });

  it('warns on a verb cut from the preposition it cannot do without', () => {
    for (const [t, claim, next] of [
      [
        'Industrialisation of the first plan rested',
        'Industrialisation of the first plan rested on imported machinery',
        'rested on',
      ],
      ['The harvest depended', 'The harvest depended on the spring rains', 'depended on'],
      ['The reform was based', 'The reform was based on a Prussian model', 'based on'],
      ['American Finns worked', 'American Finns worked in the Soviet Union', 'worked in'],
      ['Output rose', 'Output rose in 1932', undefined],
      ['Most of the cost went', 'Most of the cost went to the railways', undefined],
    ]) {
      const found = titleFindings(t!, undefined, () => [claim!]).join(' ');
      if (next) expect(found, t).toContain(`("${next} …")`);
      else expect(found, t).toBe('');
    }
  });

  it('accepts a verb that ends its clause, or is followed by a place or time', () => {
    for (const [t, claim] of [
      ['Crude steel output rose', 'Crude steel output rose in almost every year of the period'],
      [
        'Historians disagree',
        'Historians disagree about how much the aid itself caused the recovery',
      ],
      ['Credit got cheaper', 'Credit got cheaper after 1930'],
      ['Snow compared two water companies', 'Snow compared two water companies'],
    ])
      expect(
        titleFindings(t!, undefined, () => [claim!]),
        t,
      ).toEqual([]);
  });

  it('does not guess without the claim', () => {
    expect(titleFindings('Venice controlled')).toEqual([]);
  });
});
