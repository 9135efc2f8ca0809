/**
 * A clause too long for one bullet because it ends on a list ("… were built with the help of
 * Germany, France, Great Britain, …, and Japan") becomes its lead ending in ":" with the
 * whole list as the one bullet under it. A list is never cut into two bullets and never
 * shortened: a lecturer who names nine countries means nine.
 */
import { needsInfinitive } from './nlp/headline-rules';
import { firstFinite, isAux, isFinite, tag } from './nlp/tag';

export interface ListSplit {
  /** The clause up to the list, ending in ":". */
  head: string;
  /** The list as written, from its first item to its last. */
  list: string;
  /**
   * The items one by one, when the list as a whole is over the limit but each item fits
   * ("near 61 percent in the United Kingdom", "50 percent in Germany", "34 percent in …").
   */
  items?: string[];
}

/** An item that opens on an amount: "£15,000 for …", "about 40 percent in …" (not a year). */
const AMOUNT_ITEM =
  /^(?:(?:about|around|roughly|nearly|near|almost|some|over|under)\s)?(?:[$£€¥]|US\$)?(?!(?:1\d{3}|20\d{2})\b)\d/;

/** An item that opens on a preposition and holds a name or a number: "in Sweden in 1921". */
const PREPOSITION_ITEM =
  /^(in|for|at|on|by|from|with|over|under|across|through|into|during|among)\s(?=.*(?:\p{Lu}|\d))/u;

/**
 * Where the list that ends `text` begins, as an offset, or undefined when the text does not
 * end on a list of three or more items ("A, B and C", "to buy …, to tax … and to …").
 */
function listStart(text: string): number | undefined {
  const and = /,?\s+(?:and|or)\s+((?:[^,;:]|,(?=\d{3}))+)$/.exec(text);
  if (!and) return undefined;
  const last = and[1]!;
  // The items between the first and the last are short and have no verb of their own.
  const before = text.slice(0, and.index).split(/,\s+/);
  if (before.length < 2) return undefined;
  let first = before.length - 1;
  // Items are short ("Brazil", "freer trade"), or open as the last does ("to tax exports",
  // "£15,000 for two-thirds of a degree").
  // ("in Germany in 1918, in the United States in 1920, and in Sweden in 1921": each item
  // opens on the last one's preposition.)
  const prep = PREPOSITION_ITEM.exec(last)?.[1];
  const opener = /^to\s/.test(last)
    ? /^to\s/
    : AMOUNT_ITEM.test(last)
      ? AMOUNT_ITEM
      : prep
        ? new RegExp(`^${prep}\\s`)
        : undefined;
  while (
    first > 0 &&
    (opener ? opener.test(before[first]!) : before[first]!.split(/\s+/).length <= 5) &&
    !/[;:]/.test(before[first]!)
  )
    first--;
  // Three items at least: the one in `before[first]`, those after it, and the last.
  if (before.length - first + 1 < 3) return undefined;
  // An item with a past tense or an auxiliary is a clause; a bare present form after a noun
  // is mostly a noun misread ("the export ban").
  // (A verb in the item's relative clause is the item's own: "£3,500 for one that burned …".)
  const verbless = (item: string) => {
    const ts = tag(item);
    const relative = ts.findIndex((t) => /^(?:that|which|who|whom|whose)$/.test(t.normal));
    return !ts.some(
      (t, i) =>
        (relative < 0 || i < relative) && isFinite(ts, i) && (isAux(t) || t.tags.has('PastTense')),
    );
  };
  if (!before.slice(first + 1).every(verbless) || !verbless(last)) return undefined;
  // Items are alike: "financing new power stations" among "coal mines and railways" is a
  // participle phrase, not an item of the list.
  const opensWithVerb = (item: string) => tag(item)[0]?.tags.has('Verb') ?? false;
  if (before.slice(first + 1).some((item) => opensWithVerb(item) !== opensWithVerb(last)))
    return undefined;
  // `before[first]` holds the clause's lead and the first item: find where that item starts,
  // by the way the last item starts.
  const seg = before[first]!;
  const segAt = before.slice(0, first).join(', ').length + (first > 0 ? 2 : 0);
  const others = [...before.slice(first + 1), last].map((item) => ` ${item.toLowerCase()} `);
  const inEvery = (word: string) => others.every((item) => item.includes(` ${word} `));
  let at: number | undefined;
  if (/^to\s/.test(last)) {
    const i = seg.lastIndexOf(' to ');
    at = i < 0 ? undefined : i + 1;
  } else if (prep) {
    // The first item holds as many of the preposition as the last ("in Germany in 1918").
    const each = last.split(/\s+/).filter((w) => w === prep).length;
    const found = [...seg.matchAll(new RegExp(`\\s${prep}\\s`, 'g'))];
    const m = found[found.length - each];
    at = m ? m.index + 1 : undefined;
  } else if (/^\p{Lu}/u.test(last)) {
    // ("Cyprus by about 8400 BCE, Greece by … and Portugal by …": the name is the one before
    // the preposition every item has.)
    const shared = /\s(by|in|at|on|for|from|with|to)\s/.exec(last)?.[1];
    const cut = shared && inEvery(shared) ? seg.lastIndexOf(` ${shared} `) : -1;
    const name = cut > 0 ? seg.slice(0, cut) : seg;
    const m = /(?:^|\s)((?:the\s)?\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|and))*)$/u.exec(
      name,
    );
    at = m ? name.length - m[1]!.length : undefined;
  } else if (/^(?:[$£€¥]|US\$)?\d/.test(last)) {
    // A list of amounts ("61 percent in Britain, 50 percent in Germany and 34 percent in …"):
    // the first item opens on its amount, with the hedge before it ("near 61 percent").
    const m = [
      ...seg.matchAll(
        /(?:^|\s)((?:(?:about|around|roughly|nearly|near|almost|some|over|under)\s)?(?:[$£€¥]|US\$)?(?!(?:1\d{3}|20\d{2})\b)\d)/g,
      ),
    ].pop();
    at = m ? m.index + m[0].length - m[1]!.length : undefined;
  } else {
    // A list of noun phrases: the item is the noun phrase after the last verb or preposition.
    // A preposition every other item has is inside the first item too: "reached Cyprus by
    // about 8400 BCE, Greece by about 6700 BCE and the Atlantic coast … by about 5400 BCE".
    const ts = tag(seg);
    let i = ts.length;
    while (
      i > 0 &&
      !(
        (ts[i - 1]!.tags.has('Preposition') || ts[i - 1]!.normal === 'to') &&
        !inEvery(ts[i - 1]!.normal)
      ) &&
      !isFinite(ts, i - 1)
    )
      i--;
    // The list follows a preposition or the clause's verb, never a word inside a noun phrase
    // ("semi-finished goods $3.4 billion" is no list start).
    const opener = ts[i - 1];
    const ok =
      opener &&
      (opener.tags.has('Preposition') ||
        opener.normal === 'to' ||
        (firstFinite(ts) === i - 1 && !/-/.test(opener.text)));
    at = ok && i < ts.length && ts[i]!.start >= 0 ? ts[i]!.start : undefined;
  }
  if (at === undefined || at <= 0) return undefined;
  // The first item is like the others too: "for the next four decades, falling to … and
  // rising to …" is a phrase followed by two participles, no list.
  if (opensWithVerb(seg.slice(at)) !== opensWithVerb(last)) return undefined;
  return segAt + at;
}

