/**
 * `lectern references <deck> [--import <file>] [--map 1=key,…] [--style <style>]`: links the
 * deck's works to the entries of a bibliography (BibTeX, RIS or CSL-JSON), sets the citation
 * style, and prints the references as the references slide will show them.
 */
import type { Problem } from '../../../common/deck/problems';
import { CITATION_STYLES, type CitationStyle, type Deck } from '../../../common/deck/schema';
import { applyOp, type Op } from '../../../common/ops';
import { bibliographyOps } from '../../../common/references/link';
import { styledReferences } from '../../../common/references/styled';
import { summarizeDeck } from '../../../common/deck/summary';
import { readBibliographyFile } from '../../import/bibliography';
import { keepBibliographyFile } from '../../services/bibliography';
import { saveDeck } from '../../store/save';
import { readArgs, usageError } from '../args';
import { EXIT, type Command } from '../command';
import { openDeckArg } from '../decks';
import { displayPath, plural, printProblems } from '../display';
import { out } from '../io';

export const references: Command = {
  name: 'references',
  summary: "link a deck's references to a bibliography and set its citation style",
  usage: [
    'Usage: lectern references <deck> [--import <file>] [--map <label>=<key>,...] [--style <style>]',
    '',
    'Links each work the deck cites to its entry in a bibliography exported from Zotero,',
    'Mendeley or EndNote: BibTeX (.bib), RIS (.ris) or CSL-JSON (.json). A work is matched by',
    'an author-year label ("Sutton 1971"), a DOI or a title its text gives; a numbered work',
    '("[1]") is matched by --map. Prints what matched and what did not, writes the deck (the',
    'previous file is kept as <name>.lectern.bak), then lists the references as the slide shows them.',
    '',
    'Options:',
    '  --import <file>     the bibliography to link from',
    '  --map <pairs>       say which entry a work is: 1=sutton1971,2=davies1989 (label=key)',
    `  --style <style>     cites and the references slide in a citation style: ${CITATION_STYLES.join(', ')}`,
    '  --dry-run           report what would change, write nothing',
    '  -h, --help          show this help',
    '',
    'Exit codes: 0 ok, 1 the deck or bibliography cannot be read or the deck not saved, 2 usage.',
    '',
    'Example: lectern references decks/western-technology --import course.bib --map 1=sutton1971 --style apa',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      references,
      argv,
      {
        import: { type: 'string' },
        map: { type: 'string', multiple: true },
        style: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      { min: 1, max: 1, what: 'one deck' },
    );
    if (typeof args === 'number') return args;
    const style = args.values.style;
    if (style !== undefined && !(CITATION_STYLES as readonly string[]).includes(style)) {
      return usageError(
        references,
        `--style must be one of ${CITATION_STYLES.join(', ')}, not "${style}"`,
      );
    }
    const map = readMap(args.values.map ?? []);
    if (typeof map === 'string') return usageError(references, map);
    if (map.size && !args.values.import)
      return usageError(
        references,
        '--map needs --import: the entries it names are in a bibliography',
      );

    const arg = await openDeckArg(args.positionals[0]!);
    if (!arg) return EXIT.failure;
    const { abs, file } = arg;
    const { stamp, readOnly } = arg.opened;
    let deck = arg.opened.deck;
    let ops: Op[] = [];
    if (args.values.import) {
      const bibFile = args.values.import;
      const bib = await readBibliographyFile(bibFile, displayPath(bibFile));
      if (!bib.ok) {
        printProblems(displayPath(bibFile), bibFile, bib.problems);
        return EXIT.failure;
      }
      printProblems(displayPath(bibFile), bibFile, bib.warnings);
      const change = bibliographyOps(deck, bib.value, {
        map,
        ...(style ? { style: style as CitationStyle } : {}),
      });
      for (const bad of change.result.badMap) out(`--map ${bad}`);
      if (change.result.badMap.length) return EXIT.usage;
      out(
        `${bib.value.length} ${bib.value.length === 1 ? 'entry' : 'entries'} in ${displayPath(bibFile)}; ${change.result.matched.length} of ${plural(deck.references.length, 'work')} matched`,
      );
      for (const m of change.result.matched) out(`  ${m.label} = ${m.key} (by ${m.by})`);
      for (const u of change.result.unmatched) out(`  ${u.label}: not matched, ${u.why}`);
      ops = change.ops;
    } else if (style && style !== deck.meta.citationStyle) {
      ops = [{ op: 'meta/set', args: { field: 'citationStyle', value: style as CitationStyle } }];
    }
    const next = applyAll(deck, ops);
    if (!next.ok) {
      printProblems(file, abs, next.problems);
      return EXIT.failure;
    }
    deck = next.deck;
    if (ops.length && !args.values['dry-run']) {
      if (readOnly) {
        printProblems(file, abs, [
          {
            where: 'version',
            what: 'is newer than this Lectern understands; it is not changed',
            severity: 'error',
          },
        ]);
        return EXIT.failure;
      }
      const saved = await saveDeck(abs, deck, { expected: stamp });
      if (!saved.ok) {
        printProblems(file, abs, saved.problems);
        return EXIT.failure;
      }
      printProblems(file, abs, saved.warnings);
      out(
        `${file}: saved${saved.value.backup ? `; the previous file is kept as ${displayPath(saved.value.backup)}` : ''}`,
      );
    } else if (ops.length) out(`${file}: nothing written (--dry-run)`);
    // The bibliography stays with the deck, so the References tab offers its entries later.
    if (args.values.import && !args.values['dry-run'] && !readOnly) {
      const bibFile = args.values.import;
      const kept = await keepBibliographyFile(abs, bibFile);
      if (kept.ok) out(`${file}: the bibliography is kept with the deck as ${kept.value}`);
      else
        printProblems(
          file,
          abs,
          kept.problems.map((p) => ({ ...p, severity: 'warning' })),
        );
    }
    out(`\nReferences${deck.meta.citationStyle ? ` (${deck.meta.citationStyle})` : ''}:`);
    // In the order the references slide lists them: by author, or by number.
    const styled = styledReferences(deck);
    const listed = [...summarizeDeck(deck).references].sort((a, b) =>
      styled ? styled.sortKey(a.id) - styled.sortKey(b.id) : 0,
    );
    for (const ref of listed)
      out(
        `  ${ref.formatted}${ref.missing.length ? `  (missing: ${ref.missing.join(', ')})` : ''}`,
      );
    return EXIT.ok;
  },
};

/** "1=sutton1971,2=davies1989" (one or more --map) → label → key; a message when malformed. */
function readMap(values: readonly string[]): Map<string, string> | string {
  const map = new Map<string, string>();
  for (const pair of values.flatMap((v) => v.split(','))) {
    if (!pair.trim()) continue;
    const m = /^\s*\[?([^=\]]+?)\]?\s*=\s*(\S+)\s*$/.exec(pair);
    if (!m) return `--map takes label=key pairs such as 1=sutton1971, not "${pair}"`;
    map.set(m[1]!, m[2]!);
  }
  return map;
}

function applyAll(
  deck: Deck,
  ops: readonly Op[],
): { ok: true; deck: Deck } | { ok: false; problems: Problem[] } {
  let current = deck;
  for (const op of ops) {
    const applied = applyOp(current, op);
    if (!applied.ok) return { ok: false, problems: applied.problems };
    current = applied.deck;
  }
  return { ok: true, deck: current };
}
