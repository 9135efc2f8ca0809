/**
 * A demo deck with every layout and the awkward cases (nesting, citations, a chart, a
 * missing image, a long bullet, a reference with missing details), shared by the unit
 * tests, the browser test and the visual check script.
 */
import { Deck, type DeckInput, type Theme } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import {
  renderChartsForDeck,
  renderDeckSlidesHtml,
  slideStylesheet,
} from '../../../main/export/render-static';
import type { RenderMode } from '../../../common/render/context';

const cite = (ref: string, pages?: string) => ({ ref, ...(pages ? { pages } : {}) });

export const DEMO_INPUT: DeckInput = {
  format: 'lectern-deck',
  version: 1,
  meta: {
    title: 'Western Technology and Soviet Industrialization',
    subtitle: 'Equipment, specialists and credit, 1929–1933',
    author: 'Dr. A. Lecturer',
    course: 'HIST 214 Economic History of the USSR',
    date: '2025-10-14',
    language: 'en',
  },
  references: [
    {
      id: 'sutton',
      label: '[1]',
      text: 'Sutton, A. C. (1971). Western Technology and Soviet Economic Development, 1930 to 1945. Stanford: Hoover Institution Press.',
    },
    {
      id: 'dohan',
      label: '[2]',
      text: 'Dohan, M. R. (1976). The Economic Origins of Soviet Autarky 1927/28–1934. Slavic Review, 35(4), 603–635.',
    },
    { id: 'unknown3', label: '[3]', text: '', missing: ['author', 'title', 'issued', 'publisher'] },
  ],
  slides: [
    {
      id: 's-title',
      layout: 'title',
      title: '',
      notes: 'Welcome. Today: how much of the first Five-Year Plan was imported.',
    },
    {
      id: 's-section',
      layout: 'section',
      title: 'Western technology and equipment',
      subtitle: 'Section 1 of 3',
    },
    {
      id: 's-bullets',
      layout: 'bullets',
      title: 'Imported machines built the *first* Five-Year Plan',
      notes: 'Stress that imports peaked in 1931.',
      blocks: [
        {
          type: 'bullets',
          id: 'b1',
          items: [
            {
              id: 'i1',
              text: 'Machine imports peaked in **1931**, about half of all imports',
              citations: [cite('sutton', '207')],
            },
            {
              id: 'i2',
              text: 'Whole plants were bought as turnkey projects',
              citations: [cite('dohan', '610-612')],
              children: [
                {
                  id: 'i2a',
                  text: 'Magnitogorsk was modelled on U.S. Steel’s *Gary Works*',
                  citations: [cite('sutton')],
                },
                {
                  id: 'i2b',
                  text: 'Tractor plants copied Ford’s `Fordson` lines',
                  citations: [cite('unknown3', '12')],
                  fragment: true,
                },
              ],
            },
            {
              id: 'i3',
              text: 'See the [Hoover archive](https://www.hoover.org) for contracts',
              fragment: true,
            },
          ],
        },
      ],
    },
    {
      id: 's-chart',
      layout: 'bullets-figure',
      title: 'Machinery imports rose, then fell with credit',
      blocks: [
        {
          type: 'bullets',
          id: 'b2',
          items: [
            {
              id: 'c1',
              text: 'Imports tripled from 1928 to 1931',
              citations: [cite('dohan', '615')],
            },
            { id: 'c2', text: 'Credit dried up after 1932' },
          ],
        },
        {
          type: 'figure',
          id: 'fig-chart',
          caption: 'Soviet machinery imports (million roubles)',
          alt: 'Bar chart: machinery imports rose from 200 million roubles in 1928 to 620 million in 1931, then fell to 190 million by 1933.',
          source: 'Data: Dohan 1976',
          citations: [cite('dohan', '615')],
          figure: {
            kind: 'chart',
            spec: {
              data: {
                values: [
                  { year: '1928', imports: 200 },
                  { year: '1929', imports: 260 },
                  { year: '1930', imports: 480 },
                  { year: '1931', imports: 620 },
                  { year: '1932', imports: 410 },
                  { year: '1933', imports: 190 },
                ],
              },
              mark: 'bar',
              encoding: {
                x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
                y: { field: 'imports', type: 'quantitative', title: 'Million roubles' },
              },
            },
          },
        },
      ],
    },
    {
      id: 's-timeline',
      layout: 'figure',
      title: 'A timeline with labels beside its points',
      blocks: [
        {
          type: 'figure',
          id: 'fig-timeline',
          caption: 'Events by year; the last label ends at the right edge',
          alt: 'Timeline from 1913 to 1944 with five labelled events.',
          figure: {
            kind: 'chart',
            spec: {
              data: {
                values: [
                  { year: 1913, event: '1913 · Davis surveys the "hungry steppes"' },
                  { year: 1929, event: 'October 1929 · over seventy agreements approved' },
                  { year: 1933, event: '1933 · Dnieper hydroelectric plant' },
                  { year: 1940, event: '1940 · Moscow assembly plant opens' },
                  { year: 1944, event: 'June 1944 · Stalin: two thirds built with U.S. help' },
                ],
              },
              encoding: {
                x: {
                  field: 'year',
                  type: 'quantitative',
                  title: null,
                  scale: { domain: [1910, 1946] },
                  axis: { format: 'd' },
                },
                y: { field: 'event', type: 'nominal', sort: null, title: null, axis: null },
              },
              layer: [
                { mark: { type: 'point', filled: true } },
                {
                  mark: { type: 'text', align: 'left', dx: 8 },
                  encoding: { text: { field: 'event' } },
                },
              ],
            },
          },
        },
      ],
    },
    {
      id: 's-long-labels',
      layout: 'figure',
      title: 'Bars with long category labels',
      blocks: [
        {
          type: 'figure',
          id: 'fig-long-labels',
          caption: 'Foreign specialists by where they worked',
          alt: 'Bar chart of foreign specialists: 6,800 in the whole USSR in 1932, 730 at the Stalingrad Tractor Plant, 200 Germans at Magnitogorsk.',
          figure: {
            kind: 'chart',
            spec: {
              data: {
                values: [
                  { where: 'Foreign specialists in the whole USSR, 1932', n: 6800 },
                  { where: 'Americans at the Stalingrad Tractor Plant', n: 730 },
                  { where: 'Germans at Magnitogorsk', n: 200 },
                ],
              },
              encoding: {
                y: { field: 'where', type: 'nominal', sort: null, title: null },
                x: { field: 'n', type: 'quantitative', title: 'People' },
              },
              layer: [
                { mark: 'bar' },
                {
                  mark: { type: 'text', align: 'left', dx: 4 },
                  encoding: { text: { field: 'n', format: ',' } },
                },
              ],
            },
          },
        },
      ],
    },
    {
      id: 's-image',
      layout: 'figure',
      title: 'The blast furnaces of Magnitogorsk',
      blocks: [
        {
          type: 'figure',
          id: 'fig-missing',
          caption: 'Blast furnace no. 1, 1932',
          alt: 'A blast furnace under construction',
          figure: { kind: 'image', asset: 'assets/magnitogorsk-furnace.jpg' },
        },
      ],
    },
    {
      id: 's-image-ok',
      layout: 'bullets-figure',
      title: 'Where the specialists came from',
      blocks: [
        {
          type: 'bullets',
          id: 'b3',
          items: [
            { id: 'd1', text: 'Most contracts went to U.S. and German firms' },
            { id: 'd2', text: 'British firms after 1930' },
          ],
        },
        {
          type: 'figure',
          id: 'fig-ok',
          caption: 'Share of technical-assistance contracts (schematic)',
          alt: 'Diagram of three boxes: USA, Germany, Britain',
          figure: { kind: 'image', asset: 'assets/diagram.svg' },
        },
      ],
    },
    {
      id: 's-quote',
      layout: 'quote',
      title: 'A contemporary view',
      blocks: [
        {
          type: 'quote',
          id: 'q1',
          text: 'We are fifty or a hundred years behind the advanced countries. We must make good this distance in ten years.',
          attribution: 'J. V. Stalin, speech to industrial managers, 1931',
          citations: [cite('sutton', '3')],
        },
      ],
    },
    {
      id: 's-long',
      layout: 'bullets',
      title:
        'A slide with far too much text on it, as drafts often have before the lecturer trims them',
      blocks: [
        {
          type: 'bullets',
          id: 'b4',
          items: [
            {
              id: 'l1',
              text: 'The first Five-Year Plan depended on imported equipment to a degree that the official histories of the period were reluctant to admit, and the contracts signed with Western firms between 1929 and 1932 covered nearly every branch of heavy industry, from steel and tractors to chemicals, turbines and the electrical equipment of the new hydroelectric stations on the Dnieper',
              citations: [cite('sutton', '207-209')],
            },
            {
              id: 'l2',
              text: 'Thousands of foreign engineers worked on site',
              children: [
                {
                  id: 'l2a',
                  text: 'Many were paid partly in hard currency, which the state could ill afford once grain prices collapsed',
                },
              ],
            },
            {
              id: 'l3',
              text: 'Payment came from grain, timber and oil exports at falling world prices',
            },
            {
              id: 'l4',
              text: 'Credit from German banks bridged the gap until 1932, when the Reichsbank itself ran short of foreign exchange and the terms of new credits hardened sharply',
              citations: [cite('dohan', '620')],
            },
            {
              id: 'l5',
              text: 'By 1933 the import programme was cut back to what could be paid for in cash',
            },
          ],
        },
      ],
    },
    {
      id: 's-refs',
      layout: 'references',
      title: 'References',
      blocks: [{ type: 'references', id: 'r1', refs: ['sutton', 'dohan', 'unknown3'] }],
    },
    {
      id: 's-free',
      layout: 'free',
      title: 'Questions for the seminar',
      blocks: [
        {
          type: 'text',
          id: 't1',
          text: 'Was the dependence on Western technology a choice or a necessity?\n\nHow should we weigh *credit* against *specialists*?',
        },
      ],
    },
  ],
};

