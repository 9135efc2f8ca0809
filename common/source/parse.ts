/**
 * Text or Markdown → SourceModel: title, thematic sections, paragraphs, sentences with their
 * citations, quotations and facts, the reference list, and the garbled repeats to leave out.
 * Pure and deterministic: the same text gives the same model and the same ids.
 */
import type {
  Paragraph,
  Section,
  Sentence,
  SourceFigure,
  SourceModel,
  SourceReference,
} from './model';
import { normalizeText, toBlocks, type Block } from './blocks';
import { splitSentences } from './sentences';
import { blankNarrativeCitations, extractCitations, surnameKeys } from './citations';
import { extractQuotes } from './quotes';
import { extractFacts } from './facts';
import { parseReferenceEntries, REFERENCE_HEADING } from './references';
import { repeatsWords } from './similarity';
import { contentWords } from './words';
import { captionText, isCaption, meaningfulAlt, unwrapEmphasis } from './figures';

export interface ParseOptions {
  /** `sha256:<hex>` of the source bytes (computed where the bytes are read). */
  hash: string;
  format: 'text' | 'markdown';
  /** Used when the document has no title line, e.g. the file name without extension. */
  fallbackTitle?: string;
}

/** A section number as printed, read as a number: "l" (a misread 1) and Roman numerals included. */
export function sectionNumberValue(number: string): number | undefined {
  if (/^\d+$/.test(number)) return Number(number);
  if (number === 'l') return 1;
  const roman: Record<string, number> = { I: 1, V: 5, X: 10 };
  if (/^[IVX]+$/.test(number)) {
    let total = 0;
    for (let i = 0; i < number.length; i++) {
      const v = roman[number[i]!]!;
      const next = roman[number[i + 1] ?? ''] ?? 0;
      total += v < next ? -v : v;
    }
    return total;
  }
  if (/^[A-H]$/.test(number)) return number.charCodeAt(0) - 64;
  return undefined;
}

/** Parses a reading. Never throws; odd input gives a small model and diagnostics. */
export function parseSource(input: string, options: ParseOptions): SourceModel {
  const text = normalizeText(input);
  const diagnostics: string[] = [];
  const blocks = toBlocks(text, options.format === 'markdown');
  const { title, rest } = takeTitle(blocks, options);
  const references: SourceReference[] = [];
  const groups = groupSections(rest, title, references, diagnostics);
  // (MLA citations, "(Woolf 4)", name an author of the works cited list and no year.)
  const listed = surnameKeys(references.map((r) => r.key));

  const sections: Section[] = [];
  for (const group of groups) {
    const secNo = sections.length + 1;
    const paragraphs: Paragraph[] = [];
    const figures: SourceFigure[] = [];
    const captions = captionBlocks(group.blocks);
    const captionedBy = new Map([...captions].map(([image, caption]) => [caption, image]));
    const imageAt = new Map<number, SourceFigure>();
    const captionParagraphs = new Map<number, Paragraph>();
    let lastBody: string | undefined;
    const paragraph = (block: Block): Paragraph | undefined => {
      const parNo = paragraphs.length + 1;
      const sentences = toSentences(block, secNo, parNo, diagnostics, listed);
      if (!sentences.length) return undefined;
      const p: Paragraph = {
        id: `sec${secNo}-p${parNo}`,
        sentences,
        ...(block.item ? { item: true as const } : {}),
      };
      paragraphs.push(p);
      return p;
    };
    group.blocks.forEach((block, i) => {
      if (block.kind === 'table') {
        const p = tableParagraph(block, secNo, paragraphs.length + 1);
        if (p) paragraphs.push(p);
        return;
      }
      if (block.kind === 'image') {
        const figure = newFigure(block, `sec${secNo}-f${figures.length + 1}`, lastBody);
        figures.push(figure);
        imageAt.set(i, figure);
        const at = captions.get(i);
        if (at === undefined) {
          // No caption paragraph: the image's title (or its alt text) is what the reading says about it.
          const said = (block.title ?? '').trim() || block.text.trim();
          const found = said ? text.indexOf(said, block.start) : -1;
          const p = said
            ? paragraph({ kind: 'paragraph', start: found >= 0 ? found : block.start, text: said })
            : undefined;
          if (p) attachCaption(figure, p);
          else
            diagnostics.push(
              `the image "${clipRef(figure.ref)}" in section ${secNo} has no caption or description; add alt text on its slide`,
            );
        } else if (at < i) {
          const p = captionParagraphs.get(at);
          if (p) attachCaption(figure, p);
        }
        return;
      }
      const captioned = captionedBy.get(i);
      const p = paragraph(
        captioned === undefined ? block : { ...block, ...unwrapEmphasis(block.text, block.start) },
      );
      if (!p) return;
      if (captioned === undefined) lastBody = p.id;
      else if (captioned < i) attachCaption(imageAt.get(captioned)!, p);
      else captionParagraphs.set(i, p);
    });
    if (paragraphs.length === 0 && group.heading === undefined && figures.length === 0) continue;
    const section: Section = { id: `sec${secNo}`, title: group.title, paragraphs };
    if (figures.length) section.figures = figures;
    if (group.heading?.number) section.number = group.heading.number;
    markRepeats(section, diagnostics);
    sections.push(section);
  }
  if (!blocks.some((b) => b.kind === 'heading') && sections.length)
    diagnostics.push('no section headings found; the reading is one section');
  checkFootnotes(sections, references, diagnostics);
  return { hash: options.hash, title, sections, references, diagnostics };
}

