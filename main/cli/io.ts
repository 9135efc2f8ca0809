/**
 * Where the command line writes: results to stdout, problems to stderr. Written through
 * `process.stdout.write` (not `console`) so nothing adds colours or prefixes, and the
 * dispatcher sets `process.exitCode` rather than calling `process.exit`, so long output to a
 * pipe is never cut short.
 */

/** Prints one line (or several joined lines) of the command's result. */
export function out(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Prints one line (or several) about a problem. */
export function err(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

/** Prints a value as stable, indented JSON for scripts. */
export function outJson(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}
