/**
 * The editor's text fields: Ctrl/⌘+B and +I read the field's selection, a paste arrives as
 * plain text however the source offered it, and a rewrite puts the caret where it belongs
 * before the next key.
 */
import { act, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { pasteBullets, pasteLine, pasteText } from '../../../../common/ops/paste';
import {
  emphasisMarker,
  pastedText,
  rewriteField,
  wrapSelection,
} from '../../../../renderer/src/editor/text-input';

afterEach(() => {
  document.body.innerHTML = '';
});

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) =>
  ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  }) as KeyboardEvent;

const paste = (data: Record<string, string>) =>
  ({ clipboardData: { getData: (type: string) => data[type] ?? '' } }) as unknown as ClipboardEvent;

describe('emphasis keys', () => {
  it('Ctrl or ⌘ with B is bold and with I italic; with Shift or Alt they are other shortcuts', () => {
    expect(emphasisMarker(key('b', { ctrlKey: true }))).toBe('**');
    expect(emphasisMarker(key('I', { metaKey: true }))).toBe('*'); // Caps Lock on
    expect(emphasisMarker(key('b', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(emphasisMarker(key('i', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(emphasisMarker(key('b'))).toBeNull();
    expect(emphasisMarker(key('u', { ctrlKey: true }))).toBeNull();
  });

  it('wraps what is selected in the field, and keeps the same words selected', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.value = 'Tractors from Ford';
    input.setSelectionRange(14, 18);
    expect(wrapSelection(input, '**')).toEqual({
      text: 'Tractors from **Ford**',
      start: 16,
      end: 20,
    });
  });

  it('with nothing selected, puts a pair of markers at the caret', () => {
    const area = document.body.appendChild(document.createElement('textarea'));
    area.value = 'Turbines';
    area.setSelectionRange(8, 8);
    expect(wrapSelection(area, '*')).toEqual({ text: 'Turbines**', start: 9, end: 9 });
  });
});

describe('a paste', () => {
  it('takes the plain text when the clipboard has it', () => {
    expect(pastedText(paste({ 'text/plain': 'Steel *output*', 'text/html': '<b>Steel</b>' }))).toBe(
      'Steel *output*',
    );
  });

  it('reduces HTML-only content to its words, leaving out scripts and styles', () => {
    const html =
      '<style>p { color: red }</style><p><b>Magnitogorsk</b> <i>steel</i><script>alert(1)</script><img src="x" onerror="alert(2)"></p>';
    expect(pastedText(paste({ 'text/html': html }))).toBe('Magnitogorsk steel');
  });

  it('keeps the lines of HTML-only content: blocks and <br> break lines, as a browser shows them', () => {
    const html = '<ul><li>Steel</li><li>Coal</li></ul><p>One</p><p>Two<br>Three</p>';
    const text = pastedText(paste({ 'text/html': html }));
    // As a browser's innerText reads it: a paragraph stands apart by a blank line.
    expect(text).toBe('Steel\nCoal\n\nOne\n\nTwo\nThree');
    // So each field's own multi-line paste takes it as it takes such text/plain: in a bullet,
    // one bullet a line (the blank lines skipped); in a one-line field, words apart; in notes, paragraphs.
    expect(pasteBullets(text).map((b) => b.text)).toEqual(['Steel', 'Coal', 'One', 'Two', 'Three']);
    expect(pasteLine(text)).toBe('Steel Coal One Two Three');
    expect(pasteText(text)).toBe('Steel\nCoal\n\nOne\n\nTwo\nThree');
  });

  it("breaks lines at every block (headings, divs, quotes, pre), and keeps a pre's own spacing", () => {
    const html =
      '<h1>Magnitogorsk</h1><h6>1932</h6><div>Blast furnaces</div><blockquote>Steel at any cost</blockquote><pre>year   tonnes\n1932   <b>0.5</b></pre><div><div>Nested</div></div>';
    expect(pastedText(paste({ 'text/html': html }))).toBe(
      'Magnitogorsk\n1932\nBlast furnaces\nSteel at any cost\nyear   tonnes\n1932   0.5\nNested',
    );
  });

  it("puts a table's rows on lines and a tab between its cells", () => {
    const html =
      '<table><caption>Output</caption><thead><tr><th>Year</th><th>Steel</th></tr></thead><tbody><tr><td>1928</td><td>4 Mt</td></tr><tr><td>1932</td><td><b>6</b> Mt</td></tr></tbody></table>';
    const text = pastedText(paste({ 'text/html': html }));
    expect(text).toBe('Output\nYear\tSteel\n1928\t4 Mt\n1932\t6 Mt');
    expect(pasteLine(text)).toBe('Output Year Steel 1928 4 Mt 1932 6 Mt');
  });

  it('adds no breaks for inline elements, and collapses whitespace as a browser does', () => {
    const inline =
      '<p>Output <b>of</b> <i>steel</i> at <a href="https://example.org">Magni</a><span>togorsk</span></p>';
    expect(pastedText(paste({ 'text/html': inline }))).toBe('Output of steel at Magnitogorsk');
    // Source formatting: indentation and newlines between tags are not text.
    const formatted =
      '\n<ul>\n  <li>\n    Steel\n    output  rose\n  </li>\n  <li> <b>Coal </b> output</li>\n</ul>\n<p>\n  Done.\n</p>\n';
    expect(pastedText(paste({ 'text/html': formatted }))).toBe(
      'Steel output rose\nCoal output\n\nDone.',
    );
    expect(pastedText(paste({ 'text/html': 'Steel&nbsp; output' }))).toBe('Steel\u00a0 output');
  });

  it('leaves out what a browser does not show', () => {
    const html =
      '<p>Steel</p><style>p { color: red }</style><p hidden>draft</p><p style="display: none">x</p><p>Coal<br></p><p>Iron</p>';
    expect(pastedText(paste({ 'text/html': html }))).toBe('Steel\n\nCoal\n\nIron');
    // Google Docs puts a <br> between paragraphs: notes keep one blank line, bullets none.
    const docs =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>Steel</span></p><br><p dir="ltr"><span>Coal</span></p></b>';
    expect(pasteText(pastedText(paste({ 'text/html': docs })))).toBe('Steel\n\nCoal');
    expect(pasteBullets(pastedText(paste({ 'text/html': docs }))).map((b) => b.text)).toEqual([
      'Steel',
      'Coal',
    ]);
  });

  it('is empty when the clipboard has no text at all (an image)', () => {
    expect(pastedText(paste({}))).toBe('');
  });
});

describe('rewriting a field', () => {
  it('writes the new text and sets the caret in it at once, inside the same key press', () => {
    let setText: (t: string) => void = () => {};
    function Field() {
      const [text, set] = useState('Ford');
      setText = set;
      return <input value={text} onChange={() => {}} />;
    }
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    act(() => root.render(<Field />));
    const input = document.querySelector('input')!;

    // All in one act: as in a key handler, React would otherwise write the value after it returns.
    act(() => rewriteField(input, () => setText('Tractors from **Ford**'), 16, 20));
    expect(input.value).toBe('Tractors from **Ford**');
    expect([input.selectionStart, input.selectionEnd]).toEqual([16, 20]);
    act(() => root.unmount());
  });
});
