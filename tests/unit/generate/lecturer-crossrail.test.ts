/**
 * The lecturer test for tests/fixtures/sources/crossrail.md, infrastructure policy in APA
 * style: a budget and who paid what of it, a "with" phrase after a verb that is only an
 * auxiliary ("was to run …, with 42 kilometres of tunnels"), a second predicate that shares a
 * modal, a clause after a time set off by commas, and a participle after the subject's noun.
 * Written before the rules it exposed, then mended: the budget drawn as a bar beside its parts
 * and "The Department" cut from "the Department for Transport"; "The line was with 42
 * kilometres …"; "It add about 10 per cent"; "In August of that year, four months before the
 * planned date" as a bullet without its clause; the titles "Funding package agreed" and
 * "Growth along".
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('crossrail.md');
const { texts, slides, charts } = lecturerView(g);

describe('the Crossrail drafts, as a lecturer checks them', () => {
  it('draw who paid what of the budget, the budget itself as the whole, never a bar', () => {
    const paid = charts().find((c) => /Transport for London/.test(c.block.caption ?? ''));
    const labels = paid?.spec.data.values.map((v) => (v as { label?: string }).label);
    expect(labels).toEqual([
      'Transport for London',
      'The Department for Transport',
      'London businesses',
    ]);
    expect(paid?.block.caption).toMatch(/in all: £14\.8 billion of the original budget$/);
  });

  it('never join a "with" phrase to a verb that is only an auxiliary', () => {
    for (const t of texts()) expect(t).not.toMatch(/\bwas with\b/);
  });

  it("give a second predicate its subject's modal", () => {
    expect(texts()).toContain("It would add about 10 per cent to London's rail capacity");
  });

  it('keep the clause after a time set off by commas', () => {
    expect(texts()).toContain(
      'Four months before the planned date, the company announced that the opening would be postponed',
    );
  });

  it('title with the verb, never a participle after the noun, nor a cut phrase', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Funding package was unusual');
    expect(titles).toContain('Plans date back to the 1940s');
    for (const t of titles) expect(t).not.toMatch(/\s(?:along|of|to|in|for|with|the)$/);
  });
});
