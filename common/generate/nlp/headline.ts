/**
 * A slide's headline from its lead claim, the way a lecturer writes one: subject, verb and
 * what the verb needs, in at most eight of the claim's own words ("Land irrigation projects
 * were assisted by Davis", "Pakistan followed a similar path"). Built on compromise's tags
 * (./tag): the subject loses its modifiers after the head, the verb its adverbs (not its
 * hedges or negation), and the rest is cut at a phrase boundary, never mid-phrase.
 *
 * A headline is a complete clause or nothing (the caller then tries another claim):
 * - a verb with an object keeps the object's head noun ("Brazil grew about three quarters of
 *   the world's coffee", never "Brazil grew");
 * - a passive keeps its agent or complement when the claim gives one ("The cable was landed
 *   at Trinity Bay", never "The cable was landed"), and so does a verb that needs one
 *   ("put … into", "use … to": ./headline-rules);
 * - it never ends on a preposition, determiner, possessive, auxiliary or conjunction, nor on
 *   a quantity cut from what it counts ("a quarter" of what?).
 */
import { firstFinite, isAux, isFinite, tag, type Tok } from './tag';
import {
  isBe,
  isHedge,
  keepsAdverb,
  isPartitive,
  isSubordinator,
  needsComplement,
  needsInfinitive,
  pastOf,
  PARTICLE,
  REPORTING_THAT_NEXT,
  verbNeedsPreposition,
} from './headline-rules';

/** The longest headline, in words. */
export const MAX_HEADLINE_WORDS = 8;

const PRONOUN_SUBJECT =
  /^(?:he|she|it|they|we|i|you|this|these|those|that|there|its|their|his|her|them)$/;
/** Words a headline may not end on: they lead into more. */
// ("carried sacks, barrels and crates one | at a time": "one" wants what follows it.)
const OPEN_END =
  /^(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|as|than|that|which|who|its|their|his|her|our|my|your|more|most|such|very|so|not|also|then|each|every|some|any|no|one)$/;
/** Nouns of relation, said with whom: "in partnership with algae", "in competition with". */
const RELATION =
  /^(?:partnership|relationship|relations|contact|competition|cooperation|co-operation|alliance|agreement|trade|conflict|contrast|comparison|symbiosis|union|association)$/;
/** Nouns too general to end a headline on: "surveyed the possibility", "a number". */
const VAGUE =
  /^(?:possibility|number|part|rest|kind|way|matter|case|fact|use|help|lot|amount|figure|problem|assistance|means|basis|sort|type|form)$/;

const HEDGE = /^(?:about|some|nearly|almost|roughly|around|over|under|only)$/;
/** Adjectives that say nothing without their infinitive: "likely to replicate", "able to pay". */
const WANTS_INFINITIVE =
  /^(?:likely|unlikely|able|unable|willing|unwilling|reluctant|eager|ready|quick|slow|first|last|set|due|bound|free|inclined)$/;
/** Words that end a claim as its verb's particle: "passing the language on", "handed it over". */
const FINAL_PARTICLE = /^(?:up|out|off|down|away|back|on|over|in|through|along|around|aside)$/;
/** A preposition, but not a hedge on a number ("about 400-500 American Finns"). */
const isPrep = (t: Tok, next?: Tok) =>
  (t.tags.has('Preposition') || t.normal === 'to' || PREPOSITION.test(t.normal)) &&
  !(t.normal === 'to' && next?.tags.has('Verb') && !next.tags.has('Noun')) &&
  !(HEDGE.test(t.normal) && (next?.tags.has('Value') || next?.tags.has('Determiner')));
/** Prepositions compromise may tag otherwise ("below" as an adjective). */
const PREPOSITION =
  /^(?:below|above|under|beyond|across|along|around|behind|beside|despite|inside|outside|toward|towards|throughout|via|amid|per)$/;
