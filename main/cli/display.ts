/**
 * How the command line names files and prints problems: paths relative to the current
 * folder when they are inside it (what the user typed), absolute otherwise; one problem per
 * line as `file: where: what`.
 */
import * as path from 'node:path';
import { formatProblem, type Problem } from '../../common/deck/problems';
import { err } from './io';

/** `abs` as the user would type it from here. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/**
 * Prints each problem to stderr as `file: where: what`. A problem whose place is the file
 * itself (the store names the path when it cannot read it) is printed as `file: what`.
 */
export function printProblems(file: string, abs: string, problems: readonly Problem[]): void {
  for (const p of problems) {
    if (p.where === abs || p.where === file)
      err(`${file}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.what}`);
    else err(formatProblem(file, p));
  }
}

/** "1 deck", "3 decks". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
