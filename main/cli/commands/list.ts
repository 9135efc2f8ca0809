/** `lectern list <folder> [--json]`: the decks under a folder, with titles and sizes. */
import * as path from 'node:path';
import { readDeckFile } from '../../store/read';
import { readArgs } from '../args';
import { EXIT, type Command } from '../command';
import { findDecksUnder } from '../decks';
import { plural, printProblems } from '../display';
import { out, outJson } from '../io';

/** One row of `list --json`; `error` (and no title) when the deck cannot be opened. */
export type ListEntry =
  { path: string; title: string; slides: number } | { path: string; error: string };

export const list: Command = {
  name: 'list',
  summary: 'list the decks under a folder',
  usage: [
    'Usage: lectern list <folder> [--json]',
    '',
    'Lists every deck under the folder, sorted by path (relative to the folder).',
    'A deck that cannot be opened is listed with its first problem.',
    '',
    'Options:',
    '  --json      print [{path, title, slides}] (or {path, error}) as JSON',
    '  -h, --help  show this help',
    '',
    'Exit codes: 0 listed (even if some decks are invalid), 1 the folder cannot be read, 2 usage.',
    '',
    'Example: lectern list decks --json',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      list,
      argv,
      { json: { type: 'boolean' } },
      { min: 1, max: 1, what: 'one folder' },
    );
    if (typeof args === 'number') return args;

    const found = await findDecksUnder(args.positionals[0]!);
    if (!found.ok) {
      printProblems(found.file, found.abs, found.problems);
      return EXIT.failure;
    }
    const entries: ListEntry[] = [];
    for (const abs of found.decks) {
      const rel = path.relative(found.abs, abs).split(path.sep).join('/');
      const opened = await readDeckFile(abs);
      if (opened.ok)
        entries.push({
          path: rel,
          title: opened.value.deck.meta.title,
          slides: opened.value.deck.slides.length,
        });
      else {
        const first = opened.problems[0];
        entries.push({
          path: rel,
          error: first
            ? first.where === abs
              ? first.what
              : `${first.where}: ${first.what}`
            : 'cannot be opened',
        });
      }
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (args.values.json) {
      outJson(entries);
      return EXIT.ok;
    }
    if (!entries.length) {
      out(`No decks under ${found.file}`);
      return EXIT.ok;
    }
    const width = Math.max(...entries.map((e) => e.path.length));
    for (const e of entries) {
      out(
        'error' in e
          ? `${e.path.padEnd(width)}  INVALID: ${e.error}`
          : `${e.path.padEnd(width)}  ${e.title} (${plural(e.slides, 'slide')})`,
      );
    }
    return EXIT.ok;
  },
};