function takeTitle(blocks: Block[], options: ParseOptions): { title: string; rest: Block[] } {
  const fallback = (options.fallbackTitle ?? '').trim() || 'Untitled reading';
  const first = blocks[0];
  if (!first) return { title: fallback, rest: blocks };
  if (options.format === 'markdown') {
    if (first.kind === 'heading' && first.level === 1)
      return { title: cleanTitle(first.text) || fallback, rest: blocks.slice(1) };
    return { title: fallback, rest: blocks };
  }
  // A title may ask a question ("Wolves in Yellowstone: a trophic cascade?"), in a few words.
  const short =
    !first.text.includes('\n') &&
    first.text.length <= 200 &&
    !/[.!;:,]$/.test(first.text) &&
    !(first.text.endsWith('?') && first.text.split(/\s+/).length > 15);
  const otherHeadings = blocks.slice(1).filter((b) => b.kind === 'heading').length;
  if (first.kind === 'paragraph' && short && otherHeadings > 0)
    return { title: cleanTitle(first.text), rest: blocks.slice(1) };
  if (
    first.kind === 'heading' &&
    first.number === undefined &&
    (otherHeadings >= 2 || blocks[1]?.kind === 'heading')
  ) {
    return { title: cleanTitle(first.text), rest: blocks.slice(1) };
  }
  if (
    first.kind === 'paragraph' &&
    short &&
    blocks.length > 1 &&
    first.text.split(/\s+/).length <= 15
  ) {
    return { title: cleanTitle(first.text), rest: blocks.slice(1) };
  }
  return { title: fallback, rest: blocks };
}

/** Headings lose trailing full stops and Markdown emphasis. */
function cleanTitle(text: string): string {
  return stripInline(text)
    .replace(/[.:]\s*$/, '')
    .trim()
    .slice(0, 300);
}

function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]^][^\]]*)\]\((?!pp?\.)[^)\s]*\)/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](\S(?:[^*_]*?\S)?)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]{1,200}>/g, ' ');
}

interface Group {
  title: string;
  heading?: Block;
  blocks: Block[];
}

/** A paragraph that is a one-line list of works: "Sources: A (2002); B (2019).". */
const INLINE_SOURCES =
  /^(?:Sources?|References|Bibliography|Further reading|Works cited)\s*:\s+(\S.*?)\.?$/i;

function groupSections(
  blocks: Block[],
  docTitle: string,
  references: SourceReference[],
  diagnostics: string[],
): Group[] {
  // A loop, not Math.min(...levels): a reading may have more headings than a call has room for arguments.
  let headings = 0;
  let sectionLevel = Infinity;
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    headings++;
    sectionLevel = Math.min(sectionLevel, b.level ?? 2);
  }
  if (!headings) sectionLevel = 2;
  const groups: Group[] = [];
  let current: Group | undefined;
  let inReferences = false;
  let refText = '';
  const closeReferences = () => {
    if (refText) for (const entry of parseReferenceEntries(refText)) references.push(entry);
    refText = '';
  };
  for (const block of blocks) {
    if (block.kind === 'footnote') {
      references.push({ key: `^${block.key!}`, text: stripInline(block.text).trim() });
      continue;
    }
    if (block.kind === 'heading' && (block.level ?? 2) <= sectionLevel) {
      closeReferences();
      inReferences = REFERENCE_HEADING.test(cleanTitle(block.text));
      if (!inReferences) {
        current = {
          title: cleanTitle(block.text) || `Section ${groups.length + 1}`,
          heading: block,
          blocks: [],
        };
        groups.push(current);
      }
      continue;
    }
    // "Sources: Butler and Kavanagh (2002); Electoral Commission (2019)": a list of works on
    // one line, under no heading of its own, is the reading's references, not its argument.
    const inline = block.kind === 'paragraph' ? INLINE_SOURCES.exec(block.text) : null;
    if (inline && !block.text.includes('\n')) {
      for (const work of inline[1]!.split(/;\s+/)) references.push(...parseReferenceEntries(work));
      continue;
    }
    if (inReferences) {
      if (block.kind === 'image') continue;
      refText += (refText ? '\n\n' : '') + block.text; // one block, one or more works
      continue;
    }
    if (block.kind === 'heading') continue; // a sub-heading: the paragraphs carry on the section
    if (!current) {
      current = { title: headings ? 'Introduction' : docTitle, blocks: [] };
      groups.push(current);
    }
    current.blocks.push(block);
  }
  closeReferences();
  if (references.length) diagnostics.push(`reference list: ${references.length} entries`);
  return groups;
}

