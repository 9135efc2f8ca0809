/**
 * Short slide titles from a slide's own words. Candidate phrases are the names ("Stalingrad
 * Tractor Plant") and noun phrases ("steel plants") of its bullets, scored TF-IDF style: used
 * often on this slide, rarely in the rest of the reading. The best are turned into a phrase a
 * lecturer would write: "Tractor Plants: Stalingrad and Kharkov", "Steel plants: Magnitogorsk,
 * Kuznets and Zaporozhye", "Interest rate and Germany". Deterministic; at most seven words.
 */
import { dropNarrativeCitations } from '../source/citations';
import { anyNumberWordValue, isStopWord, stem } from '../source/words';
import { cleanToken, nameRuns, type Lexicon } from './lexicon';
import { wordCount } from './condense';
import { agentQuestion } from './nlp/agent-question';
import { headline, MAX_HEADLINE_WORDS } from './nlp/headline';
import { hasFiniteVerb, tag } from './nlp/tag';
import { capitalise, lowerFirst } from './text';

export const MAX_TITLE_WORDS = 7;

interface Candidate {
  /** Stemmed, lower-cased key, comparable with the lexicon's terms. */
  key: string;
  /** As first written on the slide. */
  text: string;
  name: boolean;
  /** Bullets that use it. */
  bullets: Set<number>;
  first: number;
  score: number;
}

/** Words that describe rather than name: never the head of a title phrase. */
const GENERIC = new Set([
  'large',
  'small',
  'great',
  'new',
  'old',
  'largest',
  'smaller',
  'famous',
  'first',
  'other',
  'many',
  'several',
  'various',
  'whole',
  'entire',
  'number',
  'rest',
  'remaining',
  'part',
  'kind',
  'kinds',
  'time',
  'times',
  'year',
  'years',
  'way',
  'lot',
  'help',
  'further',
  'same',
  'similar',
  'such',
  'per',
  'cent',
  'percent',
  'about',
  'some',
  'figure',
  'possibility',
  'problem',
  'matter',
  'case',
  'fact',
  'use',
  'model',
  'another',
  'later',
  'earlier',
  'even',
  'often',
  'last',
  'less',
  'more',
  'most',
  'also',
  'still',
  'yet',
  'much',
  'well',
]);

const contentToken = (w: string) => {
  const lower = w.toLowerCase();
  return (
    w.length >= 3 &&
    !isStopWord(w) &&
    !/\d/.test(w) &&
    !/ly$/.test(w) &&
    !/^[a-z]+(?:ed|ing)$/.test(w) &&
    !SCALE.has(lower) &&
    !VERBS.has(lower) &&
    anyNumberWordValue(lower) === undefined
  );
};
/** Number words, units and what they scale: never part of a title phrase. */
const SCALE = new Set([
  'thousand',
  'million',
  'billion',
  'trillion',
  'hundred',
  'dozen',
  'percent',
  'cent',
  'per',
  'tonnes',
  'tons',
  'tonne',
  'ton',
  'hectares',
  'acres',
  'miles',
  'kilometres',
  'kilometers',
  'km',
  'days',
  'weeks',
  'months',
  'decades',
  'hours',
]);
/** Common verbs in the past tense that do not end in -ed. */
const VERBS = new Set(
  'rose fell grew came went made took gave got held led built brought bought sold found told said saw began became won lost paid kept left met ran set stood spent sent thought wrote drew struck stayed knew meant put cut'.split(
    ' ',
  ),
);

function idf(lex: Lexicon, key: string): number {
  const parts = key.split(' ');
  let df = lex.df.get(key);
  if (df === undefined && parts.length > 2)
    df = Math.min(
      lex.df.get(`${parts[0]} ${parts[1]}`) ?? 1,
      lex.df.get(`${parts[1]} ${parts[2]}`) ?? 1,
    );
  return Math.log((lex.sentences + 1) / ((df ?? 1) + 0.5));
}

