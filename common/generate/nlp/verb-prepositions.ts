/**
 * Verbs that say nothing without their preposition, by the verb's base form: "rested | on
 * imported machinery", "depended | on credit", "was based | on". After any other verb a
 * preposition opens an adjunct a title may leave out ("Output rose | in 1932"). One table for
 * the headline maker (never stop there) and the draft review (warn when a title does).
 */
const NEEDS_PREPOSITION: Readonly<Record<string, RegExp>> = {
  rest: /^(?:on|upon)$/,
  depend: /^(?:on|upon)$/,
  rely: /^(?:on|upon)$/,
  base: /^(?:on|upon)$/,
  hinge: /^on$/,
  insist: /^on$/,
  focus: /^on$/,
  consist: /^(?:of|in)$/,
  belong: /^to$/,
  amount: /^to$/,
  lead: /^to$/,
  refer: /^to$/,
  contribute: /^to$/,
  resort: /^to$/,
  turn: /^(?:to|into)$/,
  result: /^(?:in|from)$/,
  lie: /^in$/,
  stem: /^from$/,
  derive: /^from$/,
  account: /^for$/,
  deal: /^with$/,
  cope: /^with$/,
  // Verbs of being somewhere say nothing without where: "400-500 Finns worked | in the USSR".
  work: /^(?:in|at|on)$/,
  live: /^(?:in|at|on)$/,
  settle: /^(?:in|at|on)$/,
  stay: /^(?:in|at|on)$/,
  remain: /^(?:in|at|on)$/,
  arrive: /^(?:in|at|on)$/,
  // Verbs of motion say nothing without where: "cargo moved | through ports …".
  move: /^(?:through|to|into|from|across|along|between)$/,
  travel: /^(?:through|to|into|from|across|along|between)$/,
  flow: /^(?:through|to|into|from|across|along|between)$/,
  pass: /^(?:through|to|into|across|along|between)$/,
  // ("75 per cent of the ancestry came | from Anatolia": where from is what "came" says.)
  come: /^(?:from|to|into)$/,
  migrate: /^(?:from|to|into|across)$/,
  spread: /^(?:from|to|into|across|through)$/,
};

/** Whether the verb with base form `root` cannot do without `next` when `next` follows it. */
export function needsPreposition(root: string, next: string): boolean {
  return NEEDS_PREPOSITION[root]?.test(next) === true;
}