/** The demo deck, validated (defaults applied), in a theme. */
export function demoDeck(theme: Theme = 'light'): Deck {
  const deck = Deck.parse(DEMO_INPUT);
  return { ...deck, meta: { ...deck.meta, theme } };
}

/** A small SVG standing in for the one image asset that exists. */
export const DIAGRAM_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><rect width="400" height="300" fill="#f4f1e8"/>' +
  '<rect x="20" y="60" width="110" height="180" fill="#0066aa"/><rect x="145" y="110" width="110" height="130" fill="#c25400"/><rect x="270" y="170" width="110" height="70" fill="#008060"/>' +
  '<text x="75" y="270" font-size="20" text-anchor="middle" font-family="sans-serif">USA</text><text x="200" y="270" font-size="20" text-anchor="middle" font-family="sans-serif">Germany</text><text x="325" y="270" font-size="20" text-anchor="middle" font-family="sans-serif">Britain</text></svg>';

/** Assets: only assets/diagram.svg exists. */
export function demoContext(charts: Record<string, string>): SlideRenderContext {
  return {
    assetUrl: (rel) =>
      rel === 'assets/diagram.svg'
        ? `data:image/svg+xml;base64,${Buffer.from(DIAGRAM_SVG).toString('base64')}`
        : undefined,
    charts,
  };
}

/** A whole HTML page of the deck's slides with the themes and fonts inlined. */
export async function demoPage(deck: Deck, mode: RenderMode = 'export'): Promise<string> {
  const charts = await renderChartsForDeck(deck);
  const css = await slideStylesheet([deck.meta.theme]);
  const slides = renderDeckSlidesHtml(deck, demoContext(charts), mode);
  return `<!doctype html>
<html lang="${deck.meta.language}">
<head><meta charset="utf-8"><title>${deck.meta.title} (${deck.meta.theme})</title>
<style>${css}</style>
<style>body{margin:0;padding:24px;background:#777;} main{display:flex;flex-direction:column;gap:24px;align-items:flex-start}</style>
</head>
<body><main>
${slides}
</main></body>
</html>
`;
}
