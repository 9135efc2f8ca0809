import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Deck, type DeckInput } from '../../../common/deck/schema';
import { renderChartsForDeck, renderDeckSlidesHtml } from '../../../main/export/render-static';
import { demoContext } from './demo-deck';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
];
const P = PAYLOADS.join(' ');
const JS_LINK = '[click me](javascript:alert(1))';

function hostileDeck(): Deck {
  const input: DeckInput = {
    format: 'lectern-deck',
    version: 1,
    meta: { title: `Deck ${P}`, subtitle: P, author: P, course: P },
    references: [{ id: 'r1', label: `[${PAYLOADS[1]}]`, text: P, missing: ['author'] }],
    slides: [
      { id: 's1', layout: 'title', title: P, subtitle: P, notes: P },
      { id: 's2', layout: 'section', title: P, subtitle: P },
      {
        id: 's3',
        layout: 'bullets',
        title: `${P} ${JS_LINK}`,
        notes: `${P}\n${PAYLOADS[0]}`,
        blocks: [
          {
            type: 'bullets',
            id: 'b',
            items: [
              { id: 'i1', text: P, citations: [{ ref: 'r1', pages: PAYLOADS[1] }] },
              {
                id: 'i2',
                text: `${JS_LINK} [data](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox)`,
                children: [{ id: 'i3', text: `**${PAYLOADS[2]}**` }],
              },
            ],
          },
          { type: 'text', id: 't', text: `${P}\n\n${JS_LINK}` },
        ],
      },
      {
        id: 's4',
        layout: 'quote',
        title: P,
        blocks: [{ type: 'quote', id: 'q', text: P, attribution: P, citations: [{ ref: `nope` }] }],
      },
      {
        id: 's5',
        layout: 'bullets-figure',
        title: P,
        blocks: [
          {
            type: 'figure',
            id: 'f1',
            caption: P,
            alt: P,
            source: P,
            figure: { kind: 'image', asset: 'assets/x.png' },
          },
          {
            type: 'figure',
            id: 'f2',
            caption: P,
            alt: P,
            source: P,
            figure: { kind: 'image', asset: 'assets/missing.png' },
          },
        ],
      },
      {
        id: 's6',
        layout: 'figure',
        title: P,
        blocks: [
          {
            type: 'figure',
            id: 'f3',
            caption: P,
            alt: P,
            figure: {
              kind: 'chart',
              spec: {
                data: { values: PAYLOADS.map((p, i) => ({ [`k ${PAYLOADS[0]}`]: p, v: i + 1 })) },
                mark: 'bar',
                title: P,
                encoding: {
                  x: { field: `k ${PAYLOADS[0]}`, type: 'nominal', title: P },
                  y: { field: 'v', type: 'quantitative', title: P },
                },
              },
            },
          },
        ],
      },
      {
        id: 's7',
        layout: 'references',
        title: P,
        blocks: [{ type: 'references', id: 'rs', refs: ['r1', 'ghost'] }],
      },
    ],
  };
  return Deck.parse(input);
}

describe('deck text never becomes markup', () => {
  it('renders every payload as text in every field and mode', async () => {
    const deck = hostileDeck();
    const charts = await renderChartsForDeck(deck);
    expect(Object.keys(charts)).toEqual(['f3']);
    // The one existing image gets a hostile-looking but harmless URL: it must stay an attribute value.
    const ctx = {
      ...demoContext(charts),
      assetUrl: (rel: string) =>
        rel === 'assets/x.png' ? `x.png?"><script>alert(1)</script>` : undefined,
    };
    for (const mode of ['edit', 'thumb', 'present', 'export'] as const) {
      const html = renderDeckSlidesHtml(deck, ctx, mode);
      const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
      expect(doc.querySelectorAll('script, iframe, object, embed')).toHaveLength(0);
      // The only <img> is the real figure image, and only <svg> the chart's.
      expect([...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
        'x.png?"><script>alert(1)</script>',
      ]);
      expect(doc.querySelectorAll('svg')).toHaveLength(1);
      expect(doc.querySelector('svg')?.parentElement?.className).toBe('lectern-chart');
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames())
          expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        for (const name of ['href', 'src', 'xlink:href']) {
          const value = el.getAttribute(name);
          if (value !== null)
            expect(value.trim().toLowerCase()).not.toMatch(/^(javascript|data:text|vbscript)/);
        }
      }
      // The payloads are there, as text a reader can see.
      const text = doc.body.textContent ?? '';
      for (const payload of PAYLOADS) expect(text).toContain(payload);
      expect(text).toContain('[click me](javascript:alert(1))');
      const section = doc.querySelector('[data-slide-id="s6"]')!;
      expect(section.querySelector('.lectern-chart')?.getAttribute('aria-label')).toBe(P);
      expect(section.querySelector('svg')!.textContent).toContain('<img src=x onerror=al');
      if (mode === 'export' || mode === 'present')
        expect(doc.querySelector('[data-slide-id="s3"] aside.notes')?.textContent).toBe(
          `${P}\n${PAYLOADS[0]}`,
        );
    }
  });
});
