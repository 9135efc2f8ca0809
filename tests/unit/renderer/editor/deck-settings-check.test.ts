/** The Deck settings dialog's reasons: what the schema refuses and what its pattern lets through. */
import { describe, expect, it } from 'vitest';
import {
  dateProblem,
  languageName,
  settingProblem,
} from '../../../../renderer/src/editor/deck-settings-check';
import { smallDeck } from '../../ops/fixture';

describe('deck settings check', () => {
  it('accepts a real day and refuses what the calendar lacks, in words', () => {
    expect(dateProblem('2026-09-14')).toBeNull();
    expect(dateProblem('2028-02-29')).toBeNull();
    expect(dateProblem('2026-02-29')).toBe('There is no 29 February 2026.');
    expect(dateProblem('2026-13-01')).toMatch(/^There is no month 13/);
    expect(dateProblem('14/09/2026')).toBe(
      'Write the date as year-month-day, for example 2026-09-14.',
    );
  });

  it('judges each field by the meta/set op, with its own sentence', () => {
    const deck = smallDeck();
    expect(settingProblem(deck, { field: 'author', value: '' })).toBeNull();
    expect(settingProblem(deck, { field: 'date', value: '' })).toBeNull();
    expect(settingProblem(deck, { field: 'title', value: '' })).toMatch(/^A deck needs a title/);
    expect(settingProblem(deck, { field: 'language', value: 'english' })).toBe(
      'Write a language tag such as en, en-GB or de-AT.',
    );
    expect(settingProblem(deck, { field: 'language', value: '' })).toBe(
      'Write a language tag such as en, en-GB or de-AT.',
    );
    expect(settingProblem(deck, { field: 'language', value: 'de-AT' })).toBeNull();
    expect(settingProblem(deck, { field: 'date', value: '2026-02-31' })).toBe(
      'There is no 31 February 2026.',
    );
  });

  it('names the language of a tag', () => {
    expect(languageName('en-GB')).toBe('British English');
    expect(languageName('xx-nonsense')).toBe('');
  });
});
