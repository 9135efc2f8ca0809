/**
 * One cold generation, for the benchmark to run in a fresh process:
 * `tsx tests/bench/generate-cold.ts <words>` builds the reading (tests/bench/reading.ts), then
 * loads the generator, parses and generates once, and prints the times as one line of JSON.
 * Nothing has run before, so no cache of the generator or of compromise is warm.
 */
import { performance } from 'node:perf_hooks';
import { variedReading } from './reading';

const words = Number(process.argv[2] ?? 50_000);
const reading = variedReading(words);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
const { parseSource } = await import('../../common/source/parse');
const { generateDecks } = await import('../../common/generate');
const { preTaggedCount } = await import('../../common/generate/nlp/pretag');
const { postTaggedCount } = await import('../../common/generate/chart/nlp');
const t1 = performance.now();
const c1 = cpu();
const model = parseSource(reading.text, { hash: 'sha256:' + '0'.repeat(64), format: 'markdown' });
const t2 = performance.now();
const decks = generateDecks(model, { sourceId: 'bench', sourcePath: 'sources/bench.md' });
const t3 = performance.now();
const c3 = cpu();

console.log(
  JSON.stringify({
    words: reading.words,
    sections: model.sections.length,
    decks: decks.length,
    slides: decks.reduce((n, d) => n + d.deck.slides.length, 0),
    load: t1 - t0,
    parse: t2 - t1,
    generate: t3 - t2,
    /** CPU time of the process (all its threads), which other processes on the machine do not inflate. */
    loadCpu: c1 - c0,
    runCpu: c3 - c1,
    /** Texts compromise tokenized and pre-tagged, and clauses its post-tagger finished. */
    preTagged: preTaggedCount(),
    postTagged: postTaggedCount(),
  }),
);