function candidates(bullets: readonly string[], lex: Lexicon): Candidate[] {
  const found = new Map<string, Candidate>();
  let order = 0;
  const add = (key: string, text: string, name: boolean, b: number) => {
    const c = found.get(key) ?? {
      key,
      text,
      name,
      bullets: new Set<number>(),
      first: order++,
      score: 0,
    };
    c.bullets.add(b);
    found.set(key, c);
  };
  bullets.forEach((bullet, b) => {
    const names = titleNames(bullet, lex);
    // Only words compromise reads as nouns or adjectives make a topic ("units means" is a clause cut short).
    // (Nor an adverb: "no objection rather than …" gives no topic "Objection rather"; nor a
    // pronoun: "the farmers themselves moved" gives no "Farmers themselves".)
    const verbs = new Set(
      tag(bullet)
        .filter(
          (t) =>
            ((t.tags.has('Verb') || t.tags.has('Adverb')) &&
              !t.tags.has('Noun') &&
              !t.tags.has('Adjective')) ||
            t.tags.has('Pronoun'),
        )
        .map((t) => t.text),
    );
    // "to transmit", "to carry out": a verb after "to" is never a topic.
    const text = bullet.replace(/\bto [a-z]+\b/g, 'to ,');
    for (const r of names) add(`name:${r.text}`, r.text, true, b);
    for (const clause of text.split(
      /[,;:()"“”]|(?:^|\s)(?:because|although|though|while|whereas|unless|whether|if|when|where|but|yet)\s|\s(?:and|or|with|by|for|from|in|of|to|on|at|as|within|without|under|over|through|between|during|after|before|against|among|into|about|than|since|until)\s/i,
    )) {
      const run: string[] = [];
      const flush = () => {
        // Noun phrases end on their head: take the last one, two and three words of each run.
        for (let n = 1; n <= Math.min(3, run.length); n++) {
          const words = run.slice(run.length - n);
          // Names are candidates of their own; a phrase is common words ending on a real head.
          if (words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || lex.midCaps.has(w)))) continue;
          if (GENERIC.has(words[words.length - 1]!.toLowerCase())) continue;
          add(words.map((w) => stem(w)).join(' '), words.join(' '), false, b);
        }
        run.length = 0;
      };
      for (const m of clause.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
        const w = cleanToken(m[0]);
        if (contentToken(w) && !verbs.has(w)) run.push(w);
        else flush();
      }
      flush();
    }
  });
  const list = [...found.values()];
  for (const c of list) {
    const key = c.name ? c.text.toLowerCase().split(/\s+/).map(stem).join(' ') : c.key;
    const n = c.text.split(/\s+/).length;
    const tf = c.bullets.size;
    // A long name is specific already; a longer common phrase is more specific than its head.
    const idfValue = c.name ? idf(lex, key.split(' ').slice(0, 2).join(' ')) : idf(lex, key);
    c.score =
      tf * Math.max(0.1, idfValue) * (c.name ? 1.15 : 1 + 0.35 * (n - 1)) * (tf > 1 ? 1.3 : 1);
  }
  return list.sort((a, b) => b.score - a.score || a.first - b.first);
}

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The names of a bullet worth a title, in order: not the ones the whole reading is about,
 * not months, and not names used as adjectives ("British loan", "U.S. assistance").
 */
