/** `lectern migrate <deck>... [--dry-run]`: rewrite older decks at the current version. */
import { DECK_VERSION } from '../../../common/deck/schema';
import { readDeckFile } from '../../store/read';
import { saveDeck } from '../../store/save';
import { readArgs } from '../args';
import { EXIT, type Command } from '../command';
import { findTargets } from '../decks';
import { displayPath, plural, printProblems } from '../display';
import { out } from '../io';

export const migrate: Command = {
  name: 'migrate',
  summary: 'rewrite older decks at the current version, keeping a backup',
  usage: [
    'Usage: lectern migrate <deck or folder>... [--dry-run]',
    '',
    `Rewrites each deck written in an older format at version ${DECK_VERSION}, through the safe`,
    'save: the previous file is kept as <name>.lectern.bak. Reports what changed. A deck',
    'already at the current version is left untouched; a deck from a newer Lectern is refused.',
    '',
    'Options:',
    '  --dry-run   report what would change, write nothing',
    '  -h, --help  show this help',
    '',
    'Exit codes: 0 ok, 1 a deck is invalid or could not be saved, 2 usage.',
    '',
    'Example: lectern migrate decks --dry-run',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      migrate,
      argv,
      { 'dry-run': { type: 'boolean' } },
      { min: 1, what: 'a deck or folder to migrate' },
    );
    if (typeof args === 'number') return args;
    const dryRun = args.values['dry-run'] === true;

    const targets = await findTargets(args.positionals);
    for (const miss of targets.missing) printProblems(miss.file, miss.abs, miss.problems);
    let failed = targets.missing.length;
    let upgraded = 0;
    for (const abs of targets.decks) {
      const file = displayPath(abs);
      const opened = await readDeckFile(abs);
      if (!opened.ok) {
        printProblems(file, abs, opened.problems);
        failed++;
        continue;
      }
      const { deck, migratedFrom, readOnly, stamp } = opened.value;
      if (readOnly) {
        printProblems(
          file,
          abs,
          opened.warnings.filter((w) => w.where === 'version'),
        );
        printProblems(file, abs, [
          {
            where: 'version',
            what: `is newer than this Lectern understands; it cannot be migrated down to version ${DECK_VERSION}`,
            severity: 'error',
          },
        ]);
        failed++;
        continue;
      }
      if (migratedFrom === undefined) {
        out(`${file}: already version ${DECK_VERSION}`);
        continue;
      }
      // What the upgrade changes beyond the version: fields dropped, a byte-order mark removed.
      const changes = opened.warnings
        .filter((w) => w.where !== 'version')
        .map((w) => `  ${w.where}: ${w.what}`);
      const counts = `${plural(deck.slides.length, 'slide')}, ${plural(deck.references.length, 'reference')}`;
      if (dryRun) {
        out(
          `${file}: would upgrade from version ${migratedFrom} to ${DECK_VERSION} (${counts}); nothing written`,
        );
        if (changes.length) out(changes.join('\n'));
        upgraded++;
        continue;
      }
      const saved = await saveDeck(abs, deck, { expected: stamp });
      if (!saved.ok) {
        printProblems(file, abs, saved.problems);
        failed++;
        continue;
      }
      printProblems(file, abs, saved.warnings);
      const backup = saved.value.backup
        ? `; the previous file is kept as ${displayPath(saved.value.backup)}`
        : '';
      out(`${file}: upgraded from version ${migratedFrom} to ${DECK_VERSION} (${counts})${backup}`);
      if (changes.length) out(changes.join('\n'));
      upgraded++;
    }
    const verb = dryRun ? 'would be upgraded' : 'upgraded';
    out(`${plural(targets.decks.length, 'deck')} examined, ${upgraded} ${verb}, ${failed} failed`);
    return failed > 0 ? EXIT.failure : EXIT.ok;
  },
};
