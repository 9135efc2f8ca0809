/**
 * The document's own reference list ("References", "Bibliography", "Works cited", …) and
 * Markdown footnote definitions, as keys the inline citations can be matched against:
 * "[1] …" / "1. …" → "1"; "[^3]: …" → "^3"; "Frankel, J. (1971). …" → "Frankel 1971".
 */
import type { SourceReference } from './model';
import { authorKey } from './citations';

/** Headings under which a document lists its references rather than its argument. */
export const REFERENCE_HEADING =
  /^(?:\d+\.\s*)?(references|reference list|bibliography|works cited|sources|literature|literature cited|notes|endnotes|footnotes|further reading)\.?$/i;

/** Splits the text of a reference section into entries and gives each its key. */
export function parseReferenceEntries(text: string): SourceReference[] {
  const entries: string[] = [];
  // A blank line ends an entry: a list of paragraphs is a list of works, whatever each opens
  // with ("Statistics Korea (2006). …" has no "Surname, I." to start it).
  let afterBlank = true;
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^[-*+]\s+/, '');
    if (!t) {
      afterBlank = true;
      continue;
    }
    const startsEntry =
      afterBlank ||
      /^\[\^?\w+\]:?|^\d{1,4}[.)]\s|^(?:[\p{Lu}][\p{L}'’-]*\s)?[\p{Lu}][\p{L}'’-]+,\s/u.test(t);
    afterBlank = false;
    if (startsEntry) entries.push(t);
    else entries[entries.length - 1] += ' ' + t;
  }
  return entries.map(toReference).filter((r): r is SourceReference => r !== undefined);
}

function toReference(entry: string): SourceReference | undefined {
  const numbered = /^\[(\^?\w+)\]:?\s*(.*)$/.exec(entry) ?? /^(\d{1,4})[.)]\s+(.*)$/.exec(entry);
  if (numbered) return { key: numbered[1]!, text: numbered[2]!.trim() };
  const year = /\b(1[5-9]\d{2}|20\d{2})[a-z]?\b/.exec(entry);
  // "Sutton, A. C.", "Davies, R. W.", "Ó Gráda, C." (a one-letter particle starts a surname).
  const surname = /^([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]+)?),/u.exec(entry);
  if (year && surname) return { key: authorKey(surname[1]!, year[0]), text: entry };
  const body = CORPORATE.exec(entry);
  if (body) return { key: authorKey(body[1]!, body[2]!), text: entry };
  return entry.length > 3 ? { key: entry.slice(0, 40), text: entry } : undefined;
}

/**
 * A work by a body rather than a person, its name straight before the year: "Statistics Korea
 * (2006). …", "World Health Organization. 2020. …", "Electoral Commission (2019)".
 */
const CORPORATE =
  /^((?:[\p{Lu}][\p{L}&'’.-]*)(?:\s+(?:of|for|and|on|the|de|du|des|[\p{Lu}][\p{L}&'’.-]*)){0,7}?)(?:\s+\(|\.\s+)((?:1[5-9]\d{2}|20\d{2})[a-z]?)\)?(?=[.,:]|$)/u;

/** What a reference entry or footnote says about a work, as far as its wording shows. */
export interface WorkDetails {
  /** The authors as the entry writes them: "Evenson, R. E., and Gollin, D.". */
  author?: string;
  /** Their surnames, in order ("Evenson", "Gollin"); "et al." counts as one more. */
  surnames?: string[];
  /** The year of publication: "1998", "2005a". */
  year?: string;
  /** The work's own title, without quotes or the closing period. */
  title?: string;
}

// ("Ó Gráda": a one-letter particle before a capitalised name is part of the surname.)
const NAME = String.raw`(?:(?:van|von|de|der|la|di|du|[\p{Lu}](?=\s+[\p{Lu}]\p{Ll}))\s+)*[\p{Lu}][\p{L}'’-]+(?:\s+(?:van|von|de|der|la|[\p{Lu}][\p{L}'’-]+))*`;
const GIVEN = String.raw`(?:[\p{Lu}]\.(?:\s?-?[\p{Lu}]\.)*|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}]\.)*)`;
/** "Sutton, A. C." / "Sutton, Antony C." and more names joined by "," "and" "&", or "et al.". */
const AUTHORS = new RegExp(
  String.raw`^(${NAME},\s+${GIVEN}(?:(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)(?:${NAME},\s+${GIVEN}|${GIVEN}\s+${NAME})|,?\s+et al\.)*)`,
  'u',
);
const YEAR = /\b(1[5-9]\d{2}|20\d{2})([a-z]?)\b/;

