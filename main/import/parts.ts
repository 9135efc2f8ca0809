/**
 * A section too long for one deck becomes parts: "Title (part 1 of 3)", each a section of its
 * own with at most MAX_PART_SENTENCES sentences, cut between paragraphs where it can (and inside
 * a paragraph only when one alone is longer). Sentence ids stay as parsed, so provenance, the
 * deck check and re-import find the same sentences in the reading's copy.
 *
 * Why here and not in generation: a deck may hold at most 5,000 slides (the schema), and a
 * book-length reading without headings is one section; a lecture deck of hundreds of slides
 * is already more than anyone presents, so a part stays far below the limit.
 */
import type { Paragraph, Section, SourceModel } from '../../common/source/model';

/** Sentences in one part: a long chapter (about 20,000 words), some hundreds of slides. */
export const MAX_PART_SENTENCES = 800;

/** The model with every section longer than `max` sentences cut into parts; others as they were. */
export function splitLongSections(model: SourceModel, max = MAX_PART_SENTENCES): SourceModel {
  if (!model.sections.some((s) => sentenceCount(s) > max)) return model;
  const sections: Section[] = [];
  for (const section of model.sections) {
    if (sentenceCount(section) <= max) sections.push(section);
    else for (const part of partsOf(section, max)) sections.push(part);
  }
  return { ...model, sections };
}

function sentenceCount(section: Section): number {
  let n = 0;
  for (const p of section.paragraphs) n += p.sentences.length;
  return n;
}

function partsOf(section: Section, max: number): Section[] {
  const groups: Paragraph[][] = [[]];
  let count = 0;
  for (const paragraph of section.paragraphs) {
    for (let at = 0; at < paragraph.sentences.length;) {
      if (count >= max || (at === 0 && count > 0 && count + paragraph.sentences.length > max)) {
        groups.push([]);
        count = 0;
      }
      const take = Math.min(paragraph.sentences.length - at, max - count);
      const piece =
        at === 0 && take === paragraph.sentences.length
          ? paragraph
          : { id: paragraph.id, sentences: paragraph.sentences.slice(at, at + take) };
      groups[groups.length - 1]!.push(piece);
      count += take;
      at += take;
    }
  }
  const total = groups.length;
  // A paragraph cut in two is in two parts; what refers to it goes with the first.
  const partOf = new Map<string, number>();
  groups.forEach((paragraphs, i) =>
    paragraphs.forEach((p) => partOf.has(p.id) || partOf.set(p.id, i)),
  );
  return groups.map((paragraphs, i) => {
    // A figure goes with the paragraph it follows (or its caption); one that opens the section, with part 1.
    const figures = (section.figures ?? []).filter(
      (f) => (partOf.get(f.captionParagraph ?? f.after ?? '') ?? 0) === i,
    );
    const part: Section = {
      ...section,
      id: i === 0 ? section.id : `${section.id}-part${i + 1}`,
      title: `${section.title} (part ${i + 1} of ${total})`,
      paragraphs,
    };
    if (figures.length) part.figures = figures;
    else delete part.figures;
    return part;
  });
}
