/**
 * Deletions for a clause still over the bullet limit after the gentle steps of condense.ts.
 * Each removes one grammatical unit whole, so what is left still reads as a sentence:
 * - an aside between the subject and its verb ("Cyrus Field, a New York paper merchant who
 *   had retired at thirty-three, formed" → "Cyrus Field formed"; "The first cable,
 *   manufactured by Glass, Elliot and Company, weighed" → "The first cable weighed");
 * - a year-by-year series cut to its span ("4.8 million tonnes in 1950, 6.5 … in 1951 and
 *   7.7 million tonnes in 1953" → "4.8 million tonnes in 1950 and 7.7 million tonnes in
 *   1953"): the chart beside the bullets draws every year, the bullet states the span;
 * - a trailing phrase that is not a clause (", much of it to the United States", ", an
 *   increase of 83 percent", ", finding the city warmer …");
 * - a leading phrase before the subject ("After an inquiry in 1859-1861, engineers …");
 * - a trailing ", because …" / ", so …" / ", yet …" clause.
 * These may take a number or name with them (the bullet no longer says it; none is changed),
 * which is why they run only once the clause is still long.
 */
import { hasFiniteVerb, isFinite, tag } from './nlp/tag';

const parts = (text: string) => text.split(/,\s+/);

/** Whether a comma part opens with a finite verb (adverbs before it allowed): "formed the …". */
function opensWithVerb(part: string): boolean {
  const ts = tag(part);
  let i = 0;
  while (i < ts.length - 1 && ts[i]!.tags.has('Adverb')) i++;
  return i < ts.length && isFinite(ts, i) && !/^(?:and|or|but)$/i.test(ts[0]!.normal);
}

/** "launched in 2009", "built by local firms": a participle and its phrase, an aside with no verb of its own. */
const PARTICIPLE_PHRASE =
  /^\p{Ll}+(?:ed|en|wn|lt)\s(?:in|on|at|by|for|from|with|under|as|during|after)\s[^,]*$/u;

/** Whether a text has a finite verb: compromise's lexicon settles most texts without tagging. */
const hasFinite = (text: string) => hasFiniteVerb(text);

/** Whether an aside has a verb of its own, not counting the participle that opens it ("manufactured by …"). */
function asideHasVerb(aside: string): boolean {
  // "a chemist trained at Cambridge": an appositive's participle describes its noun.
  if (/^(?:a|an|the)\s/i.test(aside)) return false;
  const ts = tag(aside);
  // "designed by Gustave Eiffel and built by local firms": participles with their agents.
  return ts.some(
    (t, i) =>
      isFinite(ts, i) &&
      !((t.tags.has('PastTense') || t.tags.has('Participle')) && ts[i + 1]?.normal === 'by'),
  );
}

/** "The Ministry of International Trade and Industry (MITI) drew up …" → "MITI drew up …": a long name gives way to its abbreviation. */
export function abbreviate(text: string): string {
  return text.replace(
    /\b(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|of|and|for|the|de|du))+\s\((\p{Lu}{2,6})\)/gu,
    (m, abbr: string) => {
      const initials = m
        .replace(/\s\(.*$/, '')
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      // Only an abbreviation of that name: its letters are the name's initials, in order.
      let at = 0;
      for (const c of abbr) at = initials.indexOf(c, at) + 1 || -1;
      return at > 0 ? abbr : m;
    },
  );
}

