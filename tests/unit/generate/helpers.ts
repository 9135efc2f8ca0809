/** Shared checks for generated decks: schema validity and numbers traced to their sentences. */
import { Deck } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';

export function sentenceMap(model: SourceModel): Map<string, { text: string; values: number[] }> {
  const map = new Map<string, { text: string; values: number[] }>();
  for (const s of model.sections) {
    for (const p of s.paragraphs) {
      for (const t of p.sentences) {
        const digits = [...t.text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
          Number(m[0].replace(/[,.]+$/, '').replace(/,/g, '')),
        );
        map.set(t.id, { text: t.text, values: [...digits, ...t.facts.map((f) => f.value)] });
      }
    }
  }
  return map;
}

/** Every number written on a slide that its provenance sentences do not contain: [] when all is well. */
export function untracedNumbers(deck: Deck, model: SourceModel): string[] {
  const map = sentenceMap(model);
  const bad: string[] = [];
  const check = (where: string, text: string, sentences: string[] | undefined) => {
    const nums = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/[,.]+$/, ''));
    if (!nums.length) return;
    if (!sentences?.length) {
      bad.push(`${where}: "${text}" has numbers and no provenance`);
      return;
    }
    const values = new Set(
      sentences.flatMap((id) => map.get(id)?.values ?? []).map((v) => Math.round(v * 1e6)),
    );
    for (const n of nums)
      if (!values.has(Math.round(Number(n.replace(/,/g, '')) * 1e6)))
        bad.push(`${where}: ${n} not in ${sentences.join(',')}`);
  };
  for (const slide of deck.slides) {
    if (['title', 'section', 'references'].includes(slide.layout)) continue;
    for (const block of slide.blocks) {
      if (block.type === 'bullets')
        for (const item of block.items)
          check(`${slide.id}/${item.id}`, item.text, item.provenance?.sentences);
      if (block.type === 'quote')
        check(
          `${slide.id}/${block.id}`,
          `${block.text} ${block.attribution ?? ''}`,
          block.provenance?.sentences,
        );
      if (block.type === 'figure' && block.figure.kind === 'chart') {
        for (const row of block.figure.spec.data.values) {
          const own =
            typeof row.sentence === 'string' ? [row.sentence] : block.provenance?.sentences;
          for (const [k, v] of Object.entries(row))
            if (k !== 'sentence') check(`${slide.id}/${block.id}.${k}`, String(v), own);
        }
      }
    }
  }
  return bad;
}

/** Asserts the deck passes the schema exactly as saved. */
export function validates(deck: Deck): boolean {
  return Deck.safeParse(JSON.parse(JSON.stringify(deck))).success;
}
