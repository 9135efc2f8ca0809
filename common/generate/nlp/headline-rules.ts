/**
 * The closed word classes headlines rely on, beyond compromise's tags: which verbs need a
 * complement to say anything, which nouns count a part of something, which words open a
 * subordinate clause. Grammar words, not a sample's vocabulary.
 */
import nlp from 'compromise/two';
import type { Tok } from './tag';
import { needsPreposition } from './verb-prepositions';

/** Verbs that say nothing without their complement: "put X into Y", "use X to Y", "treat X as Y". */
const NEEDS_COMPLEMENT = new Set([
  'put',
  'place',
  'lay',
  'use',
  'treat',
  'regard',
  'base',
  'model',
  'depend',
  'rely',
  'consist',
  'amount',
  'belong',
  'refer',
  'result',
  'lead',
]);
/** Verbs whose point is the infinitive after them: "agreed | to equip", "refused | to guarantee". */
const NEEDS_INFINITIVE = new Set([
  'agree',
  'decide',
  'refuse',
  'promise',
  'plan',
  'try',
  'want',
  'hope',
  'offer',
  'fail',
  'manage',
  'intend',
  'attempt',
  'seek',
  'threaten',
  'undertake',
  'vow',
  'pledge',
  'aim',
  'prepare',
  'arrange',
  'choose',
]);

/** Nouns that count a part of something: never the end of a headline before their "of". */
const PARTITIVE =
  /^(?:quarters?|halfs?|halves|thirds?|fifths?|tenths?|fractions?|parts?|shares?|most|rest|remainder|bulk|majority|minority|proportion|percent|per cent|cent|number|amount|lot|lots|piece|pieces|kind|kinds|type|types|sort|sorts|members?|ones?|all|some|each|many|much|few|none|backbone|core|heart|centre|center|top|bottom|end|start|beginning|middle|group|series|set|range|variety|dozens?|hundreds?|thousands?|millions?|billions?|tons?|tonnes?|handful|cost|value|price|level|rate|size|total|sum)$/;
const HEDGES =
  /^(?:about|nearly|almost|roughly|around|approximately|some|only|just|over|under|barely|hardly|at least|more than|less than)$/;
const SUBORDINATORS =
  /^(?:because|as|although|though|while|when|whenever|if|unless|since|whereas|once|until|after|before)$/;
/** Words that can open a verb's particle: "drew up", "carry out", "paid off". */
export const PARTICLE = /^(?:up|out|off|down|away|back)$/;

/** Whether the word is a form of "be". */
export const isBe = (w: string): boolean => /^(?:is|are|was|were|be|been|being|am)$/.test(w);
export const isHedge = (w: string): boolean => HEDGES.test(w);
export const isPartitive = (w: string): boolean => PARTITIVE.test(w);
/** A word that opens a subordinate clause when it leads a sentence: "Because the scale is …,". */
export const isSubordinator = (w: string): boolean => SUBORDINATORS.test(w);

/** compromise's verb morphology (its types leave `methods` loose). */
interface VerbForms {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(infinitive: string, model: unknown): Record<string, string | undefined>;
}
const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: VerbForms } } };
};
const forms = world.methods.two.transform.verb;

function infinitive(w: string): string {
  for (const tense of ['PastTense', 'Participle', 'PresentTense', 'Gerund']) {
    const inf = forms.toInfinitive(w, world.model, tense);
    if (inf && inf !== w) return inf;
  }
  return w;
}

/** Whether the verb `w` (any form) cannot do without the preposition `next` after it ("rested | on"). */
export function verbNeedsPreposition(w: string, next: string): boolean {
  return needsPreposition(w, next) || needsPreposition(infinitive(w), next);
}

/** Whether the verb (any form) says little without the infinitive after it ("agreed to …"). */
export function needsInfinitive(w: string): boolean {
  return w !== '' && (NEEDS_INFINITIVE.has(w) || NEEDS_INFINITIVE.has(infinitive(w)));
}

/** Whether the verb (any form) is one that needs its complement. */
export function needsComplement(w: string): boolean {
  return w !== '' && (NEEDS_COMPLEMENT.has(w) || NEEDS_COMPLEMENT.has(infinitive(w)));
}

/**
 * The simple past of a participle ("taken" → "took", "reached" → "reached"), for "had taken"
 * → "took"; undefined when compromise's morphology does not lead back to the participle.
 */
export function pastOf(participle: string): string | undefined {
  for (const tense of ['Participle', 'PastTense']) {
    const inf = forms.toInfinitive(participle, world.model, tense);
    if (!inf) continue;
    const c = forms.conjugate(inf, world.model);
    if (c.Participle === participle || (c.PastTense === participle && !c.Participle))
      return c.PastTense;
    if (c.PastTense === participle) return participle;
  }
  return undefined;
}

/** The simple past of a gerund ("falling" → "fell"), or undefined when compromise cannot tell. */
export function pastOfGerund(gerund: string): string | undefined {
  const inf = forms.toInfinitive(gerund, world.model, 'Gerund');
  if (!inf || inf === gerund) return undefined;
  const c = forms.conjugate(inf, world.model);
  return c.Gerund === gerund ? c.PastTense : undefined;
}

/** "signing" → "signed", "taking" → "taken": the past participle, for "had signed up …". */
export function participleOfGerund(gerund: string): string | undefined {
  const inf = forms.toInfinitive(gerund, world.model, 'Gerund');
  if (!inf || inf === gerund) return undefined;
  const c = forms.conjugate(inf, world.model);
  return c.Gerund === gerund ? (c.Participle ?? c.PastTense) : undefined;
}

/** Adverbs a headline keeps: hedges, degree and how much ("mostly as grants", "more than eightfold"). */
const KEEP_ADVERB =
  /^(?:mostly|largely|mainly|partly|chiefly|primarily|entirely|wholly|fully|exclusively|slightly|far|much|more|less|most|least|too|very|twice|thrice|half|never|not|no|almost|nearly|roughly|about|approximately|only|just|barely|hardly|scarcely|exactly|at least|rather)$/;
export const keepsAdverb = (w: string): boolean => KEEP_ADVERB.test(w) || HEDGES.test(w);

/** Whether the word after "that" opens a reported clause ("argued that the cable …"). */
export const REPORTING_THAT_NEXT = (t: Tok | undefined): boolean =>
  !!t &&
  // ("argued that for people at low risk the benefit is small": a phrase may open the claim.)
  (t.tags.has('Determiner') ||
    t.tags.has('Preposition') ||
    (t.tags.has('Noun') && !t.tags.has('Pronoun')) ||
    t.tags.has('Adjective') ||
    t.tags.has('Value'));
