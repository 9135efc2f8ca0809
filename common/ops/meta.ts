/** Deck-wide settings: title, subtitle, author, course, date, language, theme, aspect ratio, paper, citation style. */
import {
  ASPECTS,
  CITATION_STYLES,
  DeckMeta,
  PAPER_SIZES,
  THEMES,
  type AspectRatio,
  type CitationStyle,
  type PaperSize,
  type Theme,
} from '../deck/schema';
import { KEY_ORDER, putField } from './fields';
import { toLine } from './paste';
import { defineOp, refuse } from './types';

/** One setting and its new value. For optional text fields, '' removes the field. */
export type MetaChange =
  | { field: 'title' | 'subtitle' | 'author' | 'course' | 'date' | 'language'; value: string }
  | { field: 'theme'; value: Theme }
  | { field: 'aspectRatio'; value: AspectRatio }
  /** '' removes the setting, so exports follow the exporting machine's locale again. */
  | { field: 'paperSize'; value: PaperSize | '' }
  /** '' removes the style: cites show the reading's own labels again. */
  | { field: 'citationStyle'; value: CitationStyle | '' };

const OPTIONAL = ['subtitle', 'author', 'course', 'date'] as const;

export const metaOps = {
  'meta/set': defineOp<MetaChange>({
    label: 'Deck settings',
    coalesce: (a) => a.field,
    recipe(draft, change) {
      const meta = draft.meta;
      switch (change.field) {
        case 'theme':
          if (!THEMES.includes(change.value))
            refuse('theme', `"${change.value}" is not a theme (${THEMES.join(', ')})`);
          meta.theme = change.value;
          return;
        case 'aspectRatio':
          if (!ASPECTS.includes(change.value))
            refuse('aspect ratio', `"${change.value}" is not one of ${ASPECTS.join(', ')}`);
          meta.aspectRatio = change.value;
          return;
        case 'paperSize':
          if (change.value !== '' && !PAPER_SIZES.includes(change.value))
            refuse('paper size', `"${change.value}" is not one of ${PAPER_SIZES.join(', ')}`);
          putField(
            meta,
            'paperSize',
            change.value || undefined,
            KEY_ORDER.meta,
            (next) => (draft.meta = next),
          );
          return;
        case 'citationStyle':
          if (change.value !== '' && !CITATION_STYLES.includes(change.value))
            refuse(
              'citation style',
              `"${change.value}" is not one of ${CITATION_STYLES.join(', ')}`,
            );
          putField(
            meta,
            'citationStyle',
            change.value || undefined,
            KEY_ORDER.meta,
            (next) => (draft.meta = next),
          );
          return;
        default:
          // The text fields: one line each, set below.
          break;
      }
      const value = toLine(change.value);
      const field = change.field;
      const replace = (next: typeof meta) => (draft.meta = next);
      if (value === '' && (OPTIONAL as readonly string[]).includes(field)) {
        putField(meta, field as (typeof OPTIONAL)[number], undefined, KEY_ORDER.meta, replace);
        return;
      }
      // The schema owns the rules (a title is required, a date is YYYY-MM-DD, a language
      // is a BCP 47 tag); its message is the one the lecturer sees.
      const checked = DeckMeta.shape[field].safeParse(value);
      if (!checked.success) refuse(field, checked.error.issues[0]?.message ?? 'is not valid');
      putField(meta, field, value, KEY_ORDER.meta, replace);
    },
  }),
};
