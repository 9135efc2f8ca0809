/** Small display helpers shared by the library and the editor. */

/** "12 slides", "1 slide". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** A short local date and time for a file's modification time. */
export function formatWhen(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** One problem as a lecturer reads it: "slides[3].title: must be one line of text". */
export function problemText(p: { where: string; what: string }): string {
  return `${p.where}: ${p.what}`;
}
