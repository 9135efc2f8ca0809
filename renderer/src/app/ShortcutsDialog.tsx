/**
 * Help > Keyboard Shortcuts (also `?` or F1 in the editor): the keys the editor and the
 * presentation actually handle, as tables a screen reader reads row by row. When a key
 * changes in use-shortcuts.ts, use-present-shortcuts.ts, use-present-keys.ts,
 * use-speaker-keys.ts, Sorter.tsx or SlideField.tsx, this list changes with it.
 */
import { Dialog } from './Dialog';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = mac ? '⌘' : 'Ctrl';

type Row = [what: string, keys: string[]];

const EDITOR: Row[] = [
  ['Undo', [`${mod}+Z`]],
  ['Redo', [`${mod}+Shift+Z`, `${mod}+Y`]],
  ['Save', [`${mod}+S`]],
  ['Export', [`${mod}+E`]],
  ['Deck settings', [`${mod}+,`]],
  ['New slide', [`${mod}+M`, `${mod}+Shift+Enter`]],
  ['Duplicate slide', [`${mod}+D`]],
  [
    'Move selected slides up or down',
    [`${mod}+Shift+↑`, `${mod}+Shift+↓`, 'Alt+↑ / Alt+↓ in the sorter'],
  ],
  ['Delete selected slides', ['Delete in the sorter']],
  ['Edit the slide’s text in place', ['Enter or F2 on the slide', 'a click on a text']],
  ['In a bullet: new bullet, nest, un-nest', ['Enter', 'Tab', 'Shift+Tab']],
  ['Bold, italic (Markdown ** and *)', [`${mod}+B`, `${mod}+I`]],
  ['Stop editing on the slide', ['Esc']],
  ['Present from the first slide', ['F5']],
  ['Present from this slide', ['Shift+F5', `${mod}+Enter`]],
  ['Keyboard shortcuts', ['?', 'F1']],
];

const PRESENTING: Row[] = [
  ['Next step or slide', ['→', 'Space', 'Page Down', '↓']],
  ['Previous step or slide', ['←', 'Page Up', '↑']],
  ['First or last slide', ['Home', 'End']],
  ['Go to a slide', ['its number, then Enter']],
  ['Cancel the slide number being typed', ['Esc']],
  ['Black out and back', ['B', '.']],
  ['Overview of all slides', ['O']],
  ['Full screen', ['F']],
  ['Speaker view: open or close', ['S']],
  ['Swap the two screens (desktop app)', ['X']],
  ['Leave, back to the editor on the slide shown', ['Esc']],
];

function Table({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <table className="shortcuts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Keys</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([what, keys]) => (
          <tr key={what}>
            <th scope="row">{what}</th>
            <td>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' or ' : ''}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <div className="shortcuts-body" role="region" aria-label="Shortcut list" tabIndex={0}>
        <Table caption="Editing" rows={EDITOR} />
        <Table caption="Presenting (audience and speaker view)" rows={PRESENTING} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
