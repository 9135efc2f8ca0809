/** `lectern info <deck> [--json]`: what a deck says, for people or for scripts. */
import { summarizeDeck, type DeckSummary, type SlideSummary } from '../../../common/deck/summary';
import { readArgs } from '../args';
import { EXIT, type Command } from '../command';
import { openDeckArg } from '../decks';
import { plural } from '../display';
import { out, outJson } from '../io';
import { validateWithoutCompiling } from '../validation';

export const info: Command = {
  name: 'info',
  summary: 'summarise one deck (slides, text, figures, citations, references)',
  usage: [
    'Usage: lectern info <deck> [--json]',
    '',
    'Prints a summary of the deck (its folder or its .lectern file).',
    '',
    'Options:',
    '  --json      print the summary as JSON, a stable shape for scripts:',
    '              {title, slides: [{id, layout, title, text: [...], notes,',
    '               figures: [{kind, caption, alt}], citations: [{ref, pages}]}],',
    '               references: [{id, label, text, missing, formatted}]}',
    '              formatted: the entry as the references slide prints it, in the',
    "              deck's citation style when it has one",
    '  -h, --help  show this help',
    '',
    'Exit codes: 0 ok, 1 the deck cannot be read or is invalid, 2 usage.',
    '',
    'Example: lectern info decks/western-technology --json',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      info,
      argv,
      { json: { type: 'boolean' } },
      { min: 1, max: 1, what: 'one deck' },
    );
    if (typeof args === 'number') return args;
    validateWithoutCompiling();

    const arg = await openDeckArg(args.positionals[0]!);
    if (!arg) return EXIT.failure;
    const summary = summarizeDeck(arg.opened.deck);
    if (args.values.json) outJson(summary);
    else out(describe(summary));
    return EXIT.ok;
  },
};

/** The readable form: one block per slide, indented text, then the references. */
function describe(summary: DeckSummary): string {
  const lines = [
    summary.title,
    `${plural(summary.slides.length, 'slide')}, ${plural(summary.references.length, 'reference')}`,
  ];
  summary.slides.forEach((slide, i) => lines.push('', ...describeSlide(slide, i + 1)));
  if (summary.references.length) {
    lines.push('', 'References:');
    for (const ref of summary.references) {
      const missing = ref.missing.length ? `  (missing: ${ref.missing.join(', ')})` : '';
      const known = ref.text.trim() !== '' || !ref.missing.includes('title');
      const body = known ? ref.formatted : `${ref.label} (no details)`;
      lines.push(`  ${body}${missing}`.replace(/ +$/, ''));
    }
  }
  return lines.join('\n');
}

function describeSlide(slide: SlideSummary, n: number): string[] {
  const flags = slide.hidden ? ', hidden' : '';
  const lines = [`${n}. ${slide.title || '(untitled)'}  [${slide.layout}, id ${slide.id}${flags}]`];
  if (slide.subtitle) lines.push(`   ${slide.subtitle}`);
  for (const text of slide.text) lines.push(`   - ${text.replace(/\n+/g, ' ')}`);
  for (const fig of slide.figures) {
    lines.push(
      `   Figure (${fig.kind}): ${fig.caption || '(no caption)'}; alt: ${fig.alt || '(none)'}`,
    );
  }
  if (slide.citations.length) {
    lines.push(
      `   Cites: ${slide.citations.map((c) => (c.pages ? `${c.ref} (${c.pages})` : c.ref)).join(', ')}`,
    );
  }
  if (slide.notes) lines.push(`   Notes: ${slide.notes.replace(/\s*\n\s*/g, ' ')}`);
  return lines;
}