/** "X, aside, verb …" → "X verb …": the aside between a subject and its verb goes. */
export function dropSubjectAside(text: string): string {
  const ps = parts(text);
  if (ps.length < 3 || hasFinite(ps[0]!)) return text;
  // The part before the aside is a subject, after any leading date ("In 1854 Cyrus Field"),
  // not a phrase ("In the first two years, food, feed … took").
  if (
    /^(?:in|on|at|by|for|from|after|before|during|under|between|since|until|with|among|of)\s/i.test(
      ps[0]!,
    ) &&
    !/^(?:in|on|by|after|before|during|since|until)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}s?\s+\S/iu.test(
      ps[0]!,
    )
  )
    return text;
  for (let j = 2; j < ps.length; j++) {
    const aside = ps.slice(1, j).join(', ');
    // "X, and Y, turned": a second subject is no aside. An aside's own verb stands in a
    // relative clause ("a merchant who had retired"), never alone ("feed … took $3.2 billion").
    // ("NASA's Kepler telescope, launched in 2009, watched …": a participle that opens the
    // aside, with no subject of its own, is no verb of the sentence.)
    if (
      /^(?:and|or)\s/.test(ps[1]!) ||
      (asideHasVerb(aside.split(/\b(?:who|which|that|whose|where|when)\b/)[0]!) &&
        !PARTICIPLE_PHRASE.test(aside))
    )
      return text;
    // ("…, launched in 2009, watched about 150,000 stars": after a participle aside, an -ed
    // word is the sentence's verb, whatever compromise makes of it without its subject.)
    // ("John Locke, writing in the Two Treatises, | published in 1689, | described …": a
    // participle phrase followed by the verb is still the aside's, of the work it names.)
    const describesAside =
      j < ps.length - 1 &&
      /^\p{Ll}{3,}ed\s+(?:in|by|on|at|from|during)\s/u.test(ps[j]!) &&
      opensWithVerb(ps[j + 1]!);
    if (
      !describesAside &&
      (opensWithVerb(ps[j]!) || (PARTICIPLE_PHRASE.test(aside) && /^\p{Ll}{3,}ed\s/u.test(ps[j]!)))
    )
      return `${ps[0]} ${ps.slice(j).join(', ')}`;
    // An aside is short; a list subject ("Sao Paulo, Minas Gerais and …") is not an aside.
    if (/^(?:and|or)\s/.test(ps[j]!) || j > 4) break;
  }
  return text;
}

/** An amount and its year: "7.7 million tonnes in 1953", "310 parts per million in 1960", "$1.2 billion in 1950". */
// ("about 36 million twenty-foot equivalent units (TEU) in 1980": hyphens and an acronym;
// "1.7 pence in the 1360s": a decade.)
const ITEM = String.raw`(?:(?:about|some|nearly|roughly|over|under|almost|only|more\sthan|less\sthan|fewer\sthan)\s)?\p{Sc}?\d[\d,.]*%?(?:\s(?:million|billion|thousand|per\scent|percent|hundred))?(?:\s[\p{Ll}][\p{Ll}-]*){0,3}?(?:\s\(\p{Lu}+\)|\s\p{Lu}{2,})?\s(?:in|by)\s(?:the\s\d{3}0s|\d{4})`;
/** (A series may open on a range: "from A in 1964 to B in 1967, C in 1970 and D in 1980", "from A to B and C".) */
const SERIES = new RegExp(
  `(?:from\\s(${ITEM})\\sto\\s)?(${ITEM})((?:,\\s${ITEM})*),?\\s(and|to)\\s(${ITEM})`,
  'gu',
);

/** "A in 1950, B in 1951, C in 1952 and D in 1953" → "A in 1950 and D in 1953": a series stated by its span. */
export function seriesSpan(text: string): string {
  return text.replace(
    SERIES,
    (
      m: string,
      from: string | undefined,
      first: string,
      mid: string,
      and: string,
      last: string,
      at: number,
    ) => {
      // A span stands for its series only when it is the whole series ("21 wolves at the end
      // of 1995, 83 in 1998, …": an item before it the pattern cannot read) and the values run
      // one way: "83 in 1998, 174 in 2003 and 94 in 2012" would hide the peak.
      if (/,\s*$/.test(text.slice(0, at))) return m;
      // (Three amounts at least: "from A to B and C"; two alone are their own span.)
      if (!from && !mid) return m;
      const items = [first, ...mid.split(/,\s(?=\S)/).filter(Boolean), last];
      const values = (from ? [from, ...items] : items).map((item) =>
        Number(/\d[\d,]*(?:\.\d+)?/.exec(item)?.[0].replace(/,/g, '') ?? NaN),
      );
      const rising = values.every((v, i) => i === 0 || v >= values[i - 1]!);
      const falling = values.every((v, i) => i === 0 || v <= values[i - 1]!);
      if (!rising && !falling) return m;
      return from ? `from ${from} to ${last}` : `${first} ${and} ${last}`;
    },
  );
}

