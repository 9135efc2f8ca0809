/**
 * Formatted reference text as runs: plain, italic or bold text, and links (a DOI or URL), so
 * each output draws it its own way (italics on a slide, a link in HTML, text in a PDF or a
 * PowerPoint box) and nothing is ever parsed as HTML.
 */
export interface Run {
  text: string;
  italic?: true;
  bold?: true;
  /** An address the run links to (a DOI as https://doi.org/…, or the URL written). */
  href?: string;
}

/**
 * Private-use characters citeproc writes around styled text (see `engine.ts`); anything of
 * this range in the data itself is removed before formatting, so none can be forged.
 */
export const MARK = {
  italicOpen: '\uE000',
  italicClose: '\uE001',
  boldOpen: '\uE002',
  boldClose: '\uE003',
  marginOpen: '\uE004',
  marginClose: '\uE005',
} as const;
export const MARKS = /[\uE000-\uE00F]/g;

/** The marked text citeproc returned, as runs; a left-margin number is dropped (the label is Lectern's). */
export function toRuns(marked: string): Run[] {
  const runs: Run[] = [];
  let italic = 0;
  let bold = 0;
  let margin = false;
  let text = '';
  const flush = () => {
    if (!text) return;
    const run: Run = { text };
    if (italic > 0) run.italic = true;
    if (bold > 0) run.bold = true;
    const last = runs[runs.length - 1];
    if (last && last.italic === run.italic && last.bold === run.bold) last.text += text;
    else runs.push(run);
    text = '';
  };
  for (const ch of marked) {
    if (ch >= '\uE000' && ch <= '\uE00F') {
      flush();
      if (ch === MARK.italicOpen) italic++;
      else if (ch === MARK.italicClose) italic = Math.max(0, italic - 1);
      else if (ch === MARK.boldOpen) bold++;
      else if (ch === MARK.boldClose) bold = Math.max(0, bold - 1);
      else if (ch === MARK.marginOpen) margin = true;
      else if (ch === MARK.marginClose) margin = false;
      continue;
    }
    if (!margin) text += ch;
  }
  flush();
  // citeproc ends an entry with a newline and may lead with a space once the margin is gone.
  if (runs.length) {
    runs[0]!.text = runs[0]!.text.replace(/^\s+/, '');
    runs[runs.length - 1]!.text = runs[runs.length - 1]!.text.replace(/\s+$/, '');
  }
  return runs.filter((r) => r.text !== '').flatMap(linked);
}

// A web address, without the punctuation that ends its sentence; or a bare DOI ("doi: 10.1/x").
const LINK =
  /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]]|(?<=\bdoi:\s?)10\.\d{4,9}\/[^\s<>"]*[^\s<>".,;:!?)\]]/gi;

/** A run split where it writes a web address or a DOI, those parts linking to it. */
function linked(run: Run): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const m of run.text.matchAll(LINK)) {
    if (m.index > at) out.push({ ...run, text: run.text.slice(at, m.index) });
    out.push({ ...run, text: m[0], href: /^10\./.test(m[0]) ? `https://doi.org/${m[0]}` : m[0] });
    at = m.index + m[0].length;
  }
  if (at === 0) return [run];
  if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  return out;
}

/** The runs as one line of plain text. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
