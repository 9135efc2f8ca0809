/**
 * Direct quotations in a sentence, with who said or wrote them when the sentence says so
 * ("Molotov said, "…"", "it was written in the Soviet magazine, "Title", that "…"").
 * Short quoted phrases (titles, names, scare quotes) are not quotations.
 */
import type { Quotation } from './model';
import { findRunOnRepeat } from './similarity';

/** Quotations shorter than this are titles or phrases, not something to put on a quote slide. */
export const MIN_QUOTE_WORDS = 8;

/** The shortest quotation a named speaker's whole utterance may be. */
const MIN_SPOKEN_WORDS = 4;

const VERBS =
  'said|says|replied|replies|wrote|writes|stated|states|declared|noted|notes|remarked|argued|argues|observed|recalled|remembered|reported|added|explained|described|insisted|claimed|complained|commented|warned|told(?:\\s+[\\p{L}’-]+){1,4}?|called [A-Za-z]+|put it|concluded|announced';

/** An unnamed speaker: "one economist", "a British engineer", "another visitor". */
const UNNAMED =
  "(?<![\\p{L}])(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|[Ss]ome|[Mm]any|[Ss]everal)(?:\\s+[\\p{L}'’-]+){1,3}?";

interface Quoted {
  text: string;
  start: number;
  end: number;
}

