/** `lectern generate <source> --out <folder> [--single]`: a reading → draft lecture decks. */
import * as path from 'node:path';
import { generateFromFile } from '../../import/from-file';
import { readArgs, usageError } from '../args';
import { EXIT, type Command } from '../command';
import { displayPath, printProblems } from '../display';
import { out } from '../io';

export const generate: Command = {
  name: 'generate',
  summary: 'turn a reading (.txt, .md, .docx) into draft lecture decks',
  usage: [
    'Usage: lectern generate <source> --out <folder> [--single]',
    '',
    'Reads the source (plain text, Markdown or Word .docx), finds its thematic sections,',
    'citations, quotations and numbers, and writes one deck per section (or one deck with',
    'a divider per section with --single) as <folder>/<slug>/<slug>.lectern, each with a',
    'copy of the reading in sources/. Every slide records the sentences it came from.',
    'Prints the deck files it wrote. Refuses when a deck folder already exists.',
    '',
    'Options:',
    '  -o, --out <folder>  where the deck folders go (required)',
    '  --single            one deck for the whole reading',
    '  -h, --help          show this help',
    '',
    'Exit codes: 0 written, 1 the reading cannot be read or the decks cannot be written, 2 usage.',
    '',
    'Example: lectern generate reading.txt --out decks',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(generate, argv, { out: { type: 'string', short: 'o' }, single: { type: 'boolean' } }, { min: 1, max: 1, what: 'the reading to generate from' });
    if (typeof args === 'number') return args;
    const outDir = args.values.out?.trim();
    if (!outDir) return usageError(generate, 'missing --out <folder>');
    const source = path.resolve(args.positionals[0]!);
    const result = await generateFromFile(source, outDir, { single: args.values.single === true });
    if (!result.ok) {
      printProblems(displayPath(source), source, result.problems);
      return EXIT.failure;
    }
    printProblems(displayPath(source), source, result.warnings);
    for (const file of result.value.files) out(displayPath(file));
    return EXIT.ok;
  },
};
