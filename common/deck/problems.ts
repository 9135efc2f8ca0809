/**
 * Problems are values: where in a file or deck something is wrong, and what, in words a
 * lecturer can act on. Stack traces belong in the log, never in a Problem.
 */
import { z } from 'zod';
export const ProblemSchema = z.object({
  /** A place a person can find: "line 12, column 5", "slides[3].title", "assets/map.png". */
  where: z.string(),
  what: z.string(),
  severity: z.enum(['error', 'warning']),
});

/** One problem; the schema is what the API contract sends it as. */
export type Problem = z.output<typeof ProblemSchema>;

export type Result<T> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function error(where: string, what: string): Problem {
  return { where, what, severity: 'error' };
}

export function warning(where: string, what: string): Problem {
  return { where, what, severity: 'warning' };
}

/** Formats a path from the schema library as `slides[3].blocks[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the deck)';
}

/** One line per problem, as the command line prints them: `file: where: what`. */
export function formatProblem(file: string, p: Problem): string {
  return `${file}: ${p.where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.what}`;
}