function quotedSegments(text: string): Quoted[] {
  const out: Quoted[] = [];
  for (const m of text.matchAll(/"([^"]+)"|“([^”]+)”/g)) {
    out.push({ text: (m[1] ?? m[2] ?? '').trim(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

const PROPER = "[A-Z][\\p{L}.'’-]*(?:\\s+(?:[A-Z][\\p{L}.'’-]*|of|de|von|van))*";
/**
 * Who speaks as the reading gives it: a name ("Molotov"), a name with its group ("Critics
 * such as Vandana Shiva") or an unnamed speaker ("one economist", "a British engineer").
 * ("the political scientist David Butler": a name with the description the reading gives it.)
 */
const NAME = `(?:[A-Z]?\\p{Ll}+\\s+such\\s+as\\s+|[Tt]he\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3})?${PROPER}|${UNNAMED}`;
/**
 * "Stigler argued in 1946 that", "Keynes wrote to his wife that": up to two short phrases may
 * stand between the verb and its "that".
 */
const PHRASES = `(?:\\s+(?:in|at|on|during|before|after|to|from|with|for|by|about|of)(?:\\s+[\\p{L}\\p{N}'’-]+){1,4}?){0,2}`;

/** What a speaker said something about, and how: "the motive plainly", "it bluntly", "them". */
const ABOUT =
  '(?:\\s+(?:(?:the|his|her|their|its|this|that|our|my)(?:\\s+[\\p{Ll}-]+){1,2}|it|them|him|her))?(?:\\s+\\p{Ll}+ly)?';

/** What stands between the two halves of one quotation: `, he told reporters in 2002, ` (or `;`). */
const INTERRUPTION = new RegExp(
  `^\\s*,?\\s*(?:(${NAME}|he|she|they)\\s+(?:${VERBS})${PHRASES}|(?:${VERBS})\\s+(${NAME}))\\s*([,;])\\s*$`,
  'u',
);

/**
 * The quoted segments, a quotation broken by who said it made one again: ""I'm not doing this
 * to make money," he told reporters in 2002, "I'm doing it to make London move."" is one
 * utterance, its words as written, with its speaker when the break names one.
 */
function utterances(text: string): Array<Quoted & { speaker?: string }> {
  const segments = quotedSegments(text);
  const out: Array<Quoted & { speaker?: string }> = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const next = segments[i + 1];
    const between =
      next && /,$/.test(seg.text) ? INTERRUPTION.exec(text.slice(seg.end, next.start)) : null;
    if (!between || !next) {
      out.push(seg);
      continue;
    }
    const speaker = between[1] ?? between[2];
    // (`"…,” one stevedore recalled; “…”`: the semicolon parts the two halves as written.)
    const joined = between[3] === ';' ? seg.text.replace(/,$/, ';') : seg.text;
    out.push({
      text: `${joined} ${next.text}`,
      start: seg.start,
      end: next.end,
      ...(speaker && !/^(?:he|she|they)$/.test(speaker) ? { speaker } : {}),
    });
    i++;
  }
  return out;
}

/** The direct quotations of one sentence (citation markers already removed). */
export function extractQuotes(text: string): Quotation[] {
  const segments = utterances(text);
  const quotes: Quotation[] = [];
  segments.forEach((seg, i) => {
    const words = wordCount(seg.text);
    if (words < MIN_SPOKEN_WORDS) return;
    const attribution = seg.speaker ?? attributionFor(text, seg, segments[i - 1]);
    // A short quotation is a quotation only when it is a whole utterance someone is said to
    // have made ("“It was a quiet landslide,” David Butler said"), not a phrase in quotes.
    if (words < MIN_QUOTE_WORDS && !(attribution && /[,.!?]$/.test(seg.text))) return;
    const q: Quotation = { text: seg.text };
    if (attribution) q.attribution = attribution;
    const runOn = findRunOnRepeat(seg.text);
    if (runOn) {
      q.clean = tidyQuote(runOn.kept);
      q.dropped = runOn.dropped;
    } else if (tidyQuote(seg.text) !== seg.text) q.clean = tidyQuote(seg.text);
    quotes.push(q);
  });
  return quotes;
}

/**
 * Drops a trailing run of dots left after a full stop ("results. ......" → "results.") and
 * punctuation that belongs to the sentence around the quotation, not to it: the comma of
 * "“…,” one economist observed", a colon or semicolon before the sentence goes on.
 */
function tidyQuote(text: string): string {
  return text
    .replace(/([.!?])\s*(?:\.{2,}|…)+\s*$/, '$1')
    .replace(/\s*[,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A speaker as the attribution a slide shows, or undefined for a pronoun ("He said, "…""):
 * "— He" tells a class nothing; the slide names whom it stands for (generate/slides.ts).
 */
const spoken = (who: string | undefined): string | undefined =>
  who === undefined || /^(?:he|she|they|it|we|i|you)$/i.test(who) ? undefined : who;

function attributionFor(
  text: string,
  seg: Quoted,
  previous: Quoted | undefined,
): string | undefined {
  const before = text.slice(0, seg.start);
  const after = text.slice(seg.end);
  const name = NAME;
  const phrases = PHRASES;
  // ("Roberts later explained the motive plainly: "…"": what was said about, and how, may
  // stand between the verb and a colon; "Aneurin Bevan, the minister who founded it, later
  // remarked that "…"": who the speaker was, between commas, before the verb.)
  const lead = new RegExp(
    `(${name})(?:,\\s+(?:the|a|an|its|his|her)\\s[^,"“”]{3,60},)?\\s+(?:had\\s+|has\\s+|once\\s+|later\\s+|also\\s+)?(?:${VERBS})${ABOUT}${phrases}(?:\\s+that(?:\\s+[\\p{L}-]+){0,5})?[,:]?\\s*$`,
    'u',
  ).exec(before);
  if (lead) return spoken(lead[1]);
  // (`"…," wrote one parish priest in Burgundy;`: an unnamed speaker after the verb runs to
  // where the phrase ends, with the place that says which.)
  const trail = new RegExp(
    `^,?\\s*(?:(?:${VERBS})\\s+((?:${name})(?:\\s+(?:in|from|at)\\s+${PROPER})?)(?=\\s*(?:[,;.:!?)]|$)|\\s+(?:in|on|at|during|after|before|to|from|when|while|as|of|that|and|with|who)\\b)|(${name})\\s+(?:later\\s+|also\\s+|once\\s+|then\\s+|had\\s+)?(?:${VERBS}))\\b`,
    'u',
  ).exec(after);
  if (trail) return spoken(trail[1] ?? trail[2]);
  // "written in the Soviet magazine, "Title", that "…"": a short quoted title just before.
  if (
    previous &&
    wordCount(previous.text) < MIN_QUOTE_WORDS &&
    /^[,\s]*(?:that\s*)?$/.test(text.slice(previous.end, seg.start).replace(/^,?\s*/, ''))
  ) {
    const kind = /(?:in|by|from)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\s-]{2,40}?),?\s*$/u.exec(
      text.slice(0, previous.start),
    );
    return kind ? `${kind[1]!.trim()} "${previous.text}"` : `"${previous.text}"`;
  }
  return undefined;
}
