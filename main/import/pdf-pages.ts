/**
 * A PDF reading's pages on its sentences: each sentence records the printed page it starts on
 * and cites the reading itself there ("Kotkin 1995, p. 33"), so every bullet drawn from it
 * carries its page. The reading becomes a work of the deck, labelled by its author and year
 * when the document says them, else by its title; a bibliography entry can describe it later.
 */
import type { SourceModel } from '../../common/source/model';
import type { PdfText } from './pdf';

/** `shift`: characters put before the PDF's own text (a title line) in what was parsed. */
export function citePages(model: SourceModel, pdf: PdfText, shift: number): void {
  const key = readingKey(model, pdf);
  const pageAt = (offset: number): string | undefined => {
    let label: string | undefined;
    for (const p of pdf.pages) {
      if (p.at > offset) break;
      label = p.label;
    }
    return label;
  };
  for (const section of model.sections) {
    for (const paragraph of section.paragraphs) {
      for (const sentence of paragraph.sentences) {
        const page = pageAt(sentence.start - shift);
        if (page === undefined) continue;
        sentence.page = page;
        if (!sentence.citations.some((c) => c.key === key))
          sentence.citations.push({ key, pages: page });
      }
    }
  }
  const range =
    pdf.range.first === pdf.range.last
      ? `p. ${pdf.range.first}`
      : `pp. ${pdf.range.first}–${pdf.range.last}`;
  // As a reference list writes it ("Kotkin, Stephen. Title. pp. 203–204."), so its author and
  // title are read back as the other works' are.
  const text =
    [pdf.author ? invertedAuthors(pdf.author) : undefined, model.title, range]
      .filter(Boolean)
      .join('. ')
      .replace(/\.\./g, '.') + '.';
  if (!model.references.some((r) => r.key === key)) model.references.push({ key, text });
  model.pages = { ...pdf.range, key };
}

/** "Kotkin 1995", "Kotkin", or the reading's title in a few words. */
function readingKey(model: SourceModel, pdf: PdfText): string {
  const first = pdf.author?.split(/\s*(?:;|&|\band\b)\s*/)[0]?.trim();
  // "Kotkin, Stephen" or "Stephen Kotkin": the surname.
  const surname = first
    ? first.includes(',')
      ? first.split(',')[0]!.trim()
      : first.split(/\s+/).pop()!
    : undefined;
  const opening = pdf.text.slice(0, 600);
  const year = /\((1[89]\d\d|20\d\d)\)|©\s*(1[89]\d\d|20\d\d)/.exec(opening);
  if (surname && /^\p{Lu}/u.test(surname))
    return year ? `${surname} ${year[1] ?? year[2]}` : surname;
  return (
    model.title
      .split(/\s+/)
      .slice(0, 6)
      .join(' ')
      .replace(/[.:,;]+$/, '') || 'The reading'
  );
}

/** "Stephen Kotkin and R. W. Davies" → "Kotkin, Stephen and R. W. Davies": the first author surname first. */
function invertedAuthors(authors: string): string {
  const [first = '', ...others] = authors.split(/\s*(?:;|&|\band\b)\s*/).filter(Boolean);
  const words = first.trim().split(/\s+/);
  const head =
    first.includes(',') || words.length < 2
      ? first.trim()
      : `${words.at(-1)}, ${words.slice(0, -1).join(' ')}`;
  return [head, ...others].join(' and ');
}
