/** Asset paths in a deck must stay inside the deck folder; the schema refuses every way out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../common/deck/load';
import { assetPathProblem } from '../../../common/deck/asset-path';

const v1 = readFileSync(
  join(import.meta.dirname, '../../fixtures/decks/version-1.lectern'),
  'utf8',
);

function deckWithImage(asset: string): string {
  const deck = JSON.parse(v1) as { slides: Array<{ blocks: Array<Record<string, unknown>> }> };
  deck.slides[2]!.blocks.push({
    type: 'figure',
    id: 'img',
    figure: { kind: 'image', asset },
    alt: 'a map',
  });
  return JSON.stringify(deck, null, 2);
}

const HOSTILE: Array<[string, RegExp]> = [
  ['../secret.png', /leaves the deck folder/],
  ['assets/../../etc/passwd', /leaves the deck folder/],
  ['/etc/passwd', /absolute/],
  ['C:\\Windows\\win.ini', /"\\"|absolute Windows/],
  ['C:/Windows/win.ini', /absolute Windows/],
  ['\\\\server\\share\\x.png', /"\\"/],
  ['//server/share/x.png', /absolute/],
  ['file:///etc/passwd', /URL/],
  ['https://example.com/x.png', /URL/],
  ['assets/%2e%2e/%2e%2e/x.png', /encoded/],
  ['%2E%2E%2Fx.png', /encoded/],
  ['assets/./x.png', /"\." segment/],
  ['assets\u0000.png', /control/],
  ['', /empty/],
];

describe('asset paths', () => {
  it.each(HOSTILE)('refuses %j in a deck with a path-precise error', (asset, reason) => {
    const result = parseDeck(deckWithImage(asset));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.where).toBe('slides[2].blocks[1].figure.asset');
    expect(result.problems[0]!.what).toMatch(reason);
  });

  it('accepts plain relative paths inside the folder', () => {
    for (const ok of [
      'assets/map.png',
      'assets/maps/urals 1932.jpg',
      'picture.svg',
      'assets/..hidden.png',
    ]) {
      expect(assetPathProblem(ok), ok).toBeUndefined();
    }
    expect(parseDeck(deckWithImage('assets/map.png')).ok).toBe(true);
  });
});
