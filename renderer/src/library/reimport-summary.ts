/** The status line after "Update the existing decks": what changed, in words a lecturer reads. */
export function updateSummary(
  updated: ReadonlyArray<{ title: string; stale: number; unchanged: boolean }>,
  fileName: string,
): string {
  if (updated.every((u) => u.unchanged))
    return `“${fileName}” is the same reading the decks already have; nothing changed.`;
  const decks = `${updated.length} deck${updated.length === 1 ? '' : 's'}`;
  const marked = updated.filter((u) => u.stale > 0);
  if (!marked.length)
    return `Updated ${decks} with the new “${fileName}”; no slide rests on a sentence that changed.`;
  const list = marked
    .map((u) => `${u.title} (${u.stale} slide${u.stale === 1 ? '' : 's'})`)
    .join(', ');
  return `Updated ${decks} with the new “${fileName}”. Marked for review in Check, where the reading changed under them: ${list}.`;
}
