/**
 * The paper notes and handouts print on: the export's choice, then the deck's, then the
 * locale's (Letter where CLDR says Letter, A4 elsewhere and when the locale names no country),
 * and the page geometry that follows from it.
 */
import { describe, expect, it } from 'vitest';
import { paperForLocale } from '../../../common/deck/paper';
import { resolvePaper, systemPaperLocale } from '../../../main/export/paper';
import { printDocument } from '../../../main/export/print-document';
import type { StaticDeck } from '../../../main/export/types';

describe('paperForLocale', () => {
  it('gives Letter in the Americas and the Philippines where Letter is used', () => {
    for (const l of [
      'en-US',
      'en_US.UTF-8',
      'fr-CA',
      'fr_CA.utf8',
      'es-MX',
      'es_MX@euro',
      'fil-PH',
      'en-PH',
      'es-CL',
      'es-CO',
      'zh-Hant-US',
      'en-us',
    ])
      expect(paperForLocale(l), l).toBe('letter');
  });
  it('gives A4 elsewhere, and when the locale names no country', () => {
    for (const l of [
      'en-GB',
      'de_DE.UTF-8',
      'es-ES',
      'es-419',
      'pt-BR',
      'zh-CN',
      'en',
      'C',
      'C.UTF-8',
      'POSIX',
      '',
      undefined,
    ])
      expect(paperForLocale(l), String(l)).toBe('a4');
  });
});

describe('systemPaperLocale', () => {
  const intl = () => 'en-US';
  it('reads LC_ALL, then LC_PAPER, then LANG, as POSIX orders them', () => {
    expect(
      systemPaperLocale(
        { LC_ALL: 'de_DE.UTF-8', LC_PAPER: 'en_US.UTF-8', LANG: 'en_CA.UTF-8' },
        intl,
      ),
    ).toBe('de_DE.UTF-8');
    expect(systemPaperLocale({ LC_PAPER: 'en_US.UTF-8', LANG: 'en_GB.UTF-8' }, intl)).toBe(
      'en_US.UTF-8',
    );
    expect(systemPaperLocale({ LANG: 'en_GB.UTF-8' }, intl)).toBe('en_GB.UTF-8');
  });
  it('asks Intl only when none is set; "C" stays "C" (A4), not Intl\'s en-US', () => {
    expect(systemPaperLocale({}, intl)).toBe('en-US');
    expect(paperForLocale(systemPaperLocale({ LANG: 'C.UTF-8' }, intl))).toBe('a4');
  });
});

describe('resolvePaper', () => {
  it("takes the export's choice, then the deck's setting, then the locale", () => {
    const us = () => 'en_US.UTF-8';
    expect(resolvePaper('a4', 'letter', us)).toBe('a4');
    expect(resolvePaper(undefined, 'a4', us)).toBe('a4');
    expect(resolvePaper(undefined, undefined, us)).toBe('letter');
    expect(resolvePaper(undefined, undefined, () => 'de_DE')).toBe('a4');
  });
});

describe('pages on each paper', () => {
  const deck = (width: number, height: number): StaticDeck => ({
    slides: Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      title: `S${i}`,
      html: `<section>S${i}</section>`,
      notes: 'n',
    })),
    width,
    height,
    css: '',
    warnings: [],
  });
  const doc = (
    d: StaticDeck,
    layout: 'slides' | 'notes' | 'handouts',
    paper: 'a4' | 'letter',
    handouts: 3 | 6 = 3,
  ) => printDocument('T', 'en', d, { format: 'pdf', layout, handouts, fragments: false, paper });

  it("notes and handouts take the paper; slides keep the deck's shape", () => {
    expect(doc(deck(1280, 720), 'notes', 'letter')).toMatchObject({ width: 816, height: 1056 });
    expect(doc(deck(1280, 720), 'handouts', 'a4')).toMatchObject({ width: 794, height: 1123 });
    expect(doc(deck(1024, 768), 'slides', 'letter')).toMatchObject({ width: 1024, height: 768 });
  });

  it('every slide box of a handout sheet fits on the sheet, for every aspect and paper', () => {
    for (const [w, h] of [
      [1280, 720],
      [1024, 768],
      [1280, 800],
    ] as const) {
      for (const paper of ['a4', 'letter'] as const) {
        for (const per of [3, 6] as const) {
          const html = doc(deck(w, h), 'handouts', paper, per).html;
          const rows = Number(/grid-template-rows:repeat\(3,(\d+)px\)/.exec(html)?.[1]);
          const box = /class="lx-box" style="width:(\d+)px;height:(\d+)px"/.exec(html)!;
          const [bw, bh] = [Number(box[1]), Number(box[2])];
          const sheet =
            paper === 'a4' ? { width: 794, height: 1123 } : { width: 816, height: 1056 };
          const label = `${w}×${h} ${paper} ${per}`;
          expect(bh + 2, label).toBeLessThanOrEqual(rows);
          expect(40 * 2 + 3 * rows + 2 * 28, label).toBeLessThanOrEqual(sheet.height);
          expect((per === 6 ? 2 * (bw + 2) + 30 : bw + 2) + 2 * 48, label).toBeLessThanOrEqual(
            sheet.width,
          );
          expect(bw / bh, label).toBeCloseTo(w / h, 1);
        }
      }
    }
  });
});
