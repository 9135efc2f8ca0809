/**
 * The lecturer test for tests/fixtures/sources/replication-crisis.md, a psychology reading in
 * an academic register, written after the generator's rules were: asides set off by a pair of
 * dashes, a subject's appositive, "The same year," leading a long sentence, a report with two
 * claims ("argued that … and that …"), a journal's name inside a long claim, two shares of
 * different measures in neighbouring sentences, and two counts of participants of two
 * different studies. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests } from './readings';

const g = draftedForTests('replication-crisis.md');

const slides = () => g.decks.flatMap((d) => d.slides);
const bullets = () => slides().flatMap(bulletsOf);
const texts = () => bullets().map((b) => b.text);

describe('the replication-crisis drafts, as a lecturer checks them', () => {
  it('keep the claims of long academic sentences, without their dashed asides', () => {
    const all = texts().join(' | ');
    // The opening claim of the reading, its journal's name cut so it fits.
    expect(all).toContain(
      'Daryl Bem published nine experiments claiming that people could sense future events',
    );
    expect(all).toContain(
      'The paper had passed ordinary peer review, and that alarmed many of his colleagues',
    );
    expect(all).toContain('from the nominal 5 percent to 61 percent');
    expect(all).toContain(
      'Joseph Simmons, Leif Nelson and Uri Simonsohn showed how flexible analysis inflates false positives',
    );
    for (const t of texts()) expect(t).not.toMatch(/—/);
  });

  it('put each reported claim under its reporter, and never cut a clause in two', () => {
    const report = bullets().find((b) => b.text === 'Daniel Gilbert and colleagues argued:');
    expect(report?.children.map((c) => c.text)).toEqual([
      'Many replications had departed from the original protocols',
      'The project underestimated the true rate',
    ]);
    for (const b of bullets()) {
      // "compared: with roughly 25 percent …", "Fiske used: in a draft column … and later withdrew".
      expect(b.text).not.toMatch(/\b(?:compared|used):$/);
      for (const c of b.children) expect(c.text).not.toMatch(/\band later \w+$/);
    }
  });

  it('title slides by their claims', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Social psychologist Daryl Bem published nine experiments');
    expect(titles).toContain('Flexible analysis inflates false positives');
    for (const t of titles) expect(t).not.toMatch(/\blikely$/);
  });

  it('never draw two studies as one series, nor two measures as one breakdown', () => {
    const charts = g.decks.flatMap((d) => chartsOf(d));
    // 2,141 participants of one study and 15,305 of another are no count that grew.
    for (const c of charts) {
      const values = c.spec.data.values.map((r) => r.value);
      expect(values.includes(2141) && values.includes(15305)).toBe(false);
    }
    // "had reported significant results" (97 and 36 percent) is not "replicated" (50 and 25 percent).
    const shares = charts.find((c) => c.spec.data.values.some((r) => r.value === 97));
    expect(shares?.spec.data.values.map((r) => r.value)).toEqual([97, 36]);
    expect(shares?.slide.title).toBe('Original studies 97 percent vs replications 36 percent');
    // The axis says what the share is of the studies, in the reading's words.
    expect(JSON.stringify(shares?.spec.encoding)).toContain(
      'Share that reported significant results, %',
    );
  });
});
