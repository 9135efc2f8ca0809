/**
 * What stays the lecturer's and never reaches an export: sentence ids (s1.2.3), clean-up
 * remarks ("Left out of the quotation as a garbled repeat: …"), "Source sentences: …" lines
 * and "details missing" notes. Today's drafts keep these in provenance and the Check tab, but
 * decks drafted by earlier versions carry them in their speaker notes; every export's notes
 * pass through `notesForExport`, the one place they are removed.
 */

/** A sentence id of a reading ("s1.2.3") or a run of them ("s1.1.3–5"). */
const SENTENCE_ID = /\bs\d+\.\d+\.\d+(?:[–-]\d+)?\b/;
/** A list of sentence ids, in brackets or not: "(s1.1.1, s1.1.3–5)", "s2.1.4". */
const ID_LIST = new RegExp(
  String.raw`\s*[([]?${SENTENCE_ID.source}(?:\s*[,;]\s*${SENTENCE_ID.source})*[)\]]?`,
  'g',
);
/** A line that is a remark for the lecturer only, dropped whole. */
const REMARK_LINE =
  /^\s*(?:Source sentences?|Sentence ids?)\s*:|^\s*Left out (?:of the quotation )?as a garbled repeat\b|^\s*Left out of the quotation\b|\bdetails missing\b|^\s*No details recorded\b/i;

/** True when `text` still holds something `notesForExport` removes (for tests and checks). */
export function hasLecturerOnlyText(text: string): boolean {
  return SENTENCE_ID.test(text) || text.split('\n').some((line) => REMARK_LINE.test(line));
}

/**
 * Speaker notes as an export shows them: remark lines dropped, sentence ids cut from the
 * text, and the blank lines they leave behind closed up. Notes without any come back unchanged.
 */
export function notesForExport(notes: string): string {
  if (!hasLecturerOnlyText(notes)) return notes;
  const lines = notes
    .split('\n')
    .filter((line) => !REMARK_LINE.test(line))
    .map((line) => {
      const cut = line.replace(ID_LIST, '');
      // "as the reading says (s1.2.3)." → "as the reading says."
      return cut === line ? line : cut.replace(/\s+([.,;:!?])/g, '$1').trimEnd();
    });
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
