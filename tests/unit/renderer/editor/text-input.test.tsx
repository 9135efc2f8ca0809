/**
 * The editor's text fields: Ctrl/⌘+B and +I read the field's selection, a paste arrives as
 * plain text however the source offered it, and a rewrite puts the caret where it belongs
 * before the next key.
 */
import { act, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { emphasisMarker, pastedText, rewriteField, wrapSelection } from '../../../../renderer/src/editor/text-input';

afterEach(() => {
  document.body.innerHTML = '';
});

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

const paste = (data: Record<string, string>) => ({ clipboardData: { getData: (type: string) => data[type] ?? '' } }) as unknown as ClipboardEvent;

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
    expect(wrapSelection(input, '**')).toEqual({ text: 'Tractors from **Ford**', start: 16, end: 20 });
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
    expect(pastedText(paste({ 'text/plain': 'Steel *output*', 'text/html': '<b>Steel</b>' }))).toBe('Steel *output*');
  });

  it('reduces HTML-only content to its words, leaving out scripts and styles', () => {
    const html = '<style>p { color: red }</style><p><b>Magnitogorsk</b> <i>steel</i><script>alert(1)</script><img src="x" onerror="alert(2)"></p>';
    expect(pastedText(paste({ 'text/html': html }))).toBe('Magnitogorsk steel');
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
