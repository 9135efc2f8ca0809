/**
 * Editing on the slide, without a browser: where a click's caret lands in the stored text,
 * the targets' keys and bullet numbers, and what the slide component draws with an edit slot
 * (and, without one, nothing of it: exports and thumbnails are unchanged). Ctrl+B/I's
 * Markdown toggle is a renderer helper: tests/unit/renderer/editor/emphasis.test.ts.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../common/deck/schema';
import {
  bulletNumbers,
  editKey,
  parseEditKey,
  sourceOffset,
  targetExists,
  type EditSlot,
  type EditTarget,
} from '../../../common/render/edit-slot';
import { SlideView } from '../../../common/render/SlideView';

describe('a click on the slide puts the caret at the same place in the stored text', () => {
  it('skips Markdown markers the slide does not show', () => {
    expect(sourceOffset('Turnkey plants from *abroad*', 'Turnkey')).toBe(7);
    expect(sourceOffset('Turnkey plants from *abroad*', 'Turnkey plants from ab')).toBe(23);
    expect(sourceOffset('**Bold** start', 'Bold st')).toBe(11);
  });

  it('matches any white space with any, and stops at the end', () => {
    expect(sourceOffset('One\n\nTwo', 'One T')).toBe(6);
    expect(sourceOffset('Short', 'Short and more')).toBe(5);
    expect(sourceOffset('', 'Deck title')).toBe(0);
  });
});

const deck = Deck.parse({
  format: 'lectern-deck',
  version: 1,
  meta: { title: 'In place', theme: 'light', aspectRatio: '16:9', language: 'en' },
  slides: [
    {
      id: 's1',
      layout: 'bullets',
      title: 'Western *equipment*',
      notes: 'Only for the lecturer',
      blocks: [
        {
          type: 'bullets',
          id: 'b1',
          items: [
            {
              id: 'a',
              text: 'Machine tools',
              children: [{ id: 'a1', text: 'Lathes', children: [], citations: [] }],
              citations: [],
            },
            { id: 'new', text: '', children: [], citations: [] },
          ],
        },
        {
          type: 'quote',
          id: 'q1',
          text: 'We are fifty years behind.',
          attribution: 'Stalin',
          citations: [],
        },
        {
          type: 'bullets',
          id: 'b2',
          items: [{ id: 'c', text: 'Credits', children: [], citations: [] }],
        },
      ],
    },
    {
      id: 's2',
      layout: 'figure',
      title: 'Magnitogorsk',
      notes: '',
      blocks: [
        {
          type: 'figure',
          id: 'f1',
          figure: { kind: 'image', asset: 'assets/furnace.png' },
          caption: 'Blast furnace',
          alt: 'A blast furnace',
          citations: [],
        },
        {
          type: 'figure',
          id: 'f2',
          figure: { kind: 'image', asset: 'assets/plan.png' },
          caption: '',
          alt: 'A plan',
          citations: [],
        },
      ],
    },
  ],
});
const slide = deck.slides[0]!;

describe('targets of a slide', () => {
  it('keys round-trip, and anything else is no target', () => {
    const targets: EditTarget[] = [
      { kind: 'title' },
      { kind: 'subtitle' },
      { kind: 'bullet', id: 'a:1' },
      { kind: 'quote', id: 'q1' },
      { kind: 'attribution', id: 'q1' },
      { kind: 'text', id: 't1' },
      { kind: 'caption', id: 'f1' },
    ];
    for (const t of targets) expect(parseEditKey(editKey(t))).toEqual(t);
    expect(parseEditKey('notes')).toBeUndefined();
    expect(parseEditKey(null)).toBeUndefined();
  });

  it('bullets are numbered 1, 2, 3 in reading order over levels and blocks', () => {
    expect([...bulletNumbers(slide)]).toEqual([
      ['a', 1],
      ['a1', 2],
      ['new', 3],
      ['c', 4],
    ]);
  });

  it('a target taken away (by undo) no longer exists', () => {
    expect(targetExists(slide, { kind: 'bullet', id: 'a1' })).toBe(true);
    expect(targetExists(slide, { kind: 'bullet', id: 'gone' })).toBe(false);
    expect(targetExists(slide, { kind: 'quote', id: 'q1' })).toBe(true);
    expect(targetExists(slide, { kind: 'caption', id: 'q1' })).toBe(false);
    expect(targetExists(slide, { kind: 'attribution', id: 'q1' })).toBe(true);
    expect(targetExists(slide, { kind: 'text', id: 'q1' })).toBe(false);
  });
});

describe('the slide component with an edit slot', () => {
  const ctx = { assetUrl: () => undefined, charts: {} };
  const html = (edit?: EditSlot, mode: 'edit' | 'export' = 'edit') =>
    renderToStaticMarkup(
      <SlideView
        slide={slide}
        deck={deck}
        index={0}
        ctx={ctx}
        mode={mode}
        {...(edit ? { edit } : {})}
      />,
    );
  const field = () => <textarea className="lectern-edit-field" aria-label="the field" />;

  it('marks every editable text, and only when given a slot', () => {
    const marked = html({ active: undefined, field });
    // The quote's attribution is a text of its own, after the quote.
    expect([...marked.matchAll(/data-edit="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'title',
      'bullet:a',
      'bullet:a1',
      'quote:q1',
      'attribution:q1',
      'bullet:c',
    ]);
    expect(html()).not.toContain('data-edit');
    expect(html(undefined, 'export')).not.toContain('data-edit');
  });

  it('draws the field in place of the active text, inside its heading or list item', () => {
    const title = html({ active: { kind: 'title' }, field });
    expect(title).toMatch(
      /<h2 class="lectern-title" data-edit="title"><textarea class="lectern-edit-field"/,
    );
    expect(title).not.toContain('<em>equipment</em>');
    const bullet = html({ active: { kind: 'bullet', id: 'a1' }, field });
    expect(bullet).toMatch(/data-edit="bullet:a1"><textarea/);
    expect(bullet).toContain('<em>equipment</em>');
  });

  it('keeps a blank bullet drawn while it is edited (Enter just added it), and only then', () => {
    expect(html({ active: undefined, field })).not.toContain('bullet:new');
    expect(html({ active: { kind: 'bullet', id: 'new' }, field })).toMatch(
      /<li data-block-item="new" data-edit="bullet:new"><textarea/,
    );
  });

  it('a caption is a target, and an empty one gets its line only while it is edited', () => {
    const figures = (edit: EditSlot) =>
      renderToStaticMarkup(
        <SlideView
          slide={deck.slides[1]!}
          deck={deck}
          index={1}
          ctx={ctx}
          mode="edit"
          edit={edit}
        />,
      );
    expect(figures({ active: undefined, field })).toContain(
      '<span class="lectern-caption" data-edit="caption:f1">Blast furnace</span>',
    );
    expect(figures({ active: undefined, field })).not.toContain('caption:f2');
    expect(figures({ active: { kind: 'caption', id: 'f2' }, field })).toMatch(
      /data-edit="caption:f2"><textarea/,
    );
  });

  it('shows no author-only content: notes stay off the slide while editing', () => {
    expect(html({ active: { kind: 'quote', id: 'q1' }, field })).not.toContain(
      'Only for the lecturer',
    );
  });
});