/** For each image block, the index of the paragraph block that captions it (after it, else before it). */
function captionBlocks(blocks: readonly Block[]): Map<number, number> {
  const out = new Map<number, number>();
  const taken = new Set<number>();
  const caption = (j: number, after: boolean) => {
    const b = blocks[j];
    return (
      b?.kind === 'paragraph' && !taken.has(j) && isCaption(b.text, stripInline(b.text), after)
    );
  };
  blocks.forEach((block, i) => {
    if (block.kind !== 'image') return;
    const j = caption(i + 1, true) ? i + 1 : caption(i - 1, false) ? i - 1 : undefined;
    if (j === undefined) return;
    out.set(i, j);
    taken.add(j);
  });
  return out;
}

function newFigure(block: Block, id: string, after: string | undefined): SourceFigure {
  const title = block.title?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return {
    id,
    ref: block.src ?? '',
    start: block.start,
    ...(after ? { after } : {}),
    ...(title ? { title } : {}),
    caption: '',
    alt: meaningfulAlt(block.text),
    citations: [],
  };
}

function attachCaption(figure: SourceFigure, p: Paragraph): void {
  const said = captionText(p.sentences);
  figure.captionParagraph = p.id;
  figure.caption = said.caption.slice(0, 1000);
  figure.citations = said.citations;
  if (said.label) figure.label = said.label;
}

const clipRef = (ref: string) => (ref.length > 80 ? `${ref.slice(0, 77)}…` : ref);

/** A pipe table as a paragraph of its body rows, one sentence each, with its header; undefined when it has no body. */
function tableParagraph(block: Block, secNo: number, parNo: number): Paragraph | undefined {
  const sentences: Sentence[] = (block.rows ?? [])
    .filter((row) => /[\p{L}\p{N}]/u.test(row.text))
    .map((row, n) => ({
      id: `s${secNo}.${parNo}.${n + 1}`,
      text: row.text,
      start: row.start,
      end: row.start + row.text.length,
      citations: [],
      quotes: [],
      facts: extractFacts(row.text),
    }));
  if (!sentences.length) return undefined;
  return { id: `sec${secNo}-p${parNo}`, sentences, table: { header: block.header ?? [] } };
}

function toSentences(
  block: Block,
  secNo: number,
  parNo: number,
  diagnostics: string[],
  listed?: ReadonlyMap<string, string>,
): Sentence[] {
  const sentences: Sentence[] = [];
  const spans = splitSentences(block.text, (at) => {
    diagnostics.push(
      `a full stop had no space after it ("${block.text.slice(Math.max(0, at - 6), at + 6)}"); read as two sentences`,
    );
  });
  for (const span of spans) {
    const raw = stripInline(block.text.slice(span.start, span.end));
    const { text, citations } = extractCitations(raw, listed);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const n = sentences.length + 1;
    sentences.push({
      id: `s${secNo}.${parNo}.${n}`,
      text,
      start: block.start + span.start,
      end: block.start + span.end,
      citations,
      quotes: extractQuotes(text),
      facts: extractFacts(blankNarrativeCitations(text)),
    });
    if (/\[[^\]]*$|^[^[]*\]/.test(text))
      diagnostics.push(`sentence s${secNo}.${parNo}.${n} has an unmatched "[" or "]"`);
  }
  return sentences;
}

/** Marks a sentence that repeats its neighbour in the same section (the later one, or the garbled earlier one). */
function markRepeats(section: Section, diagnostics: string[]): void {
  const all = section.paragraphs.flatMap((p) => p.sentences);
  const words = all.map((s) => new Set(contentWords(s.text)));
  for (let i = 1; i < all.length; i++) {
    const prev = all[i - 1]!;
    const cur = all[i]!;
    if (prev.duplicateOf) continue;
    if (repeatsWords(words[i - 1]!, words[i]!)) cur.duplicateOf = prev.id;
    else if (repeatsWords(words[i]!, words[i - 1]!)) prev.duplicateOf = cur.id;
    else continue;
    const dropped = cur.duplicateOf ? cur : prev;
    diagnostics.push(
      `sentence ${dropped.id} repeats ${dropped.duplicateOf}; it is left out of the slides`,
    );
  }
}

function checkFootnotes(
  sections: Section[],
  references: SourceReference[],
  diagnostics: string[],
): void {
  const known = new Set(references.map((r) => r.key));
  const missing = new Set<string>();
  for (const s of sections)
    for (const p of s.paragraphs)
      for (const t of p.sentences)
        for (const c of t.citations) if (!known.has(c.key)) missing.add(c.key);
  for (const key of [...missing].sort()) {
    diagnostics.push(
      key.startsWith('^')
        ? `footnote [${key}] has no definition`
        : `"${key}" is cited but not in a reference list`,
    );
  }
}
