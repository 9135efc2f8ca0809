/**
 * Migrations from older deck versions to the current one, one step per version.
 *
 * Version 0 is the pre-release draft format (a flat list of slides with string bullets);
 * it is kept as a real migration so the path is exercised from day one and every later
 * version adds one step here plus a fixture in `tests/fixtures/decks/`.
 */
import { DECK_FORMAT } from './schema';

type Json = Record<string, unknown>;
interface Migration {
  from: number;
  migrate(raw: Json): Json;
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const v0ToV1: Migration = {
  from: 0,
  migrate(raw) {
    const slides = Array.isArray(raw.slides) ? raw.slides : [];
    // Made-up ids ("s2") must not collide with ids an author gave another slide.
    const given = new Set(
      slides.map((s: unknown) => (isObject(s) && typeof s.id === 'string' ? s.id : undefined)),
    );
    const freshId = (i: number) => {
      let id = `s${i + 1}`;
      for (let n = 2; given.has(id); n++) id = `s${i + 1}-${n}`;
      given.add(id);
      return id;
    };
    return {
      format: DECK_FORMAT,
      version: 1,
      meta: {
        title: raw.title,
        ...(raw.author !== undefined ? { author: raw.author } : {}),
        theme: raw.theme ?? 'light',
        aspectRatio: raw.aspect ?? '16:9',
      },
      slides: slides.map((s: unknown, i: number) => {
        if (!isObject(s)) return s;
        const bullets = Array.isArray(s.bullets) ? s.bullets : [];
        const id = typeof s.id === 'string' ? s.id : freshId(i);
        // Block ids add a suffix; keep them within the 64 characters an id may have.
        const stem = id.slice(0, 56);
        return {
          id,
          layout: bullets.length ? 'bullets' : 'title',
          title: s.title ?? '',
          notes: s.notes ?? '',
          blocks: bullets.length
            ? [
                {
                  type: 'bullets',
                  id: `${stem}-b`,
                  items: bullets.map((text: unknown, j: number) => ({
                    id: `${stem}-b${j + 1}`,
                    text,
                  })),
                },
              ]
            : [],
        };
      }),
      references: [],
      sources: [],
    };
  },
};

const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** Applies every step from `from` up to the current version. */
export function migrate(raw: Json, from: number): Json {
  let current = raw;
  for (const step of MIGRATIONS) if (step.from >= from) current = step.migrate(current);
  return current;
}

export const OLDEST_VERSION = MIGRATIONS[0]?.from ?? 1;
