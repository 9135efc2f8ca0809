/**
 * What reading a lecturer's sources costs (issue 13), beside the library doing the bare part
 * of the same work in the same run:
 * - a PDF chapter of about 50 pages, printed here by Chromium, read into sections, sentences and
 *   pages (`parseSourceBytes`: pdf.js, then reading order, headings, footnotes, the parser)
 *   against pdf.js alone taking every page's text;
 * - a course bibliography of 500 BibTeX entries read into CSL with keys and checks
 *   (`readBibliography`) against citation-js alone parsing it.
 * In-process figures (modules loaded, one warm-up run each), median of 5.
 */
import { performance } from 'node:perf_hooks';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { readBibliography } from '../../main/import/bibliography';
import { parseSourceBytes } from '../../main/import/read-source';
import { printPdfs } from '../fixtures/pdf/make-pdfs';
import type { BenchRow } from './types';

const RUNS = 5;
const ENTRIES = 500;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function timed(run: () => Promise<unknown>): Promise<number> {
  await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return median(ms);
}

/** A book chapter in one column, about 50 A5 pages, each section with numbers of its own. */
function chapterHtml(): string {
  const sections = Array.from(
    { length: 24 },
    (_, k) => `<h2>${k + 1}. The plan in ${1929 + (k % 10)}</h2>
<p>In the winter of ${1929 + (k % 10)} the trusts ordered ${120 + k} machine tools from abroad, and ${k + 3} plants were finished that year. Brigades from the towns went into the villages to take the harvest and to form collective farms.</p>
<p>By March of the next year more than ${40 + k} percent of all households had been enrolled, most of them against their will. Planners in Moscow counted on Western equipment arriving on time, and the managers blamed the foreign firms in their reports when it did not.</p>
<p>Engineers came with the machines. Some stayed for a single season; others brought their families and remained for years, learning Russian and training the first Soviet foremen.</p>`,
  ).join('\n');
  return `<!doctype html><html><head><style>
  @page { size: A5; margin: 18mm 16mm; }
  body { font: 10.5pt/1.4 "DejaVu Serif", serif; margin: 0; }
  h1 { font-size: 18pt; } h2 { font-size: 13pt; break-before: page; }
  p { margin: 0 0 4pt; text-indent: 1.2em; }
</style></head><body><h1>The Great Turn</h1>${sections}${sections}</body></html>`;
}

function bibtex(): string {
  return Array.from(
    { length: ENTRIES },
    (_, i) => `@book{author${i}${1900 + (i % 100)},
  author = {Author${i}, Anne and Writer${i}, Bob},
  title = {A History of Industry, Volume ${i + 1}},
  publisher = {University Press},
  address = {Oxford},
  year = {${1900 + (i % 100)}},
  doi = {10.1000/book.${i}}
}`,
  ).join('\n\n');
}

export default async function bench(): Promise<BenchRow[]> {
  const { chapter } = await printPdfs({ chapter: chapterHtml() });
  const bytes = new Uint8Array(chapter!);
  const read = await parseSourceBytes(bytes, 'chapter.pdf', 'chapter.pdf');
  if (!read.ok) throw new Error(`the chapter did not read: ${JSON.stringify(read.problems)}`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages = (await pdfjs.getDocument({ data: bytes.slice() }).promise).numPages;
  const lectern = await timed(() => parseSourceBytes(bytes, 'chapter.pdf', 'chapter.pdf'));
  const bare = await timed(async () => {
    const doc = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    for (let p = 1; p <= doc.numPages; p++) await (await doc.getPage(p)).getTextContent();
    await doc.destroy();
  });

  const bib = bibtex();
  const entries = await readBibliography(bib, 'course.bib');
  if (!entries.ok || entries.value.length !== ENTRIES)
    throw new Error('the bibliography did not read whole');
  const ours = await timed(() => readBibliography(bib, 'course.bib'));
  const citationJs = await timed(() => Cite.async(bib, { forceType: '@biblatex/text' }));

  return [
    {
      name: `in-process: a ${pages}-page PDF chapter read into sections, sentences and pages (median of ${RUNS})`,
      value: lectern,
      unit: 'ms',
      baseline: { name: 'pdf.js alone: the text of every page', value: bare },
    },
    {
      name: `in-process: a bibliography of ${ENTRIES} BibTeX entries read into CSL with keys (median of ${RUNS})`,
      value: ours,
      unit: 'ms',
      baseline: { name: 'citation-js alone: parsing the same file', value: citationJs },
    },
  ];
}
