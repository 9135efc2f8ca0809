/** Ctrl+B and Ctrl+I on a field's text: Markdown emphasis toggled around the selection. */
import { describe, expect, it } from 'vitest';
import { toggleEmphasis } from '../../../../renderer/src/editor/emphasis';

/** `text` with the selection marked by `[` and `]`, toggled, shown the same way. */
function toggle(marked: string, marker: '**' | '*'): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const r = toggleEmphasis(marked.replace('[', '').replace(']', ''), start, end, marker);
  return r.text.slice(0, r.start) + '[' + r.text.slice(r.start, r.end) + ']' + r.text.slice(r.end);
}

describe('Ctrl+B and Ctrl+I: Markdown emphasis toggled around the selection', () => {
  it('wraps the selection and keeps the same words selected', () => {
    expect(toggle('Forges from [Germany]', '**')).toBe('Forges from **[Germany]**');
    expect(toggle('[Forges] from Germany', '*')).toBe('*[Forges]* from Germany');
  });

  it('an empty selection gets a pair with the caret inside', () => {
    expect(toggle('Plan []', '**')).toBe('Plan **[]**');
    expect(toggle('[]', '*')).toBe('*[]*');
  });

  it('takes the markers away when they are just outside the selection, or selected with it', () => {
    expect(toggle('Forges from **[Germany]**', '**')).toBe('Forges from [Germany]');
    expect(toggle('Forges from [**Germany**]', '**')).toBe('Forges from [Germany]');
    expect(toggle('a *[b]* c', '*')).toBe('a [b] c');
  });

  it('never takes half of a bold for an italic, nor the other way round', () => {
    expect(toggle('a **[b]** c', '*')).toBe('a ***[b]*** c');
    expect(toggle('a *[b]* c', '**')).toBe('a ***[b]*** c');
    // Bold italic: either marker comes off alone.
    expect(toggle('a ***[b]*** c', '*')).toBe('a **[b]** c');
    expect(toggle('a ***[b]*** c', '**')).toBe('a *[b]* c');
  });
});