/** The clause's lead and its final list, when both fit the limit; undefined otherwise. */
export function splitList(text: string, limit: number): ListSplit | undefined {
  const at = listStart(text);
  if (at === undefined) return undefined;
  const head = text.slice(0, at).replace(/[\s,;:]+$/, '');
  const list = text.slice(at).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (words(head) < 2 || words(head) + 1 > limit || (list.match(/,/g) ?? []).length < 1)
    return undefined;
  // A list too long for one bullet gives a bullet to each item, all of them as written.
  let items: string[] | undefined;
  if (words(list) > limit) {
    const and = /,?\s+(?:and|or)\s+((?:[^,;:]|,(?=\d{3}))+)$/.exec(list);
    items = and ? [...list.slice(0, and.index).split(/,\s+/), and[1]!] : undefined;
    if (!items || items.some((item) => words(item) > limit || words(item) < 2)) return undefined;
  }
  // The lead's verb, read in the whole clause ("rose | by 5.7 percent …" is the clause's verb;
  // cut from its amount, "rose by" would read as a participle with an agent).
  const ts = tag(text);
  if (!ts.some((t, i) => t.start >= 0 && t.start < at && isFinite(ts, i))) return undefined;
  return { head: `${head}:`, list, ...(items ? { items } : {}) };
}

/** Adjectives said with a phrase of their own: "responsible for", "similar to", "dependent on". */
const WANTS_PHRASE =
  /^(?:responsible|dependent|similar|equal|subject|due|capable|aware|free|close|related|prone|liable|eligible|entitled|exposed|vulnerable|accustomed|committed|opposed|comparable|superior|inferior|identical|prior|according|able|unable)$/;

/** A date that opens a bullet, as lecturers write it: "April 1956: ", "April 1948–June 1952: ". */
const DATE_OPENING =
  /^(?:\d{1,2}\s)?(?:\p{Lu}\p{Ll}+\s)?\d{4}(?:[–-](?:\d{1,2}\s)?(?:\p{Lu}\p{Ll}+\s)?\d{2,4})?:\s/u;

