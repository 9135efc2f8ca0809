/** `lectern generate <source> --out <folder> [--single] [--bib <file>] [--style <style>]`: a reading → draft lecture decks. */
import * as path from 'node:path';
import { CITATION_STYLES, type CitationStyle } from '../../../common/deck/schema';
import { readBibliographyFile } from '../../import/bibliography';
import { keepBibliographyFile } from '../../services/bibliography';
import { generateFromFile, type GenerateOptions } from '../../import/from-file';
import { readArgs, usageError } from '../args';
import { EXIT, type Command } from '../command';
import { displayPath, printProblems } from '../display';
import { out } from '../io';

export const generate: Command = {
  name: 'generate',
  summary: 'turn a reading (.txt, .md, .docx, .pdf) into draft lecture decks',
  usage: [
    'Usage: lectern generate <source> --out <folder> [--single] [--bib <file>] [--style <style>]',
    '',
    'Reads the source (plain text, Markdown, Word .docx or PDF), finds its thematic sections,',
    'citations, quotations and numbers, and writes one deck per section (or one deck with',
    'a divider per section with --single) as <folder>/<slug>/<slug>.lectern, each with a',
    'copy of the reading in sources/. Every slide records the sentences it came from.',
    'Prints the deck files it wrote. Refuses when a deck folder already exists.',
    '',
    'Options:',
    '  -o, --out <folder>  where the deck folders go (required)',
    '  --single            one deck for the whole reading',
    '  --bib <file>        link the works the reading cites to this bibliography (BibTeX,',
    '                      RIS or CSL-JSON) from the start; prints what did not match',
    `  --style <style>     cite in a citation style: ${CITATION_STYLES.join(', ')}`,
    '  -h, --help          show this help',
    '',
    'Exit codes: 0 written, 1 the reading cannot be read or the decks cannot be written, 2 usage.',
    '',
    'Example: lectern generate reading.txt --out decks',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      generate,
      argv,
      {
        out: { type: 'string', short: 'o' },
        single: { type: 'boolean' },
        bib: { type: 'string' },
        style: { type: 'string' },
      },
      { min: 1, max: 1, what: 'the reading to generate from' },
    );
    if (typeof args === 'number') return args;
    const outDir = args.values.out?.trim();
    if (!outDir) return usageError(generate, 'missing --out <folder>');
    const style = args.values.style;
    if (style !== undefined && !(CITATION_STYLES as readonly string[]).includes(style)) {
      return usageError(
        generate,
        `--style must be one of ${CITATION_STYLES.join(', ')}, not "${style}"`,
      );
    }
    const source = path.resolve(args.positionals[0]!);
    const options: GenerateOptions = {
      single: args.values.single === true,
      ...(style ? { style: style as CitationStyle } : {}),
    };
    // The bibliography is read first: a broken one stops the command before any deck is written.
    const bibFile = args.values.bib;
    if (bibFile !== undefined) {
      const bib = await readBibliographyFile(bibFile, displayPath(bibFile));
      if (!bib.ok) {
        printProblems(displayPath(bibFile), bibFile, bib.problems);
        return EXIT.failure;
      }
      printProblems(displayPath(bibFile), bibFile, bib.warnings);
      options.bibliography = bib.value;
    }
    const result = await generateFromFile(source, outDir, options);
    if (!result.ok) {
      printProblems(displayPath(source), source, result.problems);
      return EXIT.failure;
    }
    printProblems(displayPath(source), source, result.warnings);
    // Each deck keeps the bibliography, so the References tab offers it for what did not match.
    if (bibFile !== undefined) {
      for (const file of result.value.files) {
        const kept = await keepBibliographyFile(file, bibFile);
        if (!kept.ok)
          printProblems(
            displayPath(file),
            file,
            kept.problems.map((p) => ({ ...p, severity: 'warning' as const })),
          );
      }
    }
    result.value.files.forEach((file, i) => {
      out(displayPath(file));
      const match = bibFile !== undefined ? result.value.matches?.[i] : undefined;
      if (!match) return;
      const works = match.matched.length + match.unmatched.length;
      out(
        `  ${match.matched.length} of ${works} ${works === 1 ? 'work' : 'works'} linked to ${displayPath(bibFile!)}`,
      );
      for (const u of match.unmatched) out(`  ${u.label}: not matched, ${u.why}`);
    });
    return EXIT.ok;
  },
};
