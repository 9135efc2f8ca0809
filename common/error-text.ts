/**
 * What went wrong, in words, from whatever was thrown: an `Error`'s message, or the thrown
 * value itself (a string, a rejected promise's reason). One rule for every layer, so a
 * failure reads the same in a banner, a dialog, the command line and the log.
 */

/** The message to show the lecturer. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The message with its stack, for the log, where a developer reads it. */
export function errorDetail(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
