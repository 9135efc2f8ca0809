/** `lectern new <path> --title T`: create a deck folder with a one-slide deck. */
import * as path from 'node:path';
import { DECK_EXT, createDeck, slugify } from '../../store';
import { readArgs, usageError } from '../args';
import { EXIT, type Command } from '../command';
import { displayPath, printProblems } from '../display';
import { out } from '../io';

export const newDeck: Command = {
  name: 'new',
  summary: 'create a new deck folder with a title slide',
  usage: [
    'Usage: lectern new <path> --title <title>',
    '',
    "Creates the deck folder <path> (its last part is the deck's name: lower-case letters,",
    'digits and "-") holding <name>.lectern, a valid deck with one title slide, and an empty',
    'assets/ folder. Refuses when the folder already exists; nothing is overwritten.',
    '',
    'Options:',
    "  --title <title>  the deck's title (required)",
    '  -h, --help       show this help',
    '',
    'Exit codes: 0 created, 1 the folder exists or cannot be written, 2 usage.',
    '',
    'Example: lectern new decks/week-3 --title "Week 3: Foreign credit"',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      newDeck,
      argv,
      { title: { type: 'string', short: 't' } },
      { min: 1, max: 1, what: 'the path of the new deck folder' },
    );
    if (typeof args === 'number') return args;
    const title = args.values.title?.trim();
    if (title === undefined) return usageError(newDeck, 'missing --title');
    if (title === '') return usageError(newDeck, '--title is empty; a deck needs a title');

    // `new decks/week-3/week-3.lectern` means the same folder as `new decks/week-3`.
    let given = args.positionals[0]!;
    if (given.endsWith(DECK_EXT)) given = path.dirname(given);
    const folder = path.resolve(given);
    const slug = path.basename(folder);
    if (slug !== slugify(slug)) {
      return usageError(
        newDeck,
        `"${slug}" is not a usable deck name; try "${slugify(slug)}" (lower-case letters, digits and "-")`,
      );
    }
    const created = await createDeck(path.dirname(folder), title, { slug });
    if (!created.ok) {
      printProblems(displayPath(folder), folder, created.problems);
      return EXIT.failure;
    }
    printProblems(displayPath(created.value.path), created.value.path, created.warnings);
    out(`Created ${displayPath(created.value.path)} ("${title}", 1 slide)`);
    return EXIT.ok;
  },
};
