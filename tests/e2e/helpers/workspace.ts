/**
 * Test workspaces on disk: a temp folder holding real deck folders (`<slug>/<slug>.lectern`)
 * written with the project's own serializer, so the host reads exactly what a lecturer's
 * disk would hold.
 */
import {
  mkdtempSync,
  mkdirSync,
  rmSync,
  writeFileSync,
  readFileSync,
  cpSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deck, type DeckInput } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';

export interface TempWorkspace {
  dir: string;
  /** The deck file of `slug`. */
  deckPath: (slug: string) => string;
  /** The deck ref (workspace-relative) of `slug`. */
  ref: (slug: string) => string;
  cleanup: () => void;
}

/** A fresh empty workspace under the OS temp folder. */
export function tempWorkspace(): TempWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-e2e-'));
  return {
    dir,
    deckPath: (slug) => join(dir, slug, `${slug}.lectern`),
    ref: (slug) => `${slug}/${slug}.lectern`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes `deck` as the deck folder `slug` of the workspace; returns the deck file's path. */
export function writeDeck(ws: TempWorkspace, slug: string, deck: DeckInput): string {
  const parsed = Deck.parse(deck);
  mkdirSync(join(ws.dir, slug, 'assets'), { recursive: true });
  const path = ws.deckPath(slug);
  writeFileSync(path, serializeDeck(parsed));
  return path;
}

/** Copies the sample decks in decks/ into the workspace, when there are any. */
export function copySampleDecks(ws: TempWorkspace, root = process.cwd()): boolean {
  const from = join(root, 'decks');
  if (!existsSync(from)) return false;
  cpSync(from, ws.dir, { recursive: true });
  return true;
}

/** Reads a deck file back as JSON (what is really on disk). */
export function readDeckJson(path: string): Deck {
  return JSON.parse(readFileSync(path, 'utf8')) as Deck;
}

/** A small lecture deck: a title slide, two bullet slides, a quote slide, and one reference. */
export function lectureDeck(title = 'Soviet industrialisation'): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title, theme: 'light', aspectRatio: '16:9', language: 'en' },
    references: [
      {
        id: 'r1',
        label: '[1]',
        text: 'Sutton, A. C. Western Technology and Soviet Economic Development 1930 to 1945. Hoover Institution, 1971.',
        missing: [],
      },
      { id: 'r2', label: '[2]', text: '', missing: ['author', 'title', 'issued'] },
    ],
    slides: [
      {
        id: 's1',
        layout: 'title',
        title: title,
        subtitle: 'Week 3: technology transfer',
        blocks: [],
        notes: '',
      },
      {
        id: 's2',
        layout: 'bullets',
        title: 'Western equipment',
        notes: 'Most large plants of the first plan used imported machinery.',
        blocks: [
          {
            type: 'bullets',
            id: 'b2',
            items: [
              {
                id: 'i21',
                text: 'Imported machine tools',
                children: [],
                citations: [{ ref: 'r1', pages: '207' }],
              },
              {
                id: 'i22',
                text: 'Turnkey plants from *abroad*',
                children: [{ id: 'i23', text: 'Magnitogorsk', children: [], citations: [] }],
                citations: [],
              },
            ],
          },
        ],
      },
      {
        id: 's3',
        layout: 'bullets',
        title: 'Western specialists',
        notes: '',
        blocks: [
          {
            type: 'bullets',
            id: 'b3',
            items: [{ id: 'i31', text: 'Engineers on contract', children: [], citations: [] }],
          },
        ],
      },
      {
        id: 's4',
        layout: 'quote',
        title: 'In their words',
        notes: '',
        blocks: [
          {
            type: 'quote',
            id: 'q4',
            text: 'We are fifty or a hundred years behind.',
            attribution: 'Stalin, 1931',
            citations: [],
          },
        ],
      },
    ],
  };
}

/** A deck of `n` bullet slides, for the speed bench. */
export function bigDeck(n: number): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: {
      title: `Course deck (${n} slides)`,
      theme: 'light',
      aspectRatio: '16:9',
      language: 'en',
    },
    slides: Array.from({ length: n }, (_, i) => ({
      id: `s${i + 1}`,
      layout: 'bullets' as const,
      title: `Slide ${i + 1}: industrial growth`,
      notes: `Notes for slide ${i + 1}.`,
      blocks: [
        {
          type: 'bullets' as const,
          id: `b${i + 1}`,
          items: Array.from({ length: 5 }, (_, k) => ({
            id: `i${i + 1}-${k + 1}`,
            text: `Point ${k + 1} about the **first** five-year plan`,
            children: [],
            citations: [],
          })),
        },
      ],
    })),
  };
}
