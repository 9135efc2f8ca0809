/**
 * The deck schema as JSON Schema, so a deck file can name it in `$schema` and editors can
 * validate and complete deck files. Derived from the zod schema, never written by hand;
 * `assets/schema/deck-1.schema.json` is this output, kept current by a test.
 */
import { z } from 'zod';
import { Deck, DECK_SCHEMA_ID, DECK_VERSION } from './schema';

/** The JSON Schema (draft 2020-12) of a deck file as it may be written. */
export function deckJsonSchema(): Record<string, unknown> {
  // `input`: what a file may hold (defaults may be left out), not what loading returns.
  const schema = z.toJSONSchema(Deck, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return {
    $schema: schema.$schema,
    $id: DECK_SCHEMA_ID,
    title: `Lectern deck, version ${DECK_VERSION}`,
    description:
      'A lecture deck: metadata, slides with blocks, references and the sources it was generated from.',
    ...schema,
  };
}

/** The file text of the JSON Schema: two-space JSON and a final newline, like a deck. */
export function deckJsonSchemaText(): string {
  return JSON.stringify(deckJsonSchema(), null, 2) + '\n';
}