const breaks = (t: Tok) => /[,;:()"“”]/.test(t.post);
const isDateWord = (t: Tok) =>
  t.tags.has('Date') ||
  t.tags.has('Month') ||
  /^\d{4}s?$/.test(t.text) ||
  /^(?:early|late|mid)$/.test(t.normal);
const isConj = (t: Tok) => /^(?:and|or|but|nor)$/.test(t.normal);
const isNegative = (t: Tok) => t.tags.has('Negative') || /^(?:not|never|no longer)$/.test(t.normal);
const isParticiple = (t: Tok) =>
  t.tags.has('Verb') && (t.tags.has('Participle') || t.tags.has('PastTense')) && !isAux(t);
/** Where a noun phrase starts: an object follows the verb. */
const startsNounPhrase = (t: Tok | undefined, next?: Tok) =>
  !!t &&
  !isPrep(t, next) &&
  !isConj(t) &&
  (t.tags.has('Determiner') ||
    t.tags.has('Value') ||
    t.tags.has('Possessive') ||
    (t.tags.has('Noun') && !t.tags.has('Pronoun')) ||
    t.tags.has('Adjective') ||
    (isHedge(t.normal) && !!(next?.tags.has('Value') || next?.tags.has('Determiner'))));

/**
 * "Simmons, Nelson and Simonsohn showed how flexible analysis inflates false positives": what
 * a study showed or found, when the whole claim gives no headline (a finding, not a view:
 * "argued" and "claimed" keep their subject).
 */
const SHOWN =
  /^[^;:]{0,90}?\b(?:showed|has shown|have shown|found|demonstrated|revealed|established|proved|confirmed)\s+(?:that|how)\s+(?=\S)/;

/** A headline for a claim, or undefined when the claim has no plain subject and verb that fit. */
/**
 * Whether `taken` (the words from `end` of `ts`, `n` of them) holds a subordinator whose clause
 * goes on past them to its verb: "Change came when Congress | and the executive branch added".
 */
function opensClauseBeyond(
  ts: readonly Tok[],
  end: number,
  taken: readonly Tok[],
  n: number,
): boolean {
  const at = taken.findIndex((t) => SUBORDINATOR_HEAD.test(t.normal));
  if (at < 0) return false;
  for (let i = end + at + 1; i < ts.length; i++) {
    if (isFinite(ts, i)) return i >= end + n;
    if (breaks(ts[i]!)) return false;
  }
  return false;
}

/** Words that open a clause of time, cause or condition inside a claim. */
const SUBORDINATOR_HEAD = /^(?:when|after|before|because|if|since|until|while|once|where)$/;

/** A law report's citation after a case: " [1932] AC 562", " [2019] UKSC 41". */
const LAW_REPORT =
  /\s*\[(?:1[6-9]|20)\d{2}\]\s+(?:\d{1,3}\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+\d+/u;

/** "75 per cent", as British readings write a share. */
const PER_CENT = /(\d\s?)per cent\b/;

export function headline(claim: string): string | undefined {
  // "decided Donoghue v Stevenson [1932] AC 562 by …": the law report is where the case is
  // printed, no word of the claim.
  if (claim.includes('[') && LAW_REPORT.test(claim))
    return headline(claim.replace(new RegExp(LAW_REPORT, 'gu'), ''));
  // "75 per cent" is read as "75 percent" (compromise reads "per cent" as a rate in coins),
  // and given back as the reading writes it.
  if (claim.includes('per cent') && PER_CENT.test(claim)) {
    const found = headline(claim.replace(new RegExp(PER_CENT, 'g'), '$1percent'));
    return found?.replace(/(\d\s?)percent\b/g, '$1per cent');
  }
  // "Not everyone agrees; some scholars point instead to …": a headline is one clause's,
  // never words from both sides of a semicolon.
  const clauses = claim.split(/;\s+/);
  if (clauses.length > 1) {
    for (const clause of clauses) {
      const one = headline(clause.charAt(0).toUpperCase() + clause.slice(1));
      if (one !== undefined) return one;
    }
    return undefined;
  }
  const own = withoutDanglingDegree(clauseHeadline(claim));
  // "2023: women held:" over its amounts: a headline that stops on the lead's verb is cut
  // before what the verb says.
  if (own !== undefined && /:\s*$/.test(claim) && endsOnVerb(own)) return undefined;
  if (own !== undefined) return own;
  const shown = SHOWN.exec(claim);
  if (!shown) return undefined;
  const found = claim.slice(shown[0].length);
  return withoutDanglingDegree(clauseHeadline(found.charAt(0).toUpperCase() + found.slice(1)));
}

/**
 * A headline without a last adverb of degree, which said how far what followed it held
 * ("Germany paid for the First World War largely | by borrowing …").
 */
function withoutDanglingDegree(h: string | undefined): string | undefined {
  return h?.replace(/\s+(?:largely|mainly|mostly|chiefly|partly|primarily|entirely|wholly)$/, '');
}

/** Whether a headline's last word is a verb that takes an object ("Women held"). */
export function endsOnVerb(h: string): boolean {
  const last = tag(h).at(-1);
  return (
    !!last &&
    last.tags.has('Verb') &&
    !last.tags.has('Noun') &&
    !isBe(last.normal) &&
    // ("Output rose": a verb of change says it all. Not the chart's CHANGE_WORDS, which
    // also hold "reached", "stood" and "went": those say nothing without their amount.)
    !/^(?:rose|fell|grew|declined|doubled|tripled|halved|increased|decreased|dropped|climbed|shrank|expanded|soared|collapsed|multiplied)$/.test(
      last.normal,
    )
  );
}

function clauseHeadline(claim: string): string | undefined {
  // "October 1929: the Soviet government approved …": the date lead is not the headline.
  const body = claim.replace(/^[^:]{1,40}:\s+(?=\S)/, (m) =>
    /\d|January|February|March|April|May|June|July|August|September|October|November|December/.test(
      m,
    )
      ? ''
      : m,
  );
  const ts = tag(body);
  // "Because the pH scale is logarithmic, that fall …": a leading subordinate clause is not the claim.
  const comma = ts.findIndex((t) => breaks(t));
  // "After 1924 Sao Paulo made …" opens with a time, not a clause.
  const subordinate =
    isSubordinator(ts[0]?.normal ?? '') &&
    !!ts[1] &&
    !isDateWord(ts[1]) &&
    !ts[1].tags.has('Value') &&
    firstFinite(ts, 1, comma > 0 ? comma + 1 : ts.length) >= 0;
  // "As the gas dissolves it forms …": without a comma the two clauses cannot be told apart.
  if (subordinate && comma < 0) return undefined;
  const lead = subordinate ? comma + 1 : 0;
  const v = mainVerb(ts, lead);
  if (v <= lead) return undefined;
  const start = subjectStart(ts, v, lead);
  if (start === undefined) return undefined;
  const subj = subjectOf(ts, start, v);
  if (!subj) return undefined;
  const { subject, moved } = subj;

  // The verb group, "had told" → "told", adverbs left out but hedges and negation kept.
  let end = v + 1;
  while (
    end < ts.length &&
    !breaks(ts[end - 1]!) &&
    (isAux(ts[end - 1]!) ||
      ts[end - 1]!.tags.has('Adverb') ||
      isNegative(ts[end - 1]!) ||
      ts[end - 1]!.normal === 'to') &&
    (ts[end]!.tags.has('Verb') ||
      ts[end]!.tags.has('Adverb') ||
      isNegative(ts[end]!) ||
      isAux(ts[end]!) ||
      (ts[end]!.normal === 'to' && ts[end + 1]?.tags.has('Verb')))
  )
    end++;
  // "drew up the plan", "has taken up a quarter": a particle before the object belongs to the verb.
  if (
    end < ts.length &&
    PARTICLE.test(ts[end]!.normal) &&
    !breaks(ts[end - 1]!) &&
    startsNounPhrase(ts[end + 1], ts[end + 2])
  )
    end++;
  let verb = [
    ...moved,
    ...ts
      .slice(v, end)
      .filter(
        (t) =>
          !t.tags.has('Adverb') ||
          keepsAdverb(t.normal) ||
          isNegative(t) ||
          PARTICLE.test(t.normal),
      ),
  ];
  // "were expanded and re-equipped": compromise may read a participle after "be" as an adjective.
  if (
    isBe(verb[verb.length - 1]!.normal) &&
    ts[end]?.tags.has('Adjective') &&
    /[a-z]ed$/.test(ts[end]!.normal) &&
    !breaks(verb[verb.length - 1]!)
  )
    verb.push(ts[end++]!);
  let pastTense: string | undefined;
  if (verb.length >= 2 && verb[0]!.normal === 'had' && isParticiple(verb[1]!)) {
    pastTense = pastOf(verb[1]!.normal);
    if (pastTense) verb = verb.slice(1);
  }
  if (!verb.some((t) => t.tags.has('Verb') || isAux(t))) return undefined;
  let passive = verb.some(
    (t, k) =>
      isBe(t.normal) && verb.slice(k + 1).some((x) => isParticiple(x) || /[a-z]ed$/.test(x.normal)),
  );

  // What follows, to the first comma or clause; a list runs on through its commas and its
  // "and" ("were hunted, trapped and poisoned", "made tractors, trucks and cars").
  let rest: Tok[] = [];
  let listing = /^,\s*$/.test(ts[end - 1]?.post ?? '') && listFollows(ts, end - 1);
  for (let i = end; i < ts.length; i++) {
    const t = ts[i]!;
    if (
      // ("but" is no stop: "was real | but weaker and patchier" cut there says the opposite.)
      /^(?:which|who|while|whereas|because|although|when|where|if|unless|since)$/.test(t.normal) &&
      rest.length
    )
      break;
    // "were expanded and re-equipped with …": a second participle shares the first one's complement.
    const shared =
      passive &&
      !rest.length &&
      ts[i + 1] !== undefined &&
      (isParticiple(ts[i + 1]!) || /[a-z]ed$/.test(ts[i + 1]!.normal));
    if (
      isConj(t) &&
      ts[i + 1] &&
      (isFinite(ts, i + 1) || ts[i + 1]!.tags.has('Pronoun')) &&
      !shared &&
      !listing &&
      // ("a monopoly in all but name": "all but" opens no clause.)
      !(t.normal === 'but' && ts[i - 1]?.normal === 'all')
    )
      break;
    rest.push(t);
    if (isConj(t)) listing = false;
    if (breaks(t)) {
      if (!listing && !listFollows(ts, i)) break;
      listing = true;
    }
  }
  // "was sold slowly between …": a manner adverb after the verb says how; it stays when the
  // headline has room for it and goes first when it has not.
  const manner: Tok[] = [];
  while (
    rest.length > 1 &&
    rest[0]!.tags.has('Adverb') &&
    /ly$/.test(rest[0]!.normal) &&
    !keepsAdverb(rest[0]!.normal) &&
    !isNegative(rest[0]!) &&
    !breaks(rest[0]!) &&
    !rest[0]!.tags.has('Value')
  ) {
    manner.push(rest[0]!);
    rest = rest.slice(1);
  }
  // "was a new plant built in …": a predicate noun that repeats the subject says only what the participle says.
  const head = subject[subject.length - 1]!;
  if (isBe(verb[verb.length - 1]!.normal)) {
    const k = rest.findIndex((t) => t.tags.has('Noun'));
    if (
      k >= 0 &&
      k <= 3 &&
      rest[k]!.normal === head.normal &&
      rest.slice(0, k).every((t) => t.tags.has('Determiner') || t.tags.has('Adjective'))
    ) {
      if (!rest[k + 1] || !isParticiple(rest[k + 1]!)) return undefined;
      verb = [...verb, rest[k + 1]!];
      rest = rest.slice(k + 2);
      passive = true;
    }
  }
  // "argued that the cable needed …": the complementiser goes, the reported clause must then be whole.
  let clause = false;
  if (
    rest[0]?.normal === 'that' &&
    !isBe(verb[verb.length - 1]!.normal) &&
    REPORTING_THAT_NEXT(rest[1])
  ) {
    rest = rest.slice(1);
    clause = true;
  }

  const mainWord =
    verb
      .filter((t) => t.tags.has('Verb') && !isAux(t))
      .map((t) => t.normal)
      .pop() ?? '';
  // "rested on …", "depended on …": the preposition is part of what the verb says.
  // ("worked | in Karelia": the preposition the verb needs opens what follows it.)
  const needsNext = rest[0] !== undefined && verbNeedsPreposition(mainWord, rest[0].normal);
  const verbNeeds = needsComplement(mainWord) || needsNext;
  // "Ford agreed in 1929 | to equip a car works": the infinitive is what was agreed.
  const toVerb = (ws: readonly Tok[], k: number) =>
    ws[k]?.normal === 'to' && ws[k + 1] !== undefined && ws[k + 1]!.tags.has('Verb');
  // "were less likely | to replicate": so is one after an adjective that wants it.
  const adjective = rest.findIndex((t) => WANTS_INFINITIVE.test(t.normal));
  const owesInfinitive =
    (needsInfinitive(mainWord) ||
      // ("were more likely": a kept adverb may follow the verb of being.)
      (isBe([...verb].reverse().find((t) => !t.tags.has('Adverb'))?.normal ?? '') &&
        adjective >= 0 &&
        adjective <= 2 &&
        toVerb(rest, adjective + 1))) &&
    rest.some((_, k) => toVerb(rest, k));
  const hasObject = startsNounPhrase(rest[0], rest[1]);
  // A complement is owed when the claim has one: a passive's agent or place, "put … into".
  const owesComplement =
    (passive || verbNeeds) &&
    rest.some(
      (t, k) => (isPrep(t, rest[k + 1]) && t.normal !== 'of') || (verbNeeds && t.normal === 'to'),
    );
  // The claim with the fullest subject that lets its verb keep what it needs within eight
  // words: "three largest steel plants were built with foreign equipment" (nine) is told
  // as "Largest steel plants were built …" rather than given up for a bare noun.
  // A list that opens on the verb ("were hunted, trapped and poisoned") is its complement.
  const listBefore = /^,\s*$/.test(ts[end - 1]?.post ?? '');
  // What follows the verb to the claim's end: a list may run on past where `rest` stops.
  let tail = rest.length ? ts.slice(ts.indexOf(rest[0]!)) : [];
  const finish = (subject: Tok[], how: readonly Tok[]): string | undefined => {
    if (!agrees(ts, subject, verb)) return undefined;
    const words = [...subject, ...verb, ...how];
    let best: Tok[] | undefined = rest.length === 0 ? [] : undefined;
    for (let n = 1; n <= rest.length && words.length + n <= MAX_HEADLINE_WORDS; n++) {
      const taken = rest.slice(0, n);
      const last = rest[n - 1]!;
      const next = rest[n];
      const after = ts[end + n];
      const inName = after !== undefined && isName(last) && isName(after);
      // A phrase ends before a preposition ("of" only after a plain noun that is not a
      // quantity: "promised a subsidy", never "took a quarter"), before "and"/"or" that open a
      // new noun phrase, before a participle, at a comma, or at the end.
      // "stop passing the language | on": a particle that ends the claim belongs to its verb.
      const particleEnds =
        !!next && rest[n + 1] === undefined && FINAL_PARTICLE.test(next.normal) && !breaks(last);
      const boundary =
        !next ||
        (isPrep(next, rest[n + 1]) &&
          (next.normal !== 'of' || cuttableBeforeOf(rest, n)) &&
          !particleEnds) ||
        (next.normal === 'to' && !isAux(last)) ||
        // "were less likely to replicate | than those …": the comparison's base may go.
        (next.normal === 'than' && last.tags.has('Verb') && !rest[n + 1]?.tags.has('Value')) ||
        (isParticiple(next) && !isAux(last) && !isFinite(ts, end + n)) ||
        // "published nine experiments | claiming that …": an -ing clause of the object.
        (next.tags.has('Gerund') && last.tags.has('Noun') && !isAux(last)) ||
        // "in partnership with algae | that supply …": a relative clause of the object.
        // ("told the Americans | that about two-thirds …" is what was told: a "that" opens a
        // relative clause only before its verb, which compromise may read as a noun: "algae
        // that supply", never "that the", "that about", "that Britain", "that they".)
        (/^(?:that|which|who)$/.test(next.normal) &&
          (next.normal !== 'that' ||
            (!!rest[n + 1] &&
              !/Determiner|Value|Adverb|Adjective|ProperNoun|Pronoun|Preposition/.test(
                [...rest[n + 1]!.tags].join(' '),
              ))) &&
          last.tags.has('Noun') &&
          !last.tags.has('Pronoun') &&
          taken.length > 1) ||
        (isConj(next) &&
          !taken.some((t) => t.normal === 'between') &&
          rest[n + 1] !== undefined &&
          (rest[n + 1]!.tags.has('Determiner') ||
            rest[n + 1]!.tags.has('Value') ||
            rest[n + 1]!.tags.has('Verb') ||
            rest[n + 1]!.tags.has('Adverb') ||
            isPrep(rest[n + 1]!, rest[n + 2]))) ||
        breaks(last);
      // ("in all | but name", "all | but certain": "all but" is one word of degree.)
      const allBut = next?.normal === 'but' && last.normal === 'all';
      // ("13 centimetres | across", "2,300 light-years | away": the measure's own last word.)
      const measureEnds =
        !!next &&
        /^(?:across|long|wide|high|deep|tall|thick|old|away|apart|deep)$/.test(next.normal) &&
        taken.some((t) => t.tags.has('Value'));
      if (
        !boundary ||
        allBut ||
        measureEnds ||
        inName ||
        (weakEnd(rest, n) && !(clause && !next && n > 1 && isFinite(rest, n - 1))) ||
        insideList(tail, n, listBefore)
      )
        continue;
      // "from about 8.2 | to 8.1": a range stays whole; "about how much the aid | caused": so does a question.
      if (next?.normal === 'to' && taken.some((t) => t.normal === 'from')) continue;
      if (next && taken.some((t) => /^(?:how|what|why|whether|who|where)$/.test(t.normal)))
        continue;
      // "Change came when Congress | and the executive branch added …": a clause opened in the
      // headline keeps its verb, or the headline stops before it ("Change came").
      if (next && opensClauseBeyond(ts, end, taken, n)) continue;
      if (
        owesComplement &&
        !taken.some(
          (t, k) =>
            (isPrep(t, taken[k + 1]) || t.normal === 'to') &&
            t.normal !== 'of' &&
            k < n - 1 &&
            (!verbNeeds || passive || k > 0 || needsNext),
        )
      )
        continue;
      if (owesInfinitive && !taken.some((_, k) => toVerb(taken, k))) continue;
      if (clause && !taken.some((t, k) => k > 0 && isFinite(taken, k))) continue;
      // "first | blast furnace at Chiba was lit": a second verb without "that" means the verb was misread.
      if (!clause && taken.some((t) => isAux(t) && !breaks(t))) break;
      best = taken;
    }
    if (best === undefined) {
      // The verb alone makes a headline only when nothing essential follows it ("Credit got
      // cheaper", "Historians disagree about …"): no object, no complement owed.
      if (
        hasObject ||
        owesComplement ||
        owesInfinitive ||
        clause ||
        !rest.length ||
        !isPrep(rest[0]!, rest[1]) ||
        // "Presses were | at work": a verb of being says nothing alone.
        isBe(verb[verb.length - 1]!.normal) ||
        // "Ripple and Beschta argued | in 2012 that …": a report without what it reports.
        ts.slice(end).some((t) => t.normal === 'that')
      )
        return undefined;
      best = [];
    }
    const all = [...words, ...best];
    // ("Critics argued the tariff failed": a reported clause told to its last word, its verb, is whole.)
    const wholeClause =
      clause && best.length === rest.length && best.length > 1 && isFinite(best, best.length - 1);
    if (weakEnd(all, all.length) && best.length && !wholeClause) return undefined;
    let out = join(body, all).replace(/[,;:]+$/, '');
    if (pastTense) out = out.replace(new RegExp(`\\b${verb[0]!.text}\\b`), pastTense);
    if (
      /["“”(]/.test(out) &&
      (out.split(/["“”]/).length % 2 === 0 || (out.includes('(') && !out.includes(')')))
    )
      return undefined;
    return out.charAt(0).toUpperCase() + out.slice(1);
  };
  for (const s of subjectsToFit(subject)) {
    const h = (manner.length ? finish(s, manner) : undefined) ?? finish(s, []);
    if (h) return h;
  }
  // "India imported 18,000 tonnes of Mexican dwarf wheat seed": an object too long with its
  // amount is told by what it is ("India imported Mexican dwarf wheat seed"); the bullet
  // under the title keeps the amount.
  const amount = amountOf(rest);
  if (amount > 0 && !passive && !clause) {
    rest = rest.slice(amount);
    tail = ts.slice(ts.indexOf(rest[0]!));
    for (const s of subjectsToFit(subject)) {
      const h = finish(s, []);
      if (h) return h;
    }
  }
  return undefined;
}

/** Words of a share or a part of a whole: "40 percent of", "a third of", "three of the ten". */
const SHARE_WORD =
  /^(?:percent|per|cent|half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|share|proportion|majority|minority|most|part|fraction|all|none|each|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/;

/**
 * How many words open `rest` with an amount and its "of" ("18,000 tonnes of", "about 40
 * percent of"), when a noun phrase follows; 0 otherwise.
 */
function amountOf(rest: readonly Tok[]): number {
  const of = rest.findIndex((t) => t.normal === 'of');
  if (of < 1 || of > 4 || !rest[of + 1] || breaks(rest[of - 1]!)) return 0;
  const before = rest.slice(0, of);
  if (!before.some((t) => t.tags.has('Value'))) return 0;
  // A share or a part is not an amount: "bought about 40 percent of the cotton" or "three of
  // the ten looms" never loses its number ("bought the cotton").
  if (before.some((t) => SHARE_WORD.test(t.normal) || /%$/.test(t.text) || t.tags.has('Fraction')))
    return 0;
  const amountWord = (t: Tok) =>
    t.tags.has('Value') || isHedge(t.normal) || (t.tags.has('Noun') && !t.tags.has('ProperNoun'));
  if (!before.every(amountWord) || !startsNounPhrase(rest[of + 1], rest[of + 2])) return 0;
  return of + 1;
}

/**
 * The subject as found, then shorter by the words a headline can spare, one at a time: a
 * number that counts the head ("three largest steel plants" → "largest steel plants"), and
 * the "of" phrase kept after an abstract head ("availability of these credits").
 */
function subjectsToFit(subject: readonly Tok[]): Tok[][] {
  const out: Tok[][] = [[...subject]];
  const count = subject.findIndex(
    (t, k) =>
      k < subject.length - 1 &&
      t.tags.has('Value') &&
      !t.tags.has('Date') &&
      !isHedge(subject[k - 1]?.normal ?? '') &&
      // ("1 in 100 patients": the count after "in" is part of the amount.)
      !subject[k - 1]?.tags.has('Value') &&
      (subject[k + 1]!.tags.has('Adjective') || subject[k + 1]!.tags.has('Noun')) &&
      subject[k + 1]!.normal !== 'of' &&
      // ("44 percent of married women": a share is no count to leave out.)
      !/^(?:percent|per|cent|%)$/.test(subject[k + 1]!.normal),
  );
  if (count >= 0) out.push(subject.filter((_, k) => k !== count));
  const of = subject.findIndex((t, k) => k > 0 && t.normal === 'of');
  if (of > 0 && ABSTRACT.test(subject[of - 1]!.normal))
    out.push(...out.map((s) => s.slice(0, s.indexOf(subject[of]!))).filter((s) => s.length));
  return out;
}

/**
 * Whether a cut subject still agrees with its verb: "The harvest of the 20 plants were …"
 * cut to "Harvest were" shows the verb agreed with the phrase that went.
 */
function agrees(ts: readonly Tok[], subject: readonly Tok[], verb: readonly Tok[]): boolean {
  const head = subject[subject.length - 1]!;
  const many = verb.some((t) => /^(?:are|were|have)$/.test(t.normal));
  if (!many || subject.some(isConj) || !head.tags.has('Singular') || isName(head)) return true;
  // ("The police were", "the data were": compromise calls some plurals singular; only a plural
  // noun cut from after the head shows the verb agreed with it.)
  const from = ts.indexOf(head);
  const to = ts.indexOf(verb[0]!);
  return !ts
    .slice(from + 1, to < 0 ? from + 1 : to)
    .some((t) => t.tags.has('Noun') && t.tags.has('Plural'));
}

/** Nouns that name a quality or an act ("availability", "production"): they say little without their "of". */
const ABSTRACT = /^[a-z]{3,}(?:ity|tion|sion|ment|ness|ance|ence)$/;

/** Whether the first `n` words of `ws` stop where more is needed. */
function weakEnd(ws: readonly Tok[], n: number): boolean {
  const last = ws[n - 1];
  if (!last) return false;
  const next = ws[n];
  const prev = ws[n - 2];
  // "the possibility", "a number" are vague; "U.S. assistance", "foreign help" say whose or what kind.
  const specified =
    !!prev &&
    (isName(prev) || prev.tags.has('Adjective')) &&
    !prev.tags.has('Determiner') &&
    !OPEN_END.test(prev.normal);
  // ("kept prices down": a particle after the object ends the verb's phrase.)
  const particle = PARTICLE.test(last.normal) && !!prev?.tags.has('Noun');
  if (
    OPEN_END.test(last.normal) ||
    (isPrep(last) && !particle) ||
    last.tags.has('Determiner') ||
    last.tags.has('Possessive') ||
    last.tags.has('Conjunction') ||
    (VAGUE.test(last.normal) && !specified)
  )
    // ("the cases teach us much", "changed little": at the claim's end it stands for an amount.)
    return !(
      !next &&
      /^(?:much|little|more|less|enough)$/.test(last.normal) &&
      !!prev &&
      !prev.tags.has('Determiner') &&
      !isPrep(prev)
    );
  if (isAux(last) && n > 1 && !(prev && prev.tags.has('Noun'))) return true;
  // "tried to hold wages | down by law": a particle after the object is the verb's own.
  if (next && PARTICLE.test(next.normal) && last.tags.has('Noun') && !breaks(last)) return true;
  // "could feed 10 to 100 times | as many people": a multiple says nothing without its "as".
  if (next?.normal === 'as' && /^(?:times|twice|thrice)$/.test(last.normal)) return true;
  // "live in partnership | with algae": a noun of relation says nothing without whom.
  if (next?.normal === 'with' && RELATION.test(last.normal)) return true;
  // "a new", "the early": an adjective before its noun.
  if (
    last.tags.has('Adjective') &&
    next &&
    (next.tags.has('Noun') || next.tags.has('Adjective') || next.tags.has('Value')) &&
    !breaks(last)
  )
    return true;
  // "to drive": an infinitive whose object follows; "was a new plant built": a participle that needs its phrase.
  // (At the very end of the claim the infinitive is whole: "Ford agreed to help".)
  // ("to replicate | than those …": what follows is the comparison's base, not an object.)
  if (
    last.tags.has('Verb') &&
    prev?.normal === 'to' &&
    next !== undefined &&
    next.normal !== 'than'
  )
    return true;
  if (
    last.tags.has('Verb') &&
    (last.tags.has('Participle') || last.tags.has('Gerund') || last.tags.has('PastTense')) &&
    !isName(last) &&
    n > 1 &&
    !(prev && isConj(prev)) &&
    !(prev && (isAux(prev) || isNegative(prev)))
  )
    return true;
  // "put the loss at 1 | to 3 percent", "surveyed 410 | fast-food restaurants", "3 | percent":
  // a number cut from its range, its unit or what it counts says something else.
  if (last.tags.has('Value') && !isDateWord(last) && next && !breaks(last)) {
    const after = ws[n + 1];
    if (
      (next.tags.has('Value') && !isDateWord(next)) ||
      /^(?:percent|per|%)$/.test(next.normal) ||
      (next.tags.has('Noun') && !isDateWord(next) && !next.tags.has('Pronoun')) ||
      (/^(?:to|and|or|-|–)$/.test(next.normal) && !!after?.tags.has('Value'))
    )
      return true;
  }
  // "stood near 61 percent | in the United Kingdom": an amount without the place it is of.
  if (
    (last.tags.has('Value') || /^(?:percent|%)$/.test(last.normal) || last.tags.has('Unit')) &&
    !isDateWord(last) &&
    next &&
    /^(?:in|at|for)$/.test(next.normal) &&
    !breaks(last)
  ) {
    const place = ws[n + 1]?.normal === 'the' ? ws[n + 2] : ws[n + 1];
    if (place && isName(place)) return true;
  }
  // "about three quarters": a quantity without what it counts.
  if ((last.tags.has('Value') || isPartitive(last.normal)) && next?.normal === 'of') return true;
  // "by less | than one point", "rather | than": a comparison that is nothing without its
  // "than" ("reflect more sunlight | than dark roofs" says something without it).
  if (next?.normal === 'than' && /^(?:less|more|fewer|rather|other)$/.test(last.normal))
    return true;
  // "rested | on imported machinery": a verb without the preposition it cannot do without.
  if (last.tags.has('Verb') && next && verbNeedsPreposition(last.normal, next.normal)) return true;
  return false;
}

/**
 * Whether the comma after `ts[i]` goes on a list: an item of its own before the list's "and"
 * or "or", a few words on, no other stop between ("tractors, trucks and cars"; not ", and the
 * workers went home", nor ", the workers …").
 */
function listFollows(ts: readonly Tok[], i: number): boolean {
  if (!/^,\s*$/.test(ts[i]?.post ?? '')) return false;
  const next = ts[i + 1];
  if (!next || isConj(next) || next.tags.has('Determiner') || next.tags.has('Pronoun'))
    return false;
  for (let k = i + 1; k < Math.min(ts.length, i + 6); k++) {
    if (isConj(ts[k]!)) return k > i + 1;
    if (/[;:()]/.test(ts[k]!.post) || isFinite(ts, k)) return false;
  }
  return false;
}

/**
 * Whether the first `n` words of `rest` stop inside a list ("hunted, trapped | and poisoned",
 * "hunted, | trapped and poisoned"): a comma in them, and the list's "and" or "or" not yet
 * followed by its last item.
 */
function insideList(rest: readonly Tok[], n: number, commaBefore: boolean): boolean {
  // ("were hunted, | trapped and poisoned": the comma may end the verb before `rest`.)
  const comma = commaBefore ? -1 : rest.slice(0, n).findIndex((t) => /^,\s*$/.test(t.post));
  if (comma < 0 && !commaBefore) return false;
  const and = rest.findIndex((t, k) => k > comma && isConj(t));
  if (
    and <= comma + 1 ||
    rest.slice(comma + 1, and).some((t) => /[;:()]/.test(t.post)) ||
    !listFollows(rest, comma)
  )
    return commaBefore && and > 0 && n < and + 2;
  return n < and + 2;
}

/** "a subsidy | of £14,000" may end there; "a quarter | of the carbon dioxide", "the backbone | of …" may not. */
function cuttableBeforeOf(rest: readonly Tok[], n: number): boolean {
  const last = rest[n - 1]!;
  if (
    !last.tags.has('Noun') ||
    last.tags.has('Value') ||
    last.tags.has('Date') ||
    last.tags.has('Duration') ||
    isName(last) ||
    isPartitive(last.normal) ||
    VAGUE.test(last.normal)
  )
    return false;
  // Only a noun phrase of its own words, opened by an article.
  const np = rest.slice(0, n);
  return (
    np.length >= 2 &&
    /^(?:a|an)$/.test(np[0]!.normal) &&
    np.slice(1).every((t) => t.tags.has('Noun') || t.tags.has('Adjective'))
  );
}

const isName = (t: Tok) => (t.tags.has('ProperNoun') || /^\p{Lu}/u.test(t.text)) && !isDateWord(t);

/** The words as the text writes them: consecutive words keep what stood between them ("thirty-three"). */
function join(text: string, words: readonly Tok[]): string {
  let out = '';
  words.forEach((t, k) => {
    const next = words[k + 1];
    out += t.start >= 0 ? text.slice(t.start, t.end) : t.text;
    if (!next) return;
    const between = t.end >= 0 && next.start >= t.end ? text.slice(t.end, next.start) : ' ';
    // Adjacent in the text: keep the join as written; across a gap: one space.
    // Words next to each other keep what joins them ("thirty-three", "Germany, Sweden").
    const adjacent =
      between.length <= 2 &&
      !/[;:()]/.test(between) &&
      !(between.includes(',') && (next.tags.has('Verb') || isAux(next)));
    out += adjacent ? between : ' ';
  });
  return out;
}

/** Whether a "was", "were", "is" or "are" follows `from` in the same clause, within a few words. */
function beLater(ts: readonly Tok[], from: number): boolean {
  for (let k = from; k < ts.length && k < from + 6; k++) {
    if (/^(?:was|were|is|are)$/.test(ts[k]!.normal)) return true;
    if (
      breaks(ts[k]!) ||
      isFinite(ts, k) ||
      /^(?:as|when|while|because|since|after|before|if|that|which|who|whom|whose|what|how|where|why|whether|and|but|or|until)$/.test(
        ts[k]!.normal,
      )
    )
      return false;
  }
  return false;
}

/**
 * The claim's main verb: the first finite verb from `from` that is not inside a relative
 * clause ("who had retired", "that received a grant").
 */
function mainVerb(ts: readonly Tok[], from: number): number {
  let relative = false;
  let relVerb = false;
  for (let i = from; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1];
    if (
      /^(?:who|which|whom|whose)$/.test(t.normal) ||
      (t.normal === 'that' &&
        i > from &&
        prev?.tags.has('Noun') &&
        !prev.tags.has('Pronoun') &&
        !breaks(prev))
    ) {
      relative = true;
      relVerb = false;
      continue;
    }
    // "The stored coffee": a participle between an article and its noun describes the noun.
    const attributive =
      !!prev &&
      (prev.tags.has('Determiner') ||
        prev.tags.has('Ordinal') ||
        prev.tags.has('Possessive') ||
        (prev.tags.has('Adjective') && i - 1 > from && ts[i - 2]!.tags.has('Determiner'))) &&
      !!ts[i + 1]?.tags.has('Noun') &&
      !isAux(t) &&
      !breaks(prev);
    // "that received a grant": the relative clause's verb, whatever compromise tagged it.
    const relativeVerb =
      relative &&
      !relVerb &&
      (t.tags.has('Verb') ||
        (/[a-z]ed$/.test(t.normal) && /^(?:that|who|which)$/.test(prev?.normal ?? '')));
    // "The Study (4S), published in 1994, enrolled …": a participle that opens an aside after
    // the subject is the aside's; the claim's verb follows the aside's closing comma.
    const aside =
      !relative &&
      !!prev &&
      breaks(prev) &&
      isParticiple(t) &&
      ts.slice(i + 1, -1).some((x, k) => breaks(x) && isFinite(ts, i + 2 + k));
    // (Nor is any verb inside the aside: "…, measured as the extra time a journey took, fell".)
    if (aside) {
      while (i < ts.length - 1 && !breaks(ts[i]!)) i++;
      continue;
    }
    // ("The funding package agreed in 2010 was unusual": a past form after the subject's noun,
    // before a phrase and then "was", describes the noun; "was" is the claim's verb.)
    const reduced =
      !relative &&
      !!prev &&
      prev.tags.has('Noun') &&
      !prev.tags.has('Pronoun') &&
      /[a-z]ed$/.test(t.normal) &&
      !!ts[i + 1]?.tags.has('Preposition') &&
      beLater(ts, i + 2);
    const finite = !attributive && !reduced && (isFinite(ts, i) || relativeVerb);
    if (finite && i > from) {
      if (!relative) return i;
      // The relative clause's own verb; the next verb after a noun is the claim's.
      if (!relVerb) relVerb = true;
      else if (
        prev &&
        !prev.tags.has('Verb') &&
        !isAux(prev) &&
        !isNegative(prev) &&
        !prev.tags.has('Adverb')
      )
        return i;
    }
    if (breaks(t)) relative = false;
  }
  return -1;
}

/**
 * The subject's words for a headline: the head and what comes before it, without the
 * phrases after it ("Land irrigation projects in Turkestan" → "Land irrigation projects"),
 * without its leading article, an acronym in brackets for a long name ("The Ministry of
 * International Trade and Industry (MITI)" → "MITI"), a participle's agent kept when short
 * ("The varieties bred by Norman Borlaug at …" → "varieties bred by Norman Borlaug").
 * `moved`: "never", "not" before the verb, which belong to it.
 */
function subjectOf(
  ts: readonly Tok[],
  start: number,
  v: number,
): { subject: Tok[]; moved: Tok[] } | undefined {
  let subject = ts.slice(start, v);
  const moved: Tok[] = [];
  while (
    subject.length &&
    (isNegative(subject[subject.length - 1]!) ||
      (subject[subject.length - 1]!.tags.has('Adverb') &&
        !subject[subject.length - 1]!.tags.has('Value')))
  ) {
    const t = subject.pop()!;
    if (isNegative(t) || isHedge(t.normal)) moved.unshift(t);
  }
  // A bracketed acronym names the subject in one word.
  // ("(4S)": an acronym may hold a digit.)
  const acronym = subject.findIndex(
    (t) => /\(/.test(t.pre) && /^(?=\d*\p{Lu})[\p{Lu}\d]{2,}$/u.test(t.text),
  );
  if (acronym > 1) subject = [subject[acronym]!];
  // ("The largest survey so far": "so far" goes whole, never leaving "survey far".)
  subject = subject.filter(
    (t, k) =>
      !(/^(?:so|thus)$/.test(t.normal) && subject[k + 1]?.normal === 'far') &&
      !(t.normal === 'far' && /^(?:so|thus)$/.test(subject[k - 1]?.normal ?? '')),
  );
  // ("Registration itself is a barrier": an emphatic reflexive after the subject adds nothing.)
  subject = subject.filter(
    (t, k) =>
      (!t.tags.has('Adverb') || t.tags.has('Value') || keepsAdverb(t.normal)) &&
      !(k > 0 && t.tags.has('Reflexive')),
  );
  // "Others note that by 1976 some 44 percent …": a "that" before a phrase or a noun phrase
  // opens a reported clause; its verb was taken for the sentence's, and there is no subject.
  if (
    subject.some(
      (t, k) =>
        k > 0 &&
        t.normal === 'that' &&
        !!subject[k + 1] &&
        (subject[k + 1]!.tags.has('Preposition') ||
          subject[k + 1]!.tags.has('Determiner') ||
          subject[k + 1]!.tags.has('Value')),
    )
  )
    return undefined;
  // A relative clause inside the subject ends it.
  const rel = subject.findIndex(
    (t, k) =>
      k > 0 &&
      (/^(?:who|which|whom|whose)$/.test(t.normal) ||
        (t.normal === 'that' && subject[k - 1]!.tags.has('Noun'))),
  );
  if (rel > 0) subject = subject.slice(0, rel);
  // "The varieties bred by Norman Borlaug at …": the phrases after the head go; the first
  // "of" only from a long subject, and never after a quantity ("all the backbone of …").
  // (A number before "of" counts a part too: "About 2/3 of the large enterprises".)
  const partitive = subject.some(
    (t, k) =>
      k < 3 &&
      (isPartitive(t.normal) ||
        /^(?:all|most|some|each|many|much|half|none|both|several)$/.test(t.normal) ||
        (t.tags.has('Value') && subject[k + 1]?.normal === 'of')),
  );
  // "The availability of these credits": an abstract head keeps its "of" (the shorter
  // subject is tried after, by subjectsToFit).
  const keepsOf = (k: number) =>
    ABSTRACT.test(subject[k - 1]!.normal) &&
    subject[k + 1] !== undefined &&
    !isPrep(subject[k + 1]!);
  // "More than 70 firms": "than" after "more"/"less" before a number is a hedge, not a phrase.
  const hedgeThan = (k: number) =>
    subject[k]!.normal === 'than' &&
    /^(?:more|less|fewer)$/.test(subject[k - 1]!.normal) &&
    !!subject[k + 1]?.tags.has('Value');
  // "the District of Columbia", "the National Institute for Health and Care Excellence": an
  // "of" or "for" inside a name is no phrase.
  const inName = (k: number) =>
    /^(?:of|for|and|on)$/.test(subject[k]!.normal) &&
    /^\p{Lu}/u.test(subject[k - 1]!.text) &&
    /^\p{Lu}/u.test(subject[k + 1]?.text ?? '');
  // "Death rates among tenants": whom a rate or share is of is what it measures.
  const measureScope = (k: number) =>
    /^(?:among|of|in|for)$/.test(subject[k]!.normal) &&
    /^(?:rates?|shares?|proportions?|percentages?)$/.test(subject[k - 1]!.normal) &&
    subject.length <= 5;
  const cut = subject.findIndex(
    (t, k) =>
      k > 0 &&
      isPrep(t, subject[k + 1]) &&
      !hedgeThan(k) &&
      !inName(k) &&
      !measureScope(k) &&
      (t.normal !== 'of' || (subject.length > 4 && !partitive && !keepsOf(k))),
  );
  if (cut > 0) {
    const before = subject[cut - 1]!;
    if (isParticiple(before)) {
      // "bred by Norman Borlaug": the agent, when it is a short name, says whose.
      const agent: Tok[] = [];
      if (subject[cut]!.normal === 'by')
        for (let k = cut + 1; k < subject.length && isName(subject[k]!) && agent.length < 3; k++)
          agent.push(subject[k]!);
      const kept = subject.slice(0, cut - 1);
      const nextAfter = subject[cut + 1 + agent.length];
      subject =
        agent.length && (!nextAfter || isPrep(nextAfter)) && kept.length + 2 + agent.length <= 6
          ? [...kept, before, subject[cut]!, ...agent]
          : kept;
    } else subject = subject.slice(0, cut);
  }
  // An aside after the head ends the subject: "The first cable, manufactured by …".
  // "The three largest steel plants, Magnitogorsk, Kuznets and Zaporozhye,": names listed
  // after a common noun opened by an article explain it; the noun phrase is the subject
  // ("Germany, Sweden, and Norway" is a list subject and stays whole).
  const explained = (k: number) =>
    /^(?:the|a|an)$/.test(subject[0]!.normal) &&
    subject[k]!.tags.has('Noun') &&
    !isName(subject[k]!) &&
    isName(subject[k + 1]!);
  const comma = subject.findIndex(
    (t, k) =>
      k < subject.length - 1 &&
      breaks(t) &&
      !isConj(subject[k + 1]!) &&
      (!subject.slice(k + 1).some(isConj) || explained(k)),
  );
  if (comma >= 0) subject = subject.slice(0, comma + 1);
  while (
    subject.length &&
    /^(?:the|a|an)$/.test(subject[0]!.normal) &&
    subject[1]?.normal !== 'only'
  )
    subject = subject.slice(1);
  if (!subject.length || subject.length > 6 || PRONOUN_SUBJECT.test(subject[0]!.normal))
    return undefined;
  // "Under it the industry", "President James Buchanan a message": two phrases, not one subject.
  if (
    subject.some(
      (t, k) =>
        t.tags.has('Pronoun') ||
        (k > 0 &&
          t.tags.has('Determiner') &&
          !isPrep(subject[k - 1]!) &&
          !isConj(subject[k - 1]!) &&
          !isNegative(subject[k - 1]!) &&
          !/^(?:all|both|half)$/.test(subject[k - 1]!.normal)),
    )
  )
    return undefined;
  // "The figure had reached …", "The rest were …": a head too general to say what is meant.
  const last = subject[subject.length - 1]!;
  if (VAGUE.test(last.normal) || (isPartitive(last.normal) && subject.length === 1))
    return undefined;
  // A verb inside the subject (other than a participle with its agent) means it was misread.
  if (
    subject.some(
      (t, k) =>
        isFinite(ts, ts.indexOf(t)) &&
        !(isParticiple(t) && (subject[k + 1]?.normal === 'by' || subject[k + 1]?.tags.has('Noun'))),
    )
  )
    return undefined;
  if (!subject.some((t) => t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Acronym')))
    return undefined;
  // A subject that ends on a quantity ("The remaining 1/3") or a function word is cut.
  if (weakEnd(subject, subject.length) && !subject[subject.length - 1]!.tags.has('Noun'))
    return undefined;
  return { subject, moved };
}

/**
 * Where the subject of the verb at `v` starts. The words before the verb are cut at commas;
 * the subject is the last part that is not a time or place phrase ("in 1866"), an aside
 * ("a New York paper merchant who …") or empty; "Germany, Sweden, Denmark, and Norway" stays
 * whole. A leading time ("In 1854 John Snow") is skipped.
 */
function subjectStart(ts: readonly Tok[], v: number, lead: number): number | undefined {
  const parts: Array<[number, number]> = [];
  let from = lead;
  for (let i = lead; i < v; i++) {
    if (breaks(ts[i]!)) {
      parts.push([from, i + 1]);
      from = i + 1;
    }
  }
  parts.push([from, v]);
  // "The first cable, manufactured by Glass, Elliot and Company …, weighed": asides with a verb
  // of their own sit between a plain noun phrase and its verb; that noun phrase is the subject.
  const first = ts.slice(parts[0]![0], parts[0]![1]);
  const aside = parts
    .slice(1)
    .some(([a, b]) =>
      ts
        .slice(a, b)
        .some(
          (t, k) =>
            t.tags.has('Verb') ||
            /^(?:who|which|whose)$/.test(t.normal) ||
            (k === 0 && t.tags.has('Participle')),
        ),
    );
  // ("Congestion, measured as …, fell": a bare noun phrase too.)
  if (
    parts.length > 1 &&
    aside &&
    (/^(?:the|a|an)$/.test(first[0]?.normal ?? '') ||
      first.every((t) => t.tags.has('Noun') || t.tags.has('Adjective'))) &&
    !first.some((t) => t.tags.has('Verb') || isPrep(t))
  )
    return parts[0]![0];
  for (let p = parts.length - 1; p >= 0; p--) {
    const [a, b] = parts[p]!;
    if (a >= b) continue;
    const words = ts.slice(a, b);
    // An aside with its own relative clause is not the subject; "that" in the subject is cut later.
    if (words.some((t) => /^(?:who|which|whom|whose)$/.test(t.normal))) continue;
    if (p > 0 && /^(?:a|an)$/.test(words[0]!.normal)) continue;
    let start = a;
    while (start < b && isPrep(ts[start]!, ts[start + 1])) {
      // "In 1854 John Snow traced …", "Under it the industry …": only a time or a pronoun is skipped.
      let j = start + 1;
      // ("By 1976 | some 44 percent of married women used …": after the time, an amount
      // opens the subject.)
      const timeAt = (k: number) => isDateWord(ts[k]!) || /^\d{4}s?$/.test(ts[k]!.text);
      while (
        j < b &&
        (isDateWord(ts[j]!) ||
          (ts[j]!.tags.has('Determiner') && !(j > start + 1 && timeAt(j - 1))) ||
          (ts[j]!.tags.has('Value') && !(j > start + 1 && timeAt(j - 1) && !timeAt(j))) ||
          ts[j]!.tags.has('Pronoun'))
      )
        j++;
      if (j === start + 1) break;
      start = j;
    }
    // "On a voyage to Jamaica in 1761–62 | H4 lost …": a leading phrase that runs to a year
    // ends there; the subject follows it.
    if (start > a && isPrep(ts[a]!, ts[a + 1])) {
      let y = b - 2;
      while (y >= start && !/^\d{4}/.test(ts[y]!.text)) y--;
      if (y >= start && !ts.slice(start, y).some((t) => t.tags.has('Verb') && !t.tags.has('Noun')))
        start = y + 1;
    }
    if (start >= b || isPrep(ts[start]!, ts[start + 1])) continue;
    // "Germany, Sweden, Denmark, and Norway also provided": a list subject stays whole.
    // "The three largest steel plants, Magnitogorsk, Kuznets and Zaporozhye, were built": the
    // noun phrase the list explains is the subject.
    if (words.some(isConj)) {
      let q = p;
      while (
        q > 0 &&
        parts[q - 1]![1] - parts[q - 1]![0] <= 3 &&
        ts.slice(parts[q - 1]![0], parts[q - 1]![1]).every((t) => t.tags.has('Noun'))
      )
        q--;
      if (q > 0 && /^(?:the|a|an|\d.*)$/i.test(ts[parts[q - 1]![0]]!.normal))
        return parts[q - 1]![0];
      if (q < p || isConj(ts[start]!)) return q < p ? parts[q]![0] : undefined;
    }
    return start;
  }
  return undefined;
}