function titleNames(bullet: string, lex: Lexicon): { text: string; index: number }[] {
  return nameRuns(bullet, lex.midCaps).filter((r) => {
    if (lex.ubiquitous.has(r.text) || wordCount(r.text) > 4 || MONTH.test(r.text)) return false;
    const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(bullet.slice(r.index + r.text.length))?.[1];
    // "British loan" is an adjective; "Britain introduced" is a name doing something.
    return !(next && /^\p{Ll}/u.test(next) && !isStopWord(next) && !/ed$/.test(next));
  });
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Names that share their last words ("Stalingrad Tractor Plant", "Kharkov Tractor Plant") → "Tractor Plants: Stalingrad and Kharkov". */
function sharedHead(names: readonly Candidate[]): string | undefined {
  const byHead = new Map<string, string[]>();
  for (const c of names) {
    const words = c.text.split(/\s+/);
    for (let k = Math.min(2, words.length - 1); k >= 1; k--) {
      const head = words.slice(words.length - k).join(' ');
      const own = words.slice(0, words.length - k).join(' ');
      if (!/^\p{Lu}/u.test(head)) continue;
      byHead.set(head, [...(byHead.get(head) ?? []), own]);
      break;
    }
  }
  const best = [...byHead.entries()]
    .filter(([, owners]) => new Set(owners).size >= 2)
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (!best) return undefined;
  const owners = [...new Set(best[1])].slice(0, 3);
  const head = best[0].endsWith('s')
    ? best[0]
    : /[^aeiou]y$/.test(best[0])
      ? `${best[0].slice(0, -1)}ies`
      : `${best[0]}s`;
  return `${head}: ${list(owners)}`;
}

/** Joins a phrase and the names used with it while the title stays within seven words. */
function phraseWithNames(phrase: Candidate, bullets: readonly string[], lex: Lexicon): string {
  const midCaps = lex.midCaps;
  const head = capitalise(phrase.name ? phrase.text : keepNameCase(phrase.text, midCaps));
  const chosen: string[] = [];
  // The names of the bullet the phrase first appears in, in the order the bullet gives them.
  const first = Math.min(...phrase.bullets);
  for (const n of titleNames(bullets[first] ?? '', lex)) {
    if (chosen.includes(n.text) || phrase.text.includes(n.text) || n.text.includes(phrase.text))
      continue;
    if (wordCount(head) + wordCount(list([...chosen, n.text])) > MAX_TITLE_WORDS) break;
    chosen.push(n.text);
    if (chosen.length === 3) break;
  }
  return chosen.length ? `${head}: ${list(chosen)}` : head;
}

/** Lower-cases a phrase except its words that are names ("Western technicians" keeps "Western"). */
function keepNameCase(text: string, midCaps: ReadonlySet<string>): string {
  return text
    .split(/\s+/)
    .map((w) => (/^\p{Lu}\p{Ll}/u.test(w) && !midCaps.has(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** A bullet's text for its slide's title, or a claim someone reports with who reports it. */
export type TitleText = string | { who: string; claim: string };

/**
 * Who claims, in as few words as still say who: "Feminist critics such as Carole Pateman" →
 * "Feminist critics"; "In his Discourse on Inequality of 1755, Jean-Jacques Rousseau" →
 * "Rousseau".
 */
function shortWho(who: string): string {
  const bare = who
    .replace(/^[^,]{2,80},\s+(?=\S)/, '')
    .replace(/\s+(?:such as|including|like)\s.*$/, '');
  // (A person's surname; never "Commission" for "The Royal Commission".)
  const person = /^(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}(\p{Lu}[\p{L}'’-]*)$/u.exec(
    bare,
  );
  return person ? person[1]! : bare;
}

/**
 * A title for a slide from its bullets, different from every title in `used` (which it
 * joins). Falls back to `fallback` only when the slide has no usable words.
 */
export function slideTitle(
  texts: readonly TitleText[],
  lex: Lexicon,
  used: Set<string>,
  fallback: string,
): string {
  const bullets = texts.map((t) => (typeof t === 'string' ? t : t.claim));
  // A headline from the lead claim first: the first bullet, in order, whose claim makes one.
  for (const t of texts) {
    // (A title says who claims, not when they published: "Kim and Park (2022) estimate …".)
    const b = dropNarrativeCitations(typeof t === 'string' ? t : t.claim);
    // A claim about "he" or "it" never makes a headline; no need to parse it.
    if (/^(?:[^:]{1,40}:\s+)?(?:he|she|it|they|we|this|these|there)\s/i.test(b)) continue;
    const claim = headline(b);
    // A reported claim is titled with who claims it: "Critics: scheme was a foreign monopoly".
    const said = (who: string) => `${who}: ${lowerFirst(claim!, lex.midCaps)}`;
    const h =
      claim && typeof t !== 'string'
        ? [said(dropNarrativeCitations(t.who)), said(shortWho(dropNarrativeCitations(t.who)))].find(
            (x) => wordCount(x) <= MAX_HEADLINE_WORDS,
          )
        : claim;
    if (!h || wordCount(h) > MAX_HEADLINE_WORDS || used.has(h.toLowerCase())) continue;
    used.add(h.toLowerCase());
    return h;
  }
  // A reported claim too long to title with who claims it still says more than a bare topic.
  for (const t of texts) {
    if (typeof t === 'string') continue;
    const h = headline(dropNarrativeCitations(t.claim));
    if (!h || wordCount(h) > MAX_HEADLINE_WORDS || used.has(h.toLowerCase())) continue;
    used.add(h.toLowerCase());
    return h;
  }
  // No claim fits a headline: a passive claim whose answer is its agent becomes the question
  // the slide answers ("Who built the large enterprises?"), never a bare topic.
  for (const b of bullets) {
    const q = agentQuestion(b, (w) => lex.midCaps.has(w));
    if (!q || used.has(q.toLowerCase())) continue;
    used.add(q.toLowerCase());
    return q;
  }
  const cands = candidates(bullets, lex);
  const names = cands.filter((c) => c.name);
  const phrases = cands.filter((c) => !c.name);
  // "plant" leads only when no "automobile plant" nearly as good says more.
  const head = phrases[0];
  const longer =
    head && phrases.find((c) => c.key.endsWith(` ${head.key}`) && c.score >= head.score * 0.5);
  if (head && longer) {
    phrases.splice(phrases.indexOf(longer), 1);
    phrases.unshift(longer);
  }
  const options: string[] = [];
  const shared = sharedHead([...names.slice(0, 6)].sort((a, b) => a.first - b.first));
  if (shared && wordCount(shared) <= MAX_TITLE_WORDS) options.push(shared);
  const top = cands[0];
  if (top) {
    const bestPhrase = phrases[0];
    // A common-noun phrase leads when it scores near the best name; names then follow it.
    if (bestPhrase && (!top.name || bestPhrase.score >= top.score * 0.6))
      options.push(phraseWithNames(bestPhrase, bullets, lex));
    else options.push(phraseWithNames(top, bullets, lex));
    for (const c of cands.slice(0, 6)) options.push(capitalise(keepNameCase(c.text, lex.midCaps)));
  }
  // Last, a short statement of the slide's own, as written ("The share varies widely"): it
  // says more than the section's name and "(continued)", in as many words as a headline.
  const statements = new Set<string>();
  for (const b of bullets)
    if (
      !/:\s*$/.test(b) &&
      wordCount(b) <= MAX_HEADLINE_WORDS &&
      !/^(?:[^:]{1,40}:\s+)?(?:he|she|it|they|we|this|these|those|there)\s/i.test(b) &&
      hasFiniteVerb(b)
    )
      statements.add(capitalise(b.replace(/[.;,]+$/, '')));
  options.push(...statements);
  // Names alone ("Telegraph Companies: London and Atlantic") say who, not what happened.
  const onlyNames = (t: string) =>
    /^\p{Lu}[\p{L}.'’-]*(?:[\s:,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)*$/u.test(t);
  // A topic with names after a colon ("Steel plants: Magnitogorsk, Kuznets") still makes no claim: the topic alone is plainer.
  const topicAndNames = (t: string) => /:\s*\p{Lu}/u.test(t);
  // ("Growth along": a topic cut before its phrase's noun reads as cut off.)
  const leadsOn = (t: string) => LEADS_ON.test(t);
  return firstUnused(
    options,
    used,
    fallback,
    (t) =>
      !leadsOn(t) &&
      (statements.has(t) ||
        (wordCount(t) <= MAX_TITLE_WORDS && !onlyNames(t) && !topicAndNames(t))),
  );
}

/** A last word that only leads into more: a preposition, conjunction or article. */
const LEADS_ON =
  /\s(?:along|of|to|in|for|with|by|from|on|at|into|onto|across|about|over|under|between|through|towards?|among|and|or|but|the|a|an)$/i;

/**
 * The first option `fits` accepts that no slide of the deck has used yet, else the fallback
 * numbered until it is unused; the choice is recorded in `used`.
 */
function firstUnused(
  options: readonly string[],
  used: Set<string>,
  fallback: string,
  fits: (t: string) => boolean,
): string {
  let t = options.find((o) => o && fits(o) && !used.has(o.toLowerCase()));
  if (t === undefined) {
    t = fallback;
    for (let n = 2; used.has(t.toLowerCase()); n++) t = `${fallback} (${n})`;
  }
  used.add(t.toLowerCase());
  return t;
}

/** Pronouns and other words that never make a quotation's topic. */
const NOT_TOPIC =
  /^(?:we|us|i|me|you|it|they|them|he|she|him|her|one|there|that|which|who|what|all|such|nobody|no-one|everybody|everyone|everything|anybody|anyone|anything|somebody|someone|something|nothing|none)$/;

/**
 * The title of a quote slide: who speaks and what about ("Molotov on this agreement"), else
 * who speaks ("In the words of one economist"), else what about. Who speaks is the reading's
 * attribution, a quoted title dropped ("Soviet magazine"); the topic is the quotation's first
 * noun phrase, in its own words.
 */
export function quoteTitle(
  quote: { text: string; attribution?: string },
  used: Set<string>,
  fallback: string,
): string {
  // ("the political scientist David Butler" is titled by his name.)
  const speaker = (
    quote.attribution?.replace(/\s*["“][^"”]*["”]?\s*$/, '').trim() || quote.attribution?.trim()
  )
    ?.replace(/,\s*\d{4}$/, '')
    .replace(/^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{Ll}-]*\s+)+(?=\p{Lu})/u, '');
  const topic = quoteTopic(quote.text);
  const options = [
    speaker && topic ? `${capitalise(speaker)} on ${topic}` : '',
    speaker ? `In the words of ${speaker}` : '',
    speaker ? capitalise(speaker) : '',
    topic ? `On ${topic}` : '',
  ];
  return firstUnused(options, used, fallback, (t) => wordCount(t) <= MAX_HEADLINE_WORDS);
}

/** Nouns that only frame what a quotation is about: "the field of …", "the question of …". */
const LIGHT_NOUN =
  /^(?:field|area|matter|question|issue|subject|kind|sort|type|part|case|realm|domain|sphere|world|business)$/;

/** Words after which what follows is a verb, whatever the tagger made of it: "One cannot | think well". */
const BEFORE_VERB =
  /^(?:cannot|can't|can’t|not|never|would|could|should|must|might|may|will|shall)$/;

function quoteTopic(text: string): string | undefined {
  const ts = tag(text);
  for (let i = 0; i < ts.length; i++) {
    if (i > 0 && BEFORE_VERB.test(ts[i - 1]!.normal)) continue;
    if (BEFORE_VERB.test(ts[i]!.normal)) continue;
    let j = i;
    while (
      j < ts.length &&
      j - i < 4 &&
      !ts[j]!.tags.has('Verb') &&
      !ts[j]!.tags.has('Date') &&
      ((ts[j]!.tags.has('Determiner') && j === i) ||
        ts[j]!.tags.has('Adjective') ||
        (ts[j]!.tags.has('Noun') && !ts[j]!.tags.has('Pronoun')))
    ) {
      j++;
      if (/[,;:.]/.test(ts[j - 1]!.post)) break;
    }
    const words = ts.slice(i, j);
    // "replaced diversity": a participle read as an adjective is the verb, not the topic.
    while (words.length && /ed$/.test(words[0]!.normal) && !words[0]!.tags.has('Noun'))
      words.shift();
    while (words.length && !words[words.length - 1]!.tags.has('Noun')) words.pop();
    const head = words[words.length - 1];
    // "in the field | of public education": a light noun's topic is what it is "of".
    if (
      head &&
      LIGHT_NOUN.test(head.normal) &&
      ts[j]?.normal === 'of' &&
      j + 1 < ts.length &&
      !/[,;:.]/.test(head.post + ts[j]!.post)
    ) {
      i = j;
      continue;
    }
    if (
      head &&
      // "God's | highest gift": a possessive names whose, not what.
      !/['’]s$/.test(head.text) &&
      !NOT_TOPIC.test(head.normal) &&
      !/^(?:a|an)$/.test(words[0]!.normal) &&
      words.length <= 4
    ) {
      return words
        .map((t) => (t === words[0] && !t.tags.has('ProperNoun') ? t.text.toLowerCase() : t.text))
        .join(' ');
    }
    // Go on from the word that ended this run (the loop's i++ moves to it): a run stopped by a
    // determiner ("against the population monster") must let that determiner start the next.
    i = Math.max(i, j - 1);
  }
  return undefined;
}
