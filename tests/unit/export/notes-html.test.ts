/**
 * Speaker notes without a formula are written without React, for speed (main/export/
 * render-static.ts). They must be what React would have written, byte for byte, or the golden
 * export and every exported copy would differ with the notes' characters.
 */
import fc from 'fast-check';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderNotesHtml } from '../../../main/export/render-static';

/** The notes as React writes them: a `<p>` per paragraph, its text one escaped text node. */
const byReact = (notes: string) =>
  renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      ...(notes.trim() ? notes.trim().split(/\n{2,}/) : []).map((p, i) =>
        createElement('p', { key: i }, p),
      ),
    ),
  );

describe('notes written without React', () => {
  it('are what React writes for the same text, for any text without a formula', () => {
    const chars = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '\n',
      '&',
      '<',
      '>',
      '"',
      "'",
      'é',
      '—',
      '\u2028',
      '1',
    );
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 60 }), (notes) => {
        expect(renderNotesHtml(notes)).toBe(byReact(notes));
      }),
      { numRuns: 2000 },
    );
    expect(renderNotesHtml(`Tom's "<b>" & co\n\nSecond`)).toBe(
      '<p>Tom&#x27;s &quot;&lt;b&gt;&quot; &amp; co</p><p>Second</p>',
    );
  });
});
