/**
 * Deck settings: the deck's title and the lines of its title slide, its language, theme,
 * slide shape and the paper its PDFs print on. Every change is a `meta/set` op (typing in one
 * field is one undo step); a value the deck cannot hold stays in its field with the reason
 * beside it and never reaches the deck.
 */
import { useId, useState } from 'react';
import type { AspectRatio, Deck, PaperSize, Theme } from '../../../common/deck/schema';
import { ASPECTS, PAPER_SIZES, THEMES } from '../../../common/deck/schema';
import type { MetaChange, Op } from '../../../common/ops';
import { Dialog } from '../app/Dialog';
import { trapTab } from '../export/focus-trap';
import { languageName, settingProblem } from './deck-settings-check';
import './deck-settings.css';

type TextField = 'title' | 'subtitle' | 'author' | 'course' | 'date' | 'language';

const THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};
const ASPECT_LABELS: Record<AspectRatio, string> = {
  '16:9': '16:9 (widescreen)',
  '4:3': '4:3 (older projectors)',
  '16:10': '16:10',
};
const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'US Letter' };

/** The toolbar button that opens the dialog: focus comes back to it when nothing else had it. */
export const SETTINGS_BUTTON_ID = 'deck-settings-button';

export interface DeckSettingsDialogProps {
  deck: Deck;
  apply: (op: Op) => boolean;
  onClose: () => void;
}

export function DeckSettingsDialog({ deck, apply, onClose }: DeckSettingsDialogProps) {
  const meta = deck.meta;
  // Focus goes back where it was (the toolbar button, or the sorter after Ctrl+,).
  const [opener] = useState(() => document.activeElement);
  const close = () => {
    onClose();
    requestAnimationFrame(() => {
      const back =
        opener instanceof HTMLElement && opener !== document.body && opener.isConnected
          ? opener
          : document.getElementById(SETTINGS_BUTTON_ID);
      back?.focus();
    });
  };
  const set = (change: MetaChange) => apply({ op: 'meta/set', args: change });
  const text = (
    field: TextField,
    label: string,
    extra: Omit<SettingFieldProps, 'field' | 'label' | 'value' | 'deck' | 'set'> = {},
  ) => (
    <SettingField
      field={field}
      label={label}
      value={meta[field] ?? ''}
      deck={deck}
      set={set}
      {...extra}
    />
  );
  return (
    <Dialog title="Deck settings" onClose={close}>
      <form
        className="deck-settings"
        onKeyDown={trapTab}
        onSubmit={(e) => (e.preventDefault(), close())}
      >
        <fieldset>
          <legend>Title slide</legend>
          {text('title', 'Title', { required: true, autoFocus: true })}
          {text('subtitle', 'Subtitle')}
          {text('author', 'Author', { placeholder: 'e.g. Dr A. Lecturer' })}
          {text('course', 'Course', { placeholder: 'e.g. HIST 214' })}
          {text('date', 'Date', {
            hint: 'Year-month-day, e.g. 2026-09-14',
            trim: true,
            inputMode: 'numeric',
          })}
        </fieldset>
        <fieldset>
          <legend>Slides and export</legend>
          {text('language', 'Language', {
            hint: languageName(meta.language) || 'A tag such as en, en-GB or de-AT',
            trim: true,
          })}
          <label className="setting">
            <span>Theme</span>
            <select
              value={meta.theme}
              onChange={(e) => set({ field: 'theme', value: e.currentTarget.value as Theme })}
            >
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="aspect-choice">
            <legend>Aspect ratio</legend>
            <div className="aspect-options">
              {ASPECTS.map((a) => (
                <label key={a}>
                  <input
                    type="radio"
                    name="aspect"
                    value={a}
                    checked={meta.aspectRatio === a}
                    onChange={() => set({ field: 'aspectRatio', value: a })}
                  />{' '}
                  {ASPECT_LABELS[a]}
                </label>
              ))}
            </div>
          </fieldset>
          <PaperField value={meta.paperSize} set={set} />
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Close
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function PaperField({
  value,
  set,
}: {
  value: PaperSize | undefined;
  set: (c: MetaChange) => void;
}) {
  const id = useId();
  return (
    <div className="setting">
      <label htmlFor={id}>Paper size for PDF</label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(e) =>
          set({ field: 'paperSize', value: e.currentTarget.value as PaperSize | '' })
        }
      >
        <option value="">As this computer prints</option>
        {PAPER_SIZES.map((p) => (
          <option key={p} value={p}>
            {PAPER_LABELS[p]}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="setting-hint">
        Notes and handouts pages; slide pages keep the slides&apos; shape.
      </small>
    </div>
  );
}

interface SettingFieldProps {
  field: TextField;
  label: string;
  /** The deck's value. */
  value: string;
  deck: Deck;
  set: (change: MetaChange) => boolean;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  autoFocus?: boolean;
  /** Spaces around the value are dropped (a date, a language tag). */
  trim?: boolean;
  inputMode?: 'numeric';
}

/**
 * One text setting. While its text is one the deck can hold, the field shows the deck's value
 * (so undo shows here too); otherwise it keeps the typed text, the deck keeps its last good
 * value, and the reason shows once the field is left (then live until it is fixed).
 */
function SettingField({
  field,
  label,
  value,
  deck,
  set,
  hint,
  placeholder,
  required,
  autoFocus,
  trim,
  inputMode,
}: SettingFieldProps) {
  const id = useId();
  const [typed, setTyped] = useState<{ text: string; problem: string } | null>(null);
  const [told, setTold] = useState(false);
  // A change of the deck's value (a good edit, undo) replaces any text it refused.
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setTyped(null);
  }
  const problem = told ? typed?.problem : undefined;
  // The reason replaces the hint: the hint describes the deck's value, not the refused text.
  const described = problem ? `${id}-problem` : hint ? `${id}-hint` : undefined;
  return (
    <div className="setting">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={typed ? typed.text : value}
        placeholder={placeholder}
        required={required}
        autoFocus={autoFocus}
        inputMode={inputMode}
        maxLength={2000}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const next = trim ? raw.trim() : raw;
          const why = settingProblem(deck, { field, value: next });
          if (why) return setTyped({ text: raw, problem: why });
          setTyped(null);
          set({ field, value: next });
        }}
        onBlur={() => setTold(Boolean(typed))}
      />
      {hint && !problem && (
        <small id={`${id}-hint`} className="setting-hint">
          {hint}
        </small>
      )}
      <p id={`${id}-problem`} className="setting-problem" aria-live="polite">
        {problem ?? ''}
      </p>
    </div>
  );
}
