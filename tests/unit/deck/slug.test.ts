/** The one slug rule: what new, saved-as and generated decks are named after their titles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX, slugify, WINDOWS_DEVICE } from '../../../common/deck/slug';
import { slugify as generatedSlug } from '../../../common/generate/text';
import { slugify as storeSlug } from '../../../main/store';

describe('slugify', () => {
  it('is the same rule for new decks and generated ones', () => {
    expect(storeSlug).toBe(slugify);
    expect(generatedSlug).toBe(slugify);
  });

  it('reads a title as a lecturer would find its folder', () => {
    expect(slugify('The introduction of Western technicians')).toBe(
      'introduction-of-western-technicians',
    );
    expect(slugify('Élan vital: Bergson’s “creative evolution”')).toBe(
      'elan-vital-bergson-s-creative-evolution',
    );
    expect(slugify('The A-Team')).toBe('team');
    expect(slugify('The')).toBe('the');
    expect(slugify('  ')).toBe('deck');
    expect(slugify('Сталин', 'source')).toBe('source');
    expect(slugify('x'.repeat(70))).toBe('x'.repeat(SLUG_MAX));
    expect(slugify('Industrialisation and the collectivisation of agriculture in the 1930s')).toBe(
      'industrialisation-and-the-collectivisation-of',
    );
  });

  it('is short, plain, never a Windows device name, and its own slug', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('deck', 'ref', 'x'),
        (title, fallback) => {
          const slug = slugify(title, fallback);
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(slug.length).toBeLessThanOrEqual(SLUG_MAX + fallback.length + 1);
          expect(WINDOWS_DEVICE.test(slug)).toBe(false);
          expect(slugify(slug, fallback)).toBe(slug);
        },
      ),
      { numRuns: 2000 },
    );
    for (const device of ['CON', 'The Aux', 'nul', 'Lpt1'])
      expect(slugify(slugify(device))).toBe(slugify(device));
  });
});
