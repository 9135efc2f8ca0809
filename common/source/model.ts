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
}

export interface Section {
  /** `sec1`, `sec2`, … in document order. */
  id: string;
  /** The number as printed ("1", "l", "II"), if any. */
  number?: string;
  title: string;
  paragraphs: Paragraph[];
}

export interface Paragraph {
  /** `sec1-p2` */
  id: string;
  sentences: Sentence[];
}

export interface Sentence {
  /** `s1.2.3` = section 1, paragraph 2, sentence 3: stable while the text before it is. */
  id: string;
  /** The sentence as written, citation markers removed, whitespace normalised. */
  text: string;
  /** Offsets of `text` in the normalised source, for highlighting in the source pane. */
  start: number;
  end: number;
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
  /** The year or date it refers to, when the sentence gives one. */
  when?: string;
}

export interface SourceReference {
  key: string;
  text: string;
}
