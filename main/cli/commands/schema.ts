/** `lectern schema [--out <file>]`: the deck format as JSON Schema, for editors and scripts. */
import { deckJsonSchemaText } from '../../../common/deck/json-schema';
import { writeFileAtomic } from '../../store/atomic-write';
import { readArgs } from '../args';
import { EXIT, type Command } from '../command';
import { err, out } from '../io';

export const schema: Command = {
  name: 'schema',
  summary: 'print the deck format as JSON Schema',
  usage: [
    'Usage: lectern schema [--out <file>]',
    '',
    'Prints the JSON Schema of a deck file (the "$schema" every saved deck names),',
    'or writes it to a file.',
    '',
    'Options:',
    '  --out <file>  write the schema to this file instead of printing it',
    '  -h, --help    show this help',
    '',
    'Example: lectern schema --out assets/schema/deck-1.schema.json',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      schema,
      argv,
      { out: { type: 'string' } },
      { min: 0, max: 0, what: 'no arguments' },
    );
    if (typeof args === 'number') return args;
    const text = deckJsonSchemaText();
    const file = args.values.out;
    if (typeof file !== 'string') {
      out(text.trimEnd());
      return EXIT.ok;
    }
    const written = await writeFileAtomic(file, new TextEncoder().encode(text));
    if (!written.ok) {
      for (const p of written.problems) err(`${file}: ${p.what}`);
      return EXIT.failure;
    }
    out(`wrote ${file}`);
    return EXIT.ok;
  },
};
