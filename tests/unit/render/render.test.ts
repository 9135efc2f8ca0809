import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../common/deck/schema';
import { slideSize } from '../../../common/render/context';
import {
  renderChartsForDeck,
  renderDeckSlidesHtml,
  renderSlideHtml,
} from '../../../main/export/render-static';
import { demoContext, demoDeck } from './demo-deck';

function parse(html: string): Document {
  return new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
}

async function rendered(mode: 'edit' | 'export' = 'export') {
  const deck = demoDeck();
  const charts = await renderChartsForDeck(deck);
  return { deck, doc: parse(renderDeckSlidesHtml(deck, demoContext(charts), mode)) };
}

describe('SlideView', () => {
  it('the demo deck covers every layout', () => {
    expect(new Set(demoDeck().slides.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
  });

  it('renders every slide as a labelled section of the fixed size with its title as a heading', async () => {
    const { deck, doc } = await rendered();
    const sections = [...doc.querySelectorAll('section.lectern-slide')];
    expect(sections).toHaveLength(deck.slides.length);
    sections.forEach((section, i) => {
      const slide = deck.slides[i]!;
      expect(section.getAttribute('data-slide-id')).toBe(slide.id);
      expect(section.classList.contains(`layout-${slide.layout}`)).toBe(true);
      expect(section.classList.contains('theme-light')).toBe(true);
      expect(section.getAttribute('style')).toContain('width:1280px;height:720px');
      const heading = section.querySelector(slide.layout === 'title' ? 'h1' : 'h2');
      const title = slide.layout === 'title' ? deck.meta.title : slide.title.replace(/\*/g, '');
      expect(heading?.textContent).toBe(title);
      expect(section.getAttribute('aria-label')).toBe(`Slide ${i + 1}: ${title}`);
      expect(section.querySelectorAll('h1').length).toBe(slide.layout === 'title' ? 1 : 0);
    });
  });

  it('shows every bullet (nested as lists), quote, caption and reference text', async () => {
    const { deck, doc } = await rendered();
    const text = doc.body.textContent ?? '';
    for (const slide of deck.slides) {
      for (const block of slide.blocks) {
        if (block.type === 'quote') {
          expect(doc.querySelector('blockquote')?.textContent).toContain(block.text);
          expect(doc.querySelector('.lectern-quote cite')?.textContent).toBe(block.attribution);
        }
        if (block.type === 'figure') expect(text).toContain(block.caption);
      }
    }
    expect(
      doc.querySelector('li[data-block-item="i2"] > ul > li[data-block-item="i2a"]')?.textContent,
    ).toContain('Magnitogorsk was modelled on U.S. Steel’s Gary Works');
    expect(doc.querySelector('li[data-block-item="i2a"] em')?.textContent).toBe('Gary Works');
    expect(doc.querySelector('li[data-block-item="i1"] strong')?.textContent).toBe('1931');
    expect(doc.querySelector('li[data-block-item="i2b"] code')?.textContent).toBe('Fordson');
    expect(text).toContain('The first Five-Year Plan depended on imported equipment');
    expect(text).toContain('Sutton, A. C. (1971)');
  });

  it('marks citations compactly with the reference label and pages', async () => {
    const { doc } = await rendered();
    expect(doc.querySelector('li[data-block-item="i1"] > sup.lectern-cite')?.textContent).toBe(
      '[1, p. 207]',
    );
    expect(doc.querySelector('li[data-block-item="i2"] > sup.lectern-cite')?.textContent).toBe(
      '[2, pp. 610–612]',
    );
    expect(doc.querySelector('.lectern-quote figcaption sup')?.textContent).toBe('[1, p. 3]');
  });

  it('lists references as students see them: label, author and year, title in italics, pages used, never what is missing', async () => {
    const { doc } = await rendered();
    const entries = [...doc.querySelectorAll('.lectern-references > li')];
    expect(entries.map((li) => li.querySelector('.lectern-ref-label')?.textContent)).toEqual([
      '[1]',
      '[2]',
      '[3]',
    ]);
    expect(entries[0]!.querySelector('.lectern-ref-author')?.textContent?.trim()).toBe(
      'Sutton, A. C. (1971)',
    );
    expect(entries[0]!.querySelector('cite.lectern-ref-title')?.textContent).toBe(
      'Western Technology and Soviet Economic Development, 1930 to 1945',
    );
    expect(entries[0]!.textContent).not.toContain('Hoover');
    // A work the deck knows nothing about beyond its label still shows the pages it is cited at.
    expect(entries[2]!.textContent).toBe('[3] p.\u00a012');
    expect(entries[0]!.querySelector('.lectern-ref-pages')?.textContent).toMatch(
      /^, pp?\.\u00a0\d/,
    );
    expect(doc.body.textContent).not.toMatch(/details missing|No details recorded/);
  });

  it('shows a named placeholder for a missing image, the image for a present one, and the chart as role=img', async () => {
    const { doc } = await rendered();
    const missing = doc.querySelector('[data-block-id="fig-missing"] .lectern-placeholder');
    expect(missing?.getAttribute('role')).toBe('img');
    expect(missing?.textContent).toContain('assets/magnitogorsk-furnace.jpg');
    expect(doc.querySelector('[data-block-id="fig-ok"] img')?.getAttribute('alt')).toBe(
      'Diagram of three boxes: USA, Germany, Britain',
    );
    const chart = doc.querySelector('[data-block-id="fig-chart"] .lectern-chart');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toMatch(/^Bar chart: machinery imports rose/);
    expect(chart?.querySelector('svg')).not.toBeNull();
    expect(doc.querySelector('[data-block-id="fig-chart"] figcaption')?.textContent).toContain(
      'Data: Dohan 1976',
    );
  });

  it('shows a placeholder, not a blank, for a chart that was not drawn', () => {
    const deck = demoDeck();
    const slide = deck.slides.find((s) => s.id === 's-chart')!;
    const doc = parse(renderSlideHtml(deck, slide, 3, demoContext({}), 'edit'));
    expect(doc.querySelector('.lectern-placeholder')?.textContent).toContain('Chart not drawn');
    expect(doc.querySelector('svg')).toBeNull();
  });

  it('uses reveal.js fragments when presenting or exporting, and only marks them in the editor', async () => {
    const exported = (await rendered('export')).doc;
    expect(exported.querySelector('li[data-block-item="i3"]')?.className).toBe('fragment');
    expect(exported.querySelector('li[data-block-item="i3"] a')?.getAttribute('href')).toBe(
      'https://www.hoover.org',
    );
    const edited = (await rendered('edit')).doc;
    expect(edited.querySelector('li[data-block-item="i3"]')?.className).toBe('is-fragment');
    expect(edited.querySelector('.fragment')).toBeNull();
    expect(edited.querySelector('a')).toBeNull();
  });

  it('puts speaker notes in reveal.js asides when exporting, not in the editor or a student copy', async () => {
    const deck = demoDeck();
    const charts = await renderChartsForDeck(deck);
    const withNotes = parse(renderDeckSlidesHtml(deck, demoContext(charts), 'export'));
    expect(
      withNotes.querySelector('section[data-slide-id="s-bullets"] aside.notes')?.textContent,
    ).toBe('Stress that imports peaked in 1931.');
    expect(
      parse(
        renderDeckSlidesHtml(deck, demoContext(charts), 'export', { notes: false }),
      ).querySelector('aside.notes'),
    ).toBeNull();
    expect(
      parse(renderDeckSlidesHtml(deck, demoContext(charts), 'edit')).querySelector('aside.notes'),
    ).toBeNull();
  });

  it('leaves hidden slides out of exports but not out of the editor', () => {
    const deck = demoDeck();
    deck.slides[1] = { ...deck.slides[1]!, hidden: true };
    const ctx = demoContext({});
    expect(
      parse(renderDeckSlidesHtml(deck, ctx, 'export')).querySelector('[data-slide-id="s-section"]'),
    ).toBeNull();
    expect(
      parse(renderDeckSlidesHtml(deck, ctx, 'edit'))
        .querySelector('[data-slide-id="s-section"]')
        ?.classList.contains('is-hidden'),
    ).toBe(true);
  });

  it('shrinks the text of a crowded slide and keeps short slides at full size', async () => {
    const { doc } = await rendered();
    const size = (id: string) =>
      Number(
        /--lectern-text-size:(\d+)px/.exec(
          doc.querySelector(`[data-slide-id="${id}"]`)!.getAttribute('style')!,
        )?.[1],
      );
    expect(size('s-bullets')).toBe(34);
    expect(size('s-long')).toBeLessThan(34);
    expect(size('s-long')).toBeGreaterThanOrEqual(18);
  });

  it('marks a slide whose text cannot fit even at the smallest size, with a cue in the editor only', () => {
    const deck = demoDeck();
    const item = (n: number) => ({
      id: `x${n}`,
      text: 'A bullet long enough to wrap over more than one line of the slide at any size we might choose for it. '.repeat(
        2,
      ),
      children: [],
      citations: [],
    });
    const slide = {
      ...deck.slides[2]!,
      blocks: [
        {
          type: 'bullets' as const,
          id: 'many',
          items: Array.from({ length: 30 }, (_, n) => item(n)),
        },
      ],
    };
    const edit = parse(renderSlideHtml(deck, slide, 2, demoContext({}), 'edit'));
    expect(edit.querySelector('section')?.classList.contains('is-overfull')).toBe(true);
    expect(edit.querySelector('.lectern-overflow-cue')?.textContent).toBe('Text cut off');
    expect(edit.querySelectorAll('li')).toHaveLength(30);
  });

  it('gives the same bytes for the same deck', async () => {
    const a = await rendered();
    const b = await rendered();
    expect(b.doc.body.innerHTML).toBe(a.doc.body.innerHTML);
    const deck = demoDeck('dark');
    const html1 = renderDeckSlidesHtml(
      deck,
      demoContext(await renderChartsForDeck(deck)),
      'export',
    );
    const html2 = renderDeckSlidesHtml(
      deck,
      demoContext(await renderChartsForDeck(deck)),
      'export',
    );
    expect(html2).toBe(html1);
  });

  it('sizes slides per aspect ratio', () => {
    expect(slideSize('16:9')).toEqual({ width: 1280, height: 720 });
    expect(slideSize('4:3')).toEqual({ width: 1024, height: 768 });
    expect(slideSize('16:10')).toEqual({ width: 1280, height: 800 });
    const deck = demoDeck();
    deck.meta = { ...deck.meta, aspectRatio: '4:3' };
    expect(renderSlideHtml(deck, deck.slides[2]!, 2, demoContext({}), 'edit')).toContain(
      'width:1024px;height:768px',
    );
  });
});
