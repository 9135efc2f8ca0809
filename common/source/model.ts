/**
 * The source model: what the importer reads out of a reading (text, Markdown or .docx),
 * and what generation, provenance and the source pane work from. Ids are deterministic
 * (the same text gives the same ids), so a deck can point at sentences of its source.
 */

export interface SourceModel {
  /** `sha256:<hex>` of the source bytes. */
  hash: string;
  title: string;
  sections: Section[];
  /** Entries of the document's own reference list or footnote definitions; empty when it has none. */
  references: SourceReference[];
  /** Things the importer repaired or could not understand, for the notes and the log. */
  diagnostics: string[];
  /**
   * For a reading with printed pages (a PDF): the first and last page, and the key its
   * sentences cite it by, so a cited page outside them can be found.
   */
  pages?: { first: string; last: string; key: string };
}

export interface Section {
  /** `sec1`, `sec2`, … in document order. */
  id: string;
  /** The number as printed ("1", "l", "II"), if any. */
  number?: string;
  title: string;
  paragraphs: Paragraph[];
  /**
   * Images the reading shows in this section, in document order. Their captions are also
   * paragraphs of the section (so provenance and the source pane reach them), named by
   * `SourceFigure.caption.paragraph`; bullets are made from the other paragraphs only.
   */
  figures?: SourceFigure[];
}

/** An image of the reading with what the reading says about it. */
export interface SourceFigure {
  /** `sec1-f1`: section 1, first figure. */
  id: string;
  /**
   * The image as the reading names it: a Markdown path relative to the reading's folder, or
   * the name the .docx importer gave an embedded image. Only main/ turns it into bytes.
   */
  ref: string;
  /** Offset of the image in the normalised source. */
  start: number;
  /** The id of the last body paragraph before the image; absent when it opens the section. */
  after?: string;
  /** The reading's label, when the caption has one: "Figure 1", "Fig. 2", "Map 3". */
  label?: string;
  /** The caption without its label and citation markers; "" when the reading gives none. */
  caption: string;
  /** The image's own short title (Markdown `![…](path "title")`), when it has one. */
  title?: string;
  /** The image's own description (Markdown alt text, Word's alt text); "" when absent. */
  alt: string;
  /** Citations in the caption (its source, its data). */
  citations: SourceCitation[];
  /** The paragraph holding the caption, and its sentences, when the caption is reading text. */
  captionParagraph?: string;
  /**
   * The file name under the deck's `assets/` that holds the image, set by the importer in
   * main/ once it has the bytes; absent when the image could not be had (see diagnostics).
   */
  asset?: string;
}

export interface Paragraph {
  /** `sec1-p2` */
  id: string;
  sentences: Sentence[];
  /**
   * Set when the paragraph is a table of the reading (a Markdown pipe table): each sentence is
   * one body row as written between its outer pipes, and `header` names the columns. Its
   * numbers are charted as the table gives them; no bullet is made from a row.
   */
  table?: { header: string[] };
  /** Set when the paragraph is an item of a list in the reading ("- …", "1. …"). */
  item?: true;
}

export interface Sentence {
  /** `s1.2.3` = section 1, paragraph 2, sentence 3: stable while the text before it is. */
  id: string;
  /** The sentence as written, citation markers removed, whitespace normalised. */
  text: string;
  /** Offsets of `text` in the normalised source, for highlighting in the source pane. */
  start: number;
  end: number;
  /** The printed page the sentence starts on, for a reading with pages (a PDF). */
  page?: string;
  citations: SourceCitation[];
  quotes: Quotation[];
  facts: Fact[];
  /** Set when the sentence garbles or repeats its neighbour; generation leaves it out. */
  duplicateOf?: string;
}

export interface SourceCitation {
  /** The key as the document writes it: "1", "^3", "Frankel 1971". */
  key: string;
  pages?: string;
  /**
   * The authors as an author-year citation names them, when more than one: "Bernhofen et
   * al.", "Kim and Park". A reading without a reference list is labelled by them.
   */
  authors?: string;
}

export interface Quotation {
  text: string;
  /** Who said or wrote it, when the sentence says so ("Molotov said, …"). */
  attribution?: string;
  /** The quotation tidied for a slide: a garbled run-on repeat or trailing dots removed. */
  clean?: string;
  /** What `clean` left out because it garbles the rest of the quotation. */
  dropped?: string;
}

export type FactKind = 'count' | 'percent' | 'money' | 'year' | 'date' | 'range' | 'fraction';

export interface Fact {
  kind: FactKind;
  /** Exactly as written in the source: "seventy-eight per cent", "15-20%", "200 million lire". */
  raw: string;
  /** Numeric value (the low end for a range). */
  value: number;
  high?: number;
  unit?: string;
  currency?: string;
  /** What it counts, as a short noun phrase from the sentence ("American engineers"). */
  counts?: string;
  /** The rate it is given at, as written after it ("a pound" of "7 cents a pound", "per head"). */
  per?: string;
  /** The year or date it refers to, when its own clause gives one ("1935", "before 1926"). */
  when?: string;
  /** The hedge written right before it ("about", "nearly", "more than", "some"), lower case. */
  hedge?: string;
  /** The scale word of its number ("million" for "4.6 million tonnes"), for counts and money alike. */
  scale?: string;
}

export interface SourceReference {
  key: string;
  text: string;
}

/**
 * What a view of a reading's text needs of it: sections, paragraphs and sentences with their
 * ids (and pages, for a PDF). A `SourceModel` is one; the host sends only this for a reading
 * the page cannot parse itself.
 */
export interface ReadingText {
  sections: Array<{
    id: string;
    number?: string;
    title: string;
    paragraphs: Array<{
      id: string;
      sentences: Array<{ id: string; text: string; page?: string }>;
    }>;
  }>;
}

/** The part of `model` a text view needs, and nothing more (no facts, quotes or figures). */
export function readingTextOf(model: SourceModel): ReadingText {
  return {
    sections: model.sections.map((sec) => ({
      id: sec.id,
      ...(sec.number !== undefined ? { number: sec.number } : {}),
      title: sec.title,
      paragraphs: sec.paragraphs.map((p) => ({
        id: p.id,
        sentences: p.sentences.map((t) => ({
          id: t.id,
          text: t.text,
          ...(t.page !== undefined ? { page: t.page } : {}),
        })),
      })),
    })),
  };
}