/**
 * Author, year and title of a reference entry in the common styles: APA "Hamlin, C. (1998).
 * Title. Publisher.", Chicago "Hamlin, C. 1998. Title.", and MLA or numbered lists "Sutton,
 * A. C. Title. Publisher, 1968." A part the wording does not show is left out, never guessed.
 */
export function describeWork(entry: string): WorkDetails {
  const text = entry.replace(/\s+/g, ' ').trim();
  const out: WorkDetails = {};
  const years = [...text.matchAll(new RegExp(YEAR, 'g'))].map((m) => m[1]! + m[2]!);
  // "Donald Worster, *Dust Bowl* (New York: …, 1979), 90.": a note names its author first
  // name first, which "Surname, Given" would misread as "Donald Worster, Dust".
  const note = NOTE_FORM.exec(text);
  if (note && GIVEN_FIRST.test(note[1]!.trim()) && !/^[\p{Lu}]\.\s/u.test(note[2]!))
    return noteDetails(note);
  const authors = AUTHORS.exec(text);
  const body = authors ? null : CORPORATE.exec(text);
  if (!authors && !body) {
    const note = NOTE_FORM.exec(text);
    if (note) return noteDetails(note);
    if (years.length) out.year = years[0]!;
    return out;
  }
  out.author = authors ? authors[1]!.replace(/[\s,]+$/, '') : body![1]!;
  if (authors) out.surnames = surnamesOf(out.author);
  const matched = authors?.[0] ?? body![1]!;
  // What follows the authors: "(1998). Title." or ". 1998. Title." (the year of the work), or
  // ". Title. Publisher, 1968." (MLA and numbered lists: the year comes last, after any in the title).
  let rest = text.slice(matched.length).replace(/^\s*[.,]?\s*/, '');
  // (Harvard lists may put no stop after the bracket: "Clare, L. (2020) Title.")
  const dated =
    /^(?:\(((?:1[5-9]\d{2}|20\d{2})[a-z]?)(?:,[^)]*)?\)[.,]?|((?:1[5-9]\d{2}|20\d{2})[a-z]?)[.,])\s*/.exec(
      rest,
    );
  if (dated) rest = rest.slice(dated[0].length);
  if (dated || years.length) out.year = dated?.[1] ?? dated?.[2] ?? years.at(-1)!;
  const quoted = /^["“]([^"”]{3,300}?)[,.]?["”]/.exec(rest);
  // A title runs to the first full stop that ends a sentence ("2nd ed." or "Vol." would cut short).
  const plain = /^(.{3,300}?)(?:\.(?=\s|$)|\?(?=\s|$)|$)/.exec(rest);
  // "*The Long Shadow*": a Markdown reading's italics mark the title; the slide sets it in italics.
  const title = (quoted?.[1] ?? plain?.[1] ?? '').trim().replace(/^([*_]{1,2})(.+)\1$/, '$2');
  if (title && /[\p{L}]/u.test(title))
    out.title = plain && !quoted && rest[plain[1]!.length] === '?' ? `${title}?` : title;
  return out;
}

/**
 * A note in the notes-and-bibliography style: "Eric Hobsbawm, *The Age of Revolution* (London:
 * Weidenfeld, 1962), p. 12." or "Transport for London, *Impacts Monitoring* (London: TfL,
 * 2004), pp. 3–5.": who, the title up to the bracket of publication, and its year.
 */
const NOTE_FORM =
  /^([\p{Lu}][^,()\d]{1,60}?),\s+(.{3,300}?)\s+\((?:[^()]*?:\s*)?[^()]*?\b(1[5-9]\d{2}|20\d{2})\)/u;

/** A name given first: two or more capitalised words ("Donald Worster", "R. Douglas Hurt"). */
const GIVEN_FIRST = /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:de|van|von|du|la)?\s*[\p{Lu}][\p{L}.'’-]*)+$/u;

function noteDetails(note: RegExpExecArray): WorkDetails {
  const author = note[1]!.trim();
  const title = note[2]!.trim().replace(/^([*_]{1,2}|["“])(.+?)([*_]{1,2}|[,]?["”])$/, '$2');
  const surnames = surnamesOf(author);
  return {
    author,
    ...(surnames.length ? { surnames } : {}),
    year: note[3]!,
    ...(/\p{L}/u.test(title) ? { title } : {}),
  };
}

const ONE_AUTHOR = new RegExp(
  String.raw`(${NAME}),\s+${GIVEN}|${GIVEN}\s+(${NAME})|(et al\.)`,
  'gu',
);

/** "Kim, J. and Park, S." → ["Kim", "Park"]; "Rao, P., et al." → ["Rao", "et al."]. */
function surnamesOf(authors: string): string[] {
  return [...authors.matchAll(ONE_AUTHOR)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
