import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { deckJsonSchemaText } from '../../../common/deck/json-schema';
import { DECK_SCHEMA_ID } from '../../../common/deck/schema';

const ROOT = join(__dirname, '../../..');
const committed = readFileSync(join(ROOT, 'assets/schema/deck-1.schema.json'), 'utf8');
const sampleDecks = readdirSync(join(ROOT, 'decks'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(ROOT, 'decks', d.name, `${d.name}.lectern`));

describe('the deck format as JSON Schema', () => {
  it('is committed exactly as the zod schema generates it (run `npm run lectern -- schema --out assets/schema/deck-1.schema.json`)', () => {
    expect(committed).toBe(deckJsonSchemaText());
  });

  it('is the schema every saved deck names, and an independent validator accepts the sample decks with it', () => {
    const schema = JSON.parse(committed) as { $id: string };
    expect(schema.$id).toBe(DECK_SCHEMA_ID);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(sampleDecks.length).toBeGreaterThanOrEqual(3);
    for (const file of sampleDecks) {
      const deck = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
      expect(deck.$schema, file).toBe(DECK_SCHEMA_ID);
      expect(validate(deck), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('lets an editor catch the mistakes a person makes by hand', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed) as object);
    const deck = JSON.parse(readFileSync(sampleDecks[0]!, 'utf8')) as {
      slides: Array<{ layout: string }>;
      meta: { theme: string };
    };
    deck.slides[0]!.layout = 'two-columns';
    expect(validate(deck)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/slides/0/layout')).toBe(true);
  });
});