/**
 * A trailing ", …" that is no clause (an appositive, a participle, a phrase), from the first
 * comma after which no finite verb comes: "…, financing new power stations, coal mines and
 * railways" goes whole. A list of names there stays (lists.ts sets it under its clause).
 */
/** What opens an aside set off by commas inside a clause: a restatement or a relative. */
const ASIDE_OPENS =
  /^(?:or|which|who|whose|whom|roughly|about|nearly|almost|some|around|perhaps|that is|i\.e\.)\s/;

export function dropTrailingPhrase(text: string): string {
  const ps = parts(text);
  if (ps.length < 2) return text;
  // One tagging of the clause: where its finite verbs stand, by offset.
  const ts = tag(text);
  const verbsAt = ts.flatMap((t, i) => (isFinite(ts, i) && t.start >= 0 ? [t.start] : []));
  let at = 0;
  for (let k = 1; k < ps.length; k++) {
    at += ps[k - 1]!.length + 2;
    const rest = ps.slice(k).join(', ');
    // ", judged on a voyage to the West Indies": a participle with its preposition and no
    // subject describes what came before; its verb is no verb of the clause.
    const participle =
      k === ps.length - 1 &&
      /^(?!(?:then|when|even|often|went|meant)\s)\p{Ll}+(?:ed|en|wn|ld|lt|nt)\s(?:on|in|by|at|for|from|with|under|as)\s/u.test(
        ps[k]!,
      );
    // ", well within the accuracy the Act demanded": a phrase of degree opens no clause,
    // whatever verb the relative clause inside it has.
    const degree =
      k === ps.length - 1 &&
      /^(?:(?:well|far|just|roughly|about|nearly|almost|much|still)\s+)?(?:within|below|above|beyond|ahead of|short of|close to|in line with)\s/.test(
        ps[k]!,
      );
    if (
      /^(?:and|or|but)\s/.test(ps[k]!) ||
      rest.split(/\s+/).length < 2 ||
      (verbsAt.some((v) => v >= at) && !participle && !degree)
    )
      continue;
    const before = ps.slice(0, k).join(', ');
    if (!verbsAt.some((v) => v < at)) return text;
    // "…lifted about 194,000 households, or 2 percent of Kenyan households, out of extreme
    // poverty": after an aside set off by commas the clause resumes; its end is what it says.
    if (k >= 2 && ASIDE_OPENS.test(ps[k - 1]!)) return text;
    // "…, Yawata, Fuji and Nippon Kokan": names in a list are what the clause is about.
    const items = rest.split(/,?\s+(?:and|or)\s+|,\s+/);
    if (items.every((item) => /^\p{Lu}/u.test(item))) return text;
    // "…, to tax exports and to discourage new planting": parallel items of a list that began
    // before the comma stay for lists.ts.
    if (
      items.length >= 2 &&
      items[0]!.split(/\s/)[0] === items[items.length - 1]!.split(/\s/)[0] &&
      ps[k - 1]!.includes(` ${items[0]!.split(/\s/)[0]} `)
    )
      return text;
    // The end of a list that began before the comma: "…, fuel $1.6 billion, and machinery …".
    if (
      /^\p{Ll}+(?:\s\p{Ll}+)?$/u.test(ps[k - 1]!.split(/\s(?:of|in|for|to)\s/).pop()!) &&
      /\s(?:and|or)\s/.test(rest) &&
      ps[k]!.split(/\s+/).length <= 3
    )
      return text;
    return before;
  }
  return text;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*`;
/**
 * (Built once; and it looks ahead for " in "/" on " before it looks behind for the place: the
 * look behind, tried first at every offset, cost 50 times as much.)
 */
const PLACE_QUALIFIER = new RegExp(
  `(?=\\s(?:in|on)\\s)(?<=\\b(?:at|in|to|from|near)\\s(?:the\\s)?${PLACE_NAME})\\s(?:in|on)\\s(?:the\\s)?${PLACE_NAME}(?=\\s(?:and|or)\\s|[,;.]|$)`,
  'gu',
);

/** "at Trinity Bay in Newfoundland and at Valentia Island in Ireland": a place's larger place goes. */
export function dropPlaceQualifier(text: string): string {
  return text.replace(PLACE_QUALIFIER, '');
}

/**
 * A leading phrase before the subject: "After an inquiry in 1859-1861, engineers …" →
 * "Engineers …"; a comparison too: "Like a controlled experiment, a stylised case …".
 */
export function dropLeadPhrase(text: string): string {
  const m =
    /^(?:after|before|under|in|during|on|at|for|because|since|although|though|as|with|by|from|between|among|despite|like|unlike|compared (?:with|to))\b[^,;:]{2,80},\s+(?=\S)/i.exec(
      text,
    );
  if (!m) return text;
  let cut = m[0].length;
  // ("At the laboratory in Peoria, Illinois, Andrew Moyer found …": a place's larger place
  // after its comma is still the phrase.)
  const larger = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?,\s+(?=\S)/u.exec(text.slice(cut));
  if (larger && /\p{Lu}[\p{L}.'’-]*,\s+$/u.test(m[0])) cut += larger[0].length;
  const rest = text.slice(cut);
  if (rest.split(/\s+/).length < 4 || !hasFinite(rest) || opensWithVerb(rest)) return text;
  return rest;
}

/**
 * A trailing reason, consequence or purpose: ", because they removed …", ", so the largest
 * …", ", yet it bought …", "… so that its weight can be judged on its own".
 */
export function dropTrailingClause(text: string): string {
  const m =
    /,\s+(?:because|so|yet|since|although|though|as|while|whereas|when)\s[^;]*$|,?\s+so that\s[^;,]*$/.exec(
      text,
    );
  if (!m || m.index < 12) return text;
  return text.slice(0, m.index);
}

/**
 * A trailing example: "… shift with trivial changes of wording, such as whether the man is
 * described as large". Only at the sentence's end: before ", which …" the example may hold
 * what the relative clause is about.
 */
export function dropTrailingExample(text: string): string {
  const m = /,\s+(?:such as|for example|for instance)\s[^;]*$/.exec(text);
  return m && m.index >= 12 ? text.slice(0, m.index) : text;
}

/**
 * The statement inside a subject's aside, when the aside holds a fact the bullet would lose:
 * "In 1854 Cyrus Field, a New York paper merchant who had retired at thirty-three, formed …"
 * → "Cyrus Field had retired at thirty-three" (the relative clause with the subject it
 * describes, in the sentence's own words).
 */
export function asideStatement(text: string): string | undefined {
  const m =
    /^(?:(?:in|on|by|after|before|during)\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}s?,?\s+)?([^,;:]{2,60}),\s+(?:a|an|the)\s[^,;:]*?\s(?:who|which)\s([^,;:]+),\s/iu.exec(
      text,
    );
  if (m && !hasFinite(m[1]!) && opensWithVerb(m[2]!)) return `${m[1]} ${m[2]}`;
  return participleStatement(text) ?? includingStatement(text) ?? workDateStatement(text);
}

/**
 * "John Locke, writing in the Two Treatises of Government, published in 1689, described …":
 * the work a subject wrote in, and when it appeared, between the subject and its verb.
 */
const WORK_DATE_ASIDE =
  /^([^,;:]{2,60}),\s+(?:\p{Ll}+ing\s+)?(?:in|of)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|on|and|the|\p{Lu}[\p{L}'’-]*))*),\s+(published|written|issued|printed|completed)\s+(in\s+\d{4}),\s+(\p{Ll}[^;:]+)$/u;

function workDateStatement(text: string): string | undefined {
  const m = WORK_DATE_ASIDE.exec(text);
  if (!m || hasFinite(m[1]!) || !opensWithVerb(m[5]!)) return undefined;
  const work = m[2]!.replace(/^the\s/, 'The ');
  return `${work.charAt(0).toUpperCase()}${work.slice(1)} was ${m[3]} ${m[4]}`;
}

/**
 * "A cluster of large volcanic eruptions, including Samalas in Indonesia in 1257 and
 * Huaynaputina in Peru in 1600, injected …": the examples between the subject and its verb,
 * stated of the subject ("These included Samalas … and Huaynaputina …").
 */
const INCLUDING_ASIDE = /^(.{2,80}?),\s+including\s+([^,;:]{3,120}),\s+(\p{Ll}[^;:]+)$/u;

function includingStatement(text: string): string | undefined {
  const m = INCLUDING_ASIDE.exec(text);
  if (!m || hasFinite(m[1]!) || !opensWithVerb(m[3]!)) return undefined;
  const head = m[1]!.split(/\s+/).at(-1)!;
  const plural = tag(head)[0]?.tags.has('Plural') || /[^s'’]s$/i.test(head);
  return `${plural ? 'These' : 'This'} included ${m[2]}`;
}

/**
 * "(Others note that) the programme, launched in 1962, was …" → "The programme was launched
 * in 1962": a participle aside between a subject and its verb, stated with the subject; its
 * object too ("Ken Livingstone, elected the first Mayor of London in May 2000, promised …").
 */
const PARTICIPLE_ASIDE =
  /^(?:[^,;:]*?\sthat\s)?([^,;:]{2,60}),\s+(\p{Ll}+(?:\s(?!(?:in|by|on|at|from|under|during|for)\s)[^,;:\s]+){0,6}\s(?:in|by|on|at|from|under|during|for)\s[^,;:]{2,50}),\s+([^,;:]+)/u;

/**
 * The text without the aside `asideStatement` states after its subject (a participle phrase,
 * examples after "including", a work and its date), or undefined.
 */
export function withoutParticipleAside(text: string): string | undefined {
  if (!participleStatement(text)) {
    const m = includingStatement(text) && INCLUDING_ASIDE.exec(text);
    if (m) return `${m[1]} ${m[3]}`;
    const w = workDateStatement(text) && WORK_DATE_ASIDE.exec(text);
    return w ? `${w[1]} ${w[5]}` : undefined;
  }
  const m = PARTICIPLE_ASIDE.exec(text)!;
  const at = m.index + m[0].length - m[3]!.length;
  const asideAt = text.lastIndexOf(`, ${m[2]}`, at);
  return `${text.slice(0, asideAt)} ${text.slice(at)}`;
}

function participleStatement(text: string): string | undefined {
  const m = PARTICIPLE_ASIDE.exec(text);
  if (!m || hasFinite(m[1]!) || !opensWithVerb(m[3]!)) return undefined;
  const participle = tag(`it was ${m[2]!}`)[2];
  if (!participle?.tags.has('PastTense') && !participle?.tags.has('Participle')) return undefined;
  // A subject has no finite verb (checked above), so its head in -s is a plural noun, however
  // the tagger reads "dams" on its own.
  const head = m[1]!.split(/\s+/).at(-1)!;
  const plural =
    tag(head)[0]?.tags.has('Plural') || (/[^s'’]s$/i.test(head) && !/(?:us|is)$/i.test(head));
  const statement = `${m[1]} ${plural ? 'were' : 'was'} ${m[2]}`;
  return statement.charAt(0).toUpperCase() + statement.slice(1);
}

/**
 * A trailing subordinate clause with no number or name in it: "… on the site before it
 * produced any steel", "… more than their value suggests because they removed bottlenecks".
 * Only a clause (a subject and a finite verb after the conjunction), never a phrase ("before
 * World War II").
 */
export function dropTrailingSubordinate(text: string, keep: (clause: string) => boolean): string {
  const m =
    /,?\s(?:before|after|until|when|because|since|while|unless|although|though|once)\s(?=(?:it|they|he|she|we|the|a|an|this|these|its|their|his|her)\s)[^,;]*$/.exec(
      text,
    );
  if (
    !m ||
    !hasFinite(m[0]) ||
    text.slice(0, m.index).split(/\s+/).length < 6 ||
    !hasFinite(text.slice(0, m.index))
  )
    return text;
  // "scanned the brains of volunteers while they considered the dilemmas and reported that
  // …": a report after the clause is the subject's second predicate; only the clause goes.
  const report = REPORT_AFTER_CLAUSE.exec(m[0]);
  if (report) {
    const clause = m[0].slice(0, report.index);
    return keep(clause) ? text : text.slice(0, m.index) + m[0].slice(report.index);
  }
  return keep(m[0]) ? text : text.slice(0, m.index);
}

/** " and reported that …": a second predicate that reports, after a subordinate clause. */
const REPORT_AFTER_CLAUSE =
  /\s+and\s+(?:reported|found|concluded|argued|showed|noted|observed|claimed|estimated|suggested)\s+that\s/;
