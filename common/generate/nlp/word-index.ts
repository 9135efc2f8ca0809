/**
 * Which sentences may hold a phrase at word boundaries, without scanning them all: a sentence
 * that holds the phrase there holds each of its words whole, so only the sentences holding
 * its rarest word can. A section of thousands of sentences (a reading with no headings or
 * line breaks) is then not scanned once per clause or title asked about.
 */
const WORDS = /[\p{L}\p{N}]+/gu;

export class SentenceWordIndex {
  /** Which sentences hold each word (indexes ascending), built when first asked. */
  private byWord: Map<string, number[]> | undefined;

  /** `fold` maps a text to the form its words are compared in (e.g. lower case). */
  constructor(
    readonly sentences: readonly string[],
    private readonly fold: (text: string) => string = (text) => text,
  ) {}

  /** The indexes, in order, of the sentences that may hold `text`; undefined when it has no word. */
  candidates(text: string): readonly number[] | undefined {
    const ws = this.fold(text).match(WORDS);
    if (!ws) return undefined;
    const byWord = (this.byWord ??= this.build());
    let best: number[] | undefined;
    for (const w of ws) {
      const list = byWord.get(w) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? [];
  }

  private build(): Map<string, number[]> {
    const byWord = new Map<string, number[]>();
    this.sentences.forEach((s, i) => {
      for (const w of new Set(this.fold(s).match(WORDS))) {
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
      }
    });
    return byWord;
  }
}
