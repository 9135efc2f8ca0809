/**
 * Whether a deck setting typed in the Deck settings dialog may be applied, and if not why, in
 * words a lecturer can act on. The `meta/set` op is the judge (the schema's rules); this adds
 * what the schema's pattern lets through, such as 31 February, and says it plainly.
 */
import type { Deck } from '../../../common/deck/schema';
import { applyOp, type MetaChange } from '../../../common/ops';

const EXAMPLE_DATE = 'for example 2026-09-14';

/** Why `text` is not a day of the calendar as YYYY-MM-DD; null when it is one. */
export function dateProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return `Write the date as year-month-day, ${EXAMPLE_DATE}.`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12)
    return `There is no month ${month}: write the date as year-month-day, ${EXAMPLE_DATE}.`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) {
    const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
      month: 'long',
      timeZone: 'UTC',
    });
    return `There is no ${day} ${name} ${year}.`;
  }
  return null;
}

/** Why `text` is not a language tag; null when it is one. */
function languageProblem(text: string): string | null {
  try {
    Intl.getCanonicalLocales(text);
    return null;
  } catch {
    return 'Write a language tag such as en, en-GB or de-AT.';
  }
}

const REFUSED: Partial<Record<MetaChange['field'], string>> = {
  title: 'A deck needs a title: it names the deck in the library and on its title slide.',
  language: 'Write a language tag such as en, en-GB or de-AT.',
  date: `Write the date as year-month-day, ${EXAMPLE_DATE}.`,
};

/** What is wrong with `change` on `deck`, as a sentence; null when it can be applied. */
export function settingProblem(deck: Deck, change: MetaChange): string | null {
  if (change.field === 'date' && change.value !== '') {
    const problem = dateProblem(change.value);
    if (problem) return problem;
  }
  if (change.field === 'language' && change.value !== '') {
    const problem = languageProblem(change.value);
    if (problem) return problem;
  }
  const tried = applyOp(deck, { op: 'meta/set', args: change });
  if (tried.ok) return null;
  const what = tried.problems[0]?.what ?? 'is not valid';
  return REFUSED[change.field] ?? `${what.charAt(0).toUpperCase()}${what.slice(1)}.`;
}

/** The language a tag names, in English ("English (United Kingdom)"), or '' when unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : '';
  } catch {
    return '';
  }
}
