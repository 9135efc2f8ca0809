/** The speaker view's pacing cue and its time display. */
import { describe, expect, it } from 'vitest';
import { formatDuration, pacing } from '../../../../renderer/src/present/pacing';

const min = 60_000;

describe('the pacing cue', () => {
  it('compares the time spent with an even pace through the shown slides', () => {
    // 50 minutes for 10 slides: slide 5 is due at 25 minutes.
    expect(pacing(25 * min, 50, 5, 10)).toEqual({ kind: 'on-time', minutes: 0, left: 25 });
    expect(pacing(20 * min, 50, 5, 10)).toEqual({ kind: 'ahead', minutes: 5, left: 30 });
    expect(pacing(33 * min, 50, 5, 10)).toEqual({ kind: 'behind', minutes: 8, left: 17 });
  });

  it('calls anything within half a minute on time, and never says "0 min" ahead or behind', () => {
    expect(pacing(25 * min + 29_000, 50, 5, 10).kind).toBe('on-time');
    expect(pacing(25 * min - 29_000, 50, 5, 10).kind).toBe('on-time');
    expect(pacing(25 * min + 31_000, 50, 5, 10)).toMatchObject({ kind: 'behind', minutes: 1 });
    expect(pacing(25 * min - 31_000, 50, 5, 10)).toMatchObject({ kind: 'ahead', minutes: 1 });
  });

  it('counts the minutes left down past zero when the lecture runs over', () => {
    expect(pacing(56 * min, 50, 10, 10)).toEqual({ kind: 'behind', minutes: 6, left: -6 });
  });

  it('gives a number, not NaN, for a deck with every slide hidden', () => {
    expect(pacing(0, 50, 0, 0)).toEqual({ kind: 'on-time', minutes: 0, left: 50 });
  });
});

describe('formatDuration', () => {
  it('shows minutes and seconds, and hours only past an hour', () => {
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(65_999)).toBe('01:05');
    expect(formatDuration(59 * min + 59_000)).toBe('59:59');
    expect(formatDuration(60 * min)).toBe('1:00:00');
    expect(formatDuration(2 * 60 * min + 3 * min + 4000)).toBe('2:03:04');
  });

  it('never shows a negative time', () => {
    expect(formatDuration(-5000)).toBe('00:00');
  });
});
