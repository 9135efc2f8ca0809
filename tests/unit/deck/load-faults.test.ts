/**
 * Bad deck text: every malformed input gives a problem naming the place, never a throw,
 * and repairs (BOM, unknown fields, old versions) come with a warning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck, MAX_DEPTH } from '../../../common/deck/load';
import { serializeDeck } from '../../../common/deck/serialize';

const fixtures = join(import.meta.dirname, '../../fixtures/decks');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const v1 = fixture('version-1.lectern');
const LINE_COLUMN = /^line \d+, column \d+$/;

function problemsOf(text: string) {
  const result = parseDeck(text);
  if (result.ok) throw new Error(`expected a problem for ${JSON.stringify(text.slice(0, 80))}`);
  return result.problems;
}

describe('truncated deck files', () => {
  it('give an error with a line and column at every offset, never a throw', () => {
    // The last character is the final newline: dropping it leaves a complete deck.
    for (let cut = 0; cut < v1.length - 1; cut++) {
      const text = v1.slice(0, cut);
      let result;
      try {
        result = parseDeck(text);
      } catch (e) {
        throw new Error(`parseDeck threw at offset ${cut}`, { cause: e });
      }
      expect(result.ok, `offset ${cut}`).toBe(false);
      if (result.ok) continue;
      const first = result.problems[0]!;
      expect(first.where, `offset ${cut}`).toMatch(LINE_COLUMN);
      expect(first.severity).toBe('error');
      const [, line, column] = /line (\d+), column (\d+)/.exec(first.where)!.map(Number);
      const lines = text.split('\n');
      expect(line!, `offset ${cut}`).toBeLessThanOrEqual(lines.length);
      expect(column!, `offset ${cut}`).toBeLessThanOrEqual((lines[line! - 1]?.length ?? 0) + 1);
    }
  });

  it('says the file ends too early when cut inside the structure', () => {
    const [problem] = problemsOf(v1.slice(0, 400));
    expect(problem!.where).toMatch(LINE_COLUMN);
    expect(problem!.what).toMatch(/ends too early|not valid JSON/);
  });
});

describe('odd bytes and shapes', () => {
  it('repairs a byte-order mark with a warning', () => {
    const result = parseDeck('\ufeff' + v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.what).join()).toMatch(/byte-order mark/);
    expect(serializeDeck(result.value.deck)).toBe(v1);
  });

  it('refuses an empty or blank file', () => {
    for (const text of ['', '   \n\t\n']) expect(problemsOf(text)[0]!.what).toMatch(/empty/);
  });

  it('refuses NUL bytes and says where the first one is', () => {
    const at = v1.indexOf('"meta"');
    const [problem] = problemsOf(v1.slice(0, at) + '\u0000' + v1.slice(at));
    expect(problem!.what).toMatch(/NUL/);
    expect(problem!.where).toBe('line 5, column 3');
  });

  it('refuses 100,000 levels of nesting anywhere without exhausting the stack', () => {
    const nest = (open: string, inner: string, close: string) =>
      open.repeat(100_000) + inner + close.repeat(100_000);
    // The whole file, a text field, bullets inside bullets, and a chart spec (kept as given).
    expect(problemsOf(nest('[', '', ']'))[0]!.where).toBe('(the deck)');
    expect(
      problemsOf(
        v1.replace('"notes": "Stress the terms."', `"notes": ${nest('{"a":', '1', '}')}`),
      )[0]!.where,
    ).toBe('slides[1].notes');
    const bullets = nest('{"id":"x","text":"t","children":[', '', ']}');
    const deepBullets = problemsOf(
      v1.replace(
        '"children": [],\n                  "citations": [\n                    {\n                      "ref": "r1",',
        `"children": [${bullets}],\n                  "citations": [\n                    {\n                      "ref": "r1",`,
      ),
    );
    expect(deepBullets.map((p) => p.what).join()).toMatch(/nest at most 8 levels|levels deep/);
    const [chart] = problemsOf(
      v1.replace('"mark": "bar"', `"mark": "bar", "config": ${nest('{"a":', '1', '}')}`),
    );
    expect(chart!.what).toMatch(new RegExp(`more than ${MAX_DEPTH} levels deep`));
    expect(chart!.where).toMatch(/^slides\[1\]\.blocks\[1\]\.figure\.spec/);
  });

  it('refuses JSON that is not an object, and other formats', () => {
    expect(problemsOf('[1,2]')[0]!.where).toBe('(the deck)');
    expect(problemsOf('"deck"')[0]!.where).toBe('(the deck)');
    expect(problemsOf(v1.replace('"lectern-deck"', '"powerpoint"'))[0]!.where).toBe('format');
  });
});

describe('hostile and unexpected fields', () => {
  it('drops __proto__ keys without polluting any prototype', () => {
    const hostile = v1
      .replace('"meta": {', '"meta": { "__proto__": { "polluted": true, "title": "hijacked" },')
      .replace('"$schema"', '"__proto__": { "isAdmin": true },\n  "$schema"');
    const result = parseDeck(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf(result.value.deck)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.value.deck.meta)).toBe(Object.prototype);
    expect(result.value.deck.meta.title).toBe('Foreign credit');
    expect(result.warnings.map((w) => w.where)).toEqual(
      expect.arrayContaining(['__proto__', 'meta.__proto__']),
    );
    expect(serializeDeck(result.value.deck)).not.toMatch(/__proto__|polluted|isAdmin/);
  });

  it('warns about unknown fields by path and drops them on save', () => {
    const text = v1.replace(
      '"title": "Credits by lender",',
      '"title": "Credits by lender",\n      "colour": "red",',
    );
    const result = parseDeck(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      expect.objectContaining({ where: 'slides[1].colour', severity: 'warning' }),
    ]);
    expect(serializeDeck(result.value.deck)).toBe(v1);
  });

  it('names the exact path of a value of the wrong type', () => {
    const deck = JSON.parse(v1) as { slides: Array<Record<string, unknown>> };
    deck.slides[0]!.title = 42;
    expect(problemsOf(JSON.stringify(deck))[0]!.where).toBe('slides[0].title');
    const nested = JSON.parse(v1) as {
      slides: Array<{
        blocks: Array<{ items: Array<{ children: Array<Record<string, unknown>> }> }>;
      }>;
    };
    nested.slides[1]!.blocks[0]!.items[0]!.children[0]!.citations = 'r1';
    expect(problemsOf(JSON.stringify(nested)).map((p) => p.where)).toContain(
      'slides[1].blocks[0].items[0].children[0].citations',
    );
    expect(problemsOf(v1.replace('"version": 1', '"version": "1"'))[0]!.where).toBe('version');
  });

  it('refuses duplicate slide ids', () => {
    expect(problemsOf(v1.replace('"id": "s3"', '"id": "s2"')).map((p) => p.where)).toContain(
      'slides[2].id',
    );
  });
});

describe('versions', () => {
  it('opens a deck from a newer Lectern read-only, with a warning', () => {
    const result = parseDeck(fixture('version-2-newer.lectern'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.readOnly).toBe(true);
    expect(result.warnings[0]).toMatchObject({ where: 'version', severity: 'warning' });
    expect(result.warnings[0]!.what).toMatch(/newer Lectern.*read-only/);
  });

  it('migrates the version 0 fixture to a valid version 1 deck', () => {
    const result = parseDeck(fixture('version-0.lectern'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { deck, migratedFrom, readOnly } = result.value;
    expect(migratedFrom).toBe(0);
    expect(readOnly).toBe(false);
    expect(deck.version).toBe(1);
    expect(deck.meta).toMatchObject({
      title: 'Western technology in the 1930s',
      author: 'A. Lecturer',
      theme: 'dark',
      aspectRatio: '4:3',
    });
    expect(deck.slides.map((s) => [s.id, s.layout])).toEqual([
      ['intro', 'title'],
      ['s2', 'bullets'],
      ['s3', 'bullets'],
    ]);
    expect(deck.slides[1]!.blocks[0]).toMatchObject({
      type: 'bullets',
      items: [
        { text: 'Tractor plants bought whole' },
        { text: 'Turbines from Metropolitan-Vickers' },
      ],
    });
    // A migrated deck saves as a current one and then loads without migration.
    const again = parseDeck(serializeDeck(deck));
    expect(again.ok && again.value.migratedFrom).toBe(undefined);
  });

  it('refuses versions below the oldest and non-integers', () => {
    for (const v of ['-1', '0.5', 'null'])
      expect(problemsOf(v1.replace('"version": 1', `"version": ${v}`))[0]!.where).toBe('version');
  });
});

describe('duplicate ids', () => {
  // An edit names the slide and then the block or bullet: a second one with the same id could never be edited.
  const deck = () =>
    JSON.parse(v1) as {
      slides: Array<{
        id: string;
        blocks: Array<{
          id: string;
          type: string;
          items?: Array<{ id: string; children: unknown[] }>;
        }>;
      }>;
    };
  const withBullets = () => {
    const d = deck();
    const slide = d.slides.find((s) => s.blocks.some((b) => b.type === 'bullets'))!;
    return {
      d,
      i: d.slides.indexOf(slide),
      slide,
      block: slide.blocks.find((b) => b.type === 'bullets')!,
    };
  };

  it('refuse two blocks or bullets of one slide with the same id, naming where', () => {
    const { d, i, slide, block } = withBullets();
    slide.blocks.push({ ...block, id: block.id });
    const problems = problemsOf(JSON.stringify(d));
    expect(problems.map((p) => p.where)).toContain(
      `slides[${i}].blocks[${slide.blocks.length - 1}].id`,
    );
    expect(problems.map((p) => p.what).join(' ')).toMatch(
      /used by an earlier block or bullet of this slide \(a bullets block\)/,
    );

    const second = withBullets();
    const items = second.block.items!;
    items.push({ ...items[0]!, id: items[0]!.id });
    expect(
      problemsOf(JSON.stringify(second.d))
        .map((p) => p.what)
        .join(' '),
    ).toMatch(/\(a bullet\)/);
  });

  it('accept the same block id on two different slides', () => {
    const d = deck();
    const [a, b] = d.slides.filter((s) => s.blocks.length > 0);
    b!.blocks[0]!.id = a!.blocks[0]!.id;
    expect(parseDeck(JSON.stringify(d)).ok).toBe(true);
  });
});
