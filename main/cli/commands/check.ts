/** `lectern check <deck or folder>...`: validate decks and report every problem. */
import { readDeckFile } from '../../store/read';
import { readArgs } from '../args';
import { EXIT, type Command } from '../command';
import { deckCheckProblems } from '../deck-check';
import { findTargets } from '../decks';
import { displayPath, plural, printProblems } from '../display';
import { out } from '../io';
import { validateWithoutCompiling } from '../validation';

export const check: Command = {
  name: 'check',
  summary: 'validate decks and list their problems',
  usage: [
    'Usage: lectern check <deck or folder>...',
    '',
    'Validates each deck (a deck folder or its .lectern file; a folder is searched for',
    'decks) and runs the deck check on each valid one. Problems are printed to stderr as',
    '"file: where: what", warnings marked "warning:"; a summary line goes to stdout.',
    '',
    'Exit codes: 0 every deck is valid (warnings allowed), 1 a deck is invalid, 2 usage.',
    '',
    'Example: lectern check decks',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(check, argv, {}, { min: 1, what: 'a deck or folder to check' });
    if (typeof args === 'number') return args;
    validateWithoutCompiling();

    const targets = await findTargets(args.positionals);
    for (const miss of targets.missing) printProblems(miss.file, miss.abs, miss.problems);
    let invalid = 0;
    for (const abs of targets.decks) {
      const file = displayPath(abs);
      const opened = await readDeckFile(abs);
      if (!opened.ok) {
        invalid++;
        printProblems(file, abs, opened.problems);
        continue;
      }
      const problems = [...opened.warnings, ...(await deckCheckProblems(abs, opened.value.deck))];
      printProblems(file, abs, problems);
      if (problems.some((p) => p.severity === 'error')) invalid++;
    }
    const unchecked = targets.missing.length
      ? `, ${plural(targets.missing.length, 'path')} could not be checked`
      : '';
    out(`${plural(targets.decks.length, 'deck')} checked, ${invalid} invalid${unchecked}`);
    return invalid > 0 || targets.missing.length > 0 ? EXIT.failure : EXIT.ok;
  },
};
