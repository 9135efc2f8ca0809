/**
 * Issue 10, item 2: a slide whose lead claim is a passive too long for a headline is titled
 * by the question its agent answers, in the claim's own words ("Who built the large
 * enterprises?", the curated deck's title), on claims from several fields; anything else
 * gives no question, so the slide falls back as before.
 */
import { describe, expect, it } from 'vitest';
import { agentQuestion, MAX_QUESTION_WORDS } from '../../../common/generate/nlp/agent-question';

const NAMES = new Set([
  'United',
  'States',
  'Hugh',
  'Cooper',
  'Panama',
  'Canal',
  'Royal',
  'Society',
  'Ford',
  'Rouge',
  'Suez',
]);
const isName = (w: string) => NAMES.has(w);

describe('agentQuestion', () => {
  it.each([
    [
      'About 2/3 of the large enterprises were built with the help of the United States',
      'Who built the large enterprises?',
    ],
    ['The dam was designed by Hugh Cooper', 'Who designed the dam?'],
    [
      'Two-thirds of the new railway lines were financed by British investors in the 1880s',
      'Who financed the new railway lines?',
    ],
    [
      'Most of the early vaccines were tested by volunteers from the army',
      'Who tested the early vaccines?',
    ],
    // A name keeps its capital.
    ['Panama Canal was mostly built by workers from the Caribbean', 'Who built Panama Canal?'],
    // An irregular participle becomes its simple past.
    [
      'The first report was written by a committee of the Royal Society',
      'Who wrote the first report?',
    ],
    // A time the claim opens on is no part of what was done: never "Who ratified by 1995 the …".
    [
      'By 1995 the convention had been ratified by most members of the League',
      'Who ratified the convention?',
    ],
    // A phrasal verb ("taken over") is not one participle: no question rather than a wrong one.
    ['The Panama Canal was finally taken over by the United States in 1904', undefined],
  ])('%s → %s', (claim, want) => {
    expect(agentQuestion(claim, isName)).toBe(want);
  });

  it.each([
    // No agent: nothing to ask about.
    'The Stalingrad Tractor Plant was built in 1930',
    // A pronoun subject says nothing without its sentence.
    'It was built by American engineers',
    // An active claim.
    'American engineers built the Ford plant at Rouge',
    // A phrase of time or place before the subject is no part of it.
    'During the war the canal was built with the help of prisoners',
    // A subject with a comma is a list or an aside, not one thing.
    'Steel, coal and oil were produced by state trusts',
  ])('%s → no question', (claim) => {
    expect(agentQuestion(claim, isName)).toBeUndefined();
  });

  it(`never gives more than ${MAX_QUESTION_WORDS} words`, () => {
    // "Who dug the many small irrigation canals of the northern provinces?" would be eleven.
    expect(
      agentQuestion(
        'The many small irrigation canals of the northern provinces were dug by peasants',
        isName,
      ),
    ).toBeUndefined();
  });
});