/**
 * Last resort for a clause that is still long and ends on no list: its lead, up to a
 * preposition, ending in ":", with the rest of the clause under it ("1912: the American
 * attorney general sued:" over "to force the sale of the coffee stored in New York"). Every
 * word stays, so every number does; the lead keeps the subject and verb. Of the cuts that
 * leave both parts within the limit, the most even; never inside an amount ("28.3 million
 * tonnes in 1961") or a "from … to …" range.
 */
export function splitAtPhrase(text: string, limit: number): ListSplit | undefined {
  const ts = tag(text);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  // One tagging for every cut: which words are finite verbs, read in the whole clause.
  const finite = ts.map((_, i) => isFinite(ts, i));
  let best: { head: string; rest: string; score: number } | undefined;
  for (let i = 2; i < ts.length - 1; i++) {
    const t = ts[i]!;
    if (
      !/^(?:for|at|with|from|by|in|under|to|on|during|between|into|through|after|before|since|until)$/.test(
        t.normal,
      ) ||
      t.start < 0
    )
      continue;
    const near = ts.slice(Math.max(0, i - 3), i);
    // "was highest in Australia, | at about 60 percent of …": a comma may end the lead when
    // what follows is the last phrase of the clause, with no verb or comma of its own.
    const afterComma = /[,;:]/.test(ts[i - 1]!.post);
    // ("The largest ships grew too: | from about 1,700 TEU …": the reading's own colon, before
    // a phrase with no verb of its own, is where its lead ends.)
    const ownColon = /^:\s*$/.test(ts[i - 1]!.post) && !finite.slice(i).some(Boolean);
    if (
      (afterComma &&
        !ownColon &&
        (!/^,\s*$/.test(ts[i - 1]!.post) ||
          /[,;:]/.test(text.slice(t.start)) ||
          /,\s/.test(text.slice(0, ts[i - 1]!.start)) ||
          finite.slice(i).some(Boolean))) ||
      // ("… to 46.1 per cent, | on a turnout of 82.6 per cent": after a comma the phrase is
      // the clause's own, no longer the amount's.)
      (near.some((x) => x.tags.has('Value')) && !/,/.test(ts[i - 1]!.post)) ||
      (/^(?:to|until)$/.test(t.normal) && ts.slice(0, i).some((x) => x.normal === 'from')) ||
      // "rose from about 36 million units: | in 1980 to 237 million": never inside a range.
      (ts.slice(0, i).some((x) => x.normal === 'from') &&
        ts.slice(i + 1).some((x) => x.normal === 'to')) ||
      // "supply up | to 90 per cent": "up to" is the number's hedge.
      (t.normal === 'to' && ts[i - 1]!.normal === 'up') ||
      // "…, up | from 11.3 percent": an amount's earlier value is said with its "up".
      (/^(?:to|from)$/.test(t.normal) &&
        /^(?:up|down)$/.test(ts[i - 1]!.normal) &&
        /,/.test(ts[i - 2]?.post ?? '')) ||
      // "expected the answer to come | from the sky": an infinitive keeps its phrase.
      (ts[i - 2]?.normal === 'to' && ts[i - 1]!.tags.has('Verb') && !ts[i - 1]!.tags.has('Noun')) ||
      // "had decided | to show their work": an infinitive a verb needs is no phrase to set
      // under it ("sued: | to force the sale …" gives a purpose, and may go under).
      (t.normal === 'to' &&
        !!ts[i + 1]?.tags.has('Infinitive') &&
        needsInfinitive(ts[i - 1]!.normal))
    )
      continue;
    const head = text.slice(0, t.start).replace(/[\s,;:]+$/, '');
    const rest = text.slice(t.start);
    const [h, r] = [words(head), words(rest)];
    if (h > limit || r > limit || h < 3 || r < 5 || !finite.slice(0, i).some(Boolean)) continue;
    // ("7 September 1854: Snow persuaded the Board: | to remove …": a lead with a colon of its
    // own gets no second one.)
    // (The colon of a date that opens the lead is no such colon: "April 1956: McLean sent …:".)
    if (head.replace(DATE_OPENING, '').includes(':')) continue;
    // ("… a good end, but never: | to intend the harm": a lead never ends on what qualifies the rest.)
    if (/^(?:never|not|only|also|even|just|always|often|rather)$/.test(ts[i - 1]!.normal)) continue;
    // ("… the vices of their own societies back: | into the state of nature": a particle and
    // its phrase are one.)
    // (An amount after it is where the change went: "brought the price down: | to about £40".)
    const amountNext =
      !!ts[i + 1]?.tags.has('Value') ||
      /^\p{Sc}/u.test(ts[i + 1]?.text ?? '') ||
      (/^(?:about|some|nearly|roughly|around|just|only|under|over)$/.test(
        ts[i + 1]?.normal ?? '',
      ) &&
        (!!ts[i + 2]?.tags.has('Value') || /^\p{Sc}/u.test(ts[i + 2]?.text ?? '')));
    if (
      /^(?:back|out|up|down|away|off|forward|together|apart)$/.test(ts[i - 1]!.normal) &&
      !amountNext
    )
      continue;
    // ("… suggest that mean temperatures: | in the Northern Hemisphere fell by …": a clause
    // the head opens and leaves without its verb has that verb in the rest.)
    const opener = ts.findLastIndex(
      (x, k) => k < i && /^(?:that|whether|because|although|though|whereas|if)$/.test(x.normal),
    );
    if (opener >= 0 && !finite.slice(opener + 1, i).some(Boolean) && finite.slice(i).some(Boolean))
      continue;
    // The rest is a phrase of the lead's verb, not a clause of its own ("in 1930, about 84
    // were …"), and the cut is not inside an aside between commas, nor after a word that
    // needs what follows ("and that", "a consortium of").
    // A rest with a second predicate of the head's clause is a clause cut in two ("… a phrase
    // Fiske used | in a draft column and later withdrew"), and a participle that opens a
    // phrase of its own wants what follows it (", compared | with roughly 25 percent").
    const secondPredicate = finite.some(
      (f, k) =>
        f &&
        k > i &&
        (/^(?:and|or|but)$/.test(ts[k - 1]!.normal) ||
          ((ts[k - 1]!.tags.has('Adverb') ||
            /^(?:later|then|also|soon)$/.test(ts[k - 1]!.normal)) &&
            /^(?:and|or|but)$/.test(ts[k - 2]?.normal ?? ''))),
    );
    // What follows a comma in the rest is another phrase of the clause ("went: | to the polls,
    // the lowest figure since 1918", "for: | the next four decades, falling to …"), unless the
    // rest is a list of names or amounts ("in Hamburg, Antwerp and New York").
    const listed = rest
      .split(/,\s+/)
      .slice(1)
      .every((part) => /^(?:(?:and|or)\s+)?(?:\p{Lu}|\p{Sc}|\d)/u.test(part));
    // "… had shown that people: | with high blood cholesterol were more likely …": the rest's
    // own verb, with no subject of its own before it, has its subject in the head.
    const own = finite.findIndex((f, k) => f && k >= i);
    // ("four Royal Navy ships: | under Admiral Sir Cloudesley Shovell struck the rocks": a past
    // tense with an object after it is the clause's verb, the head's "ships" a noun misread.)
    const ownVerb = ts[own];
    const mainVerb =
      !!ownVerb &&
      (isAux(ownVerb) ||
        (ownVerb.tags.has('PastTense') &&
          // ("… but serfdom: | in England never recovered its former strength".)
          (!!ts[own + 1]?.tags.has('Determiner') || !!ts[own + 1]?.tags.has('Possessive'))));
    // ("the share of Māori adults who could hold a conversation: | in Māori remained at …":
    // a head whose verbs are all in a relative clause has no verb of its own.)
    const relative = ts.findIndex(
      (x, k) =>
        k < i &&
        (/^(?:who|which|whom|whose)$/.test(x.normal) ||
          // ("households that could pay": "that" after a noun, before its verb.)
          (x.normal === 'that' && !!ts[k - 1]?.tags.has('Noun') && finite[k + 1] === true)),
    );
    const onlyRelative = relative > 0 && finite.findIndex(Boolean) > relative;
    const headless =
      own > i &&
      (mainVerb || onlyRelative) &&
      !ts
        .slice(i, own)
        .some(
          (t) =>
            t.tags.has('Pronoun') || /^(?:that|which|who|whom|whose|and|or|but)$/.test(t.normal),
        );
    if (
      secondPredicate ||
      headless ||
      !listed ||
      // "made each voter responsible | for their own entry": an adjective wants its phrase.
      WANTS_PHRASE.test(ts[i - 1]!.normal) ||
      (ts[i - 1]!.tags.has('Verb') && /,/.test(ts[i - 2]?.post ?? '')) ||
      (/,\s/.test(rest) && (/,\s/.test(head) || finite.slice(i).some(Boolean))) ||
      /^(?:and|or|but|that|which|who|a|an|the|its|their)$/.test(ts[i - 1]!.normal)
    )
      continue;
    const score = Math.max(h, r);
    if (!best || score < best.score) best = { head, rest, score };
  }
  return best && { head: `${best.head}:`, list: best.rest };
}
