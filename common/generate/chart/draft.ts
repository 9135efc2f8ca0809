/** What a chart generator returns, and what every chart spec shares. */
import type { ChartSpec } from '../../deck/schema';

/** A figure drafted from a section's data: the spec, and its words for the slide. */
export interface ChartDraft {
  spec: ChartSpec;
  /** The slide title: the point the chart makes, at most eight words. */
  title: string;
  /** Titles to use instead, in order, when a slide before already has `title`. */
  otherTitles?: string[];
  /** What is shown, naming the measure (and its subject) and the span of time or the range. */
  caption: string;
  /** The data stated in words, for a reader who cannot see the chart. */
  alt: string;
  /** Sentence ids of every datum, in data order without repeats. */
  sentences: string[];
}

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** At most `n` words: a title that fits a slide's title line. */
export function words(text: string, n = 8): string {
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.length <= n
    ? text
    : ws
        .slice(0, n)
        .join(' ')
        .replace(/[,;:]$/, '');
}

/** Whether `text` fits a slide's title line whole. */
export const fits = (text: string): boolean => words(text) === text;

/**
 * `full` when it fits a title line whole, else `short` cut to fit: a title is never cut
 * mid-phrase ("Chance rose: 5 percent" would say the opposite of "… 5 percent to 61 percent").
 */
export const fitOr = (full: string, short: string): string => (fits(full) ? full : words(short));

export const sentenceIds = (ids: readonly string[]) => [...new Set(ids)];
