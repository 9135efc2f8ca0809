/**
 * The HTML exporter on real decks written to disk: same deck → same bytes (and equal to the
 * committed golden file), the CSP pins exactly the inline scripts, deck text never becomes
 * markup, notes only in the speaker copy, a missing image becomes a placeholder and a warning.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDeck } from '../../../main/export/export-deck';
import { MISSING_IMAGE } from '../../../main/export/images';
import { lectureDeck, validDeck, writeDeck, XSS, xssDeck } from '../../fixtures/export/decks';

const root = mkdtempSync(join(tmpdir(), 'lectern-unit-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const GOLDEN = join(import.meta.dirname, '../../fixtures/export/lecture.golden.html');

async function html(input = lectureDeck(), notes = true, mutate?: (dir: string) => void) {
  const file = writeDeck(input, 'lecture', mkdtempSync(join(root, 'd-')));
  mutate?.(dirname(file));
  const r = await exportDeck(validDeck(input), dirname(file), { format: 'html', notes });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return { text: new TextDecoder().decode(r.value.bytes), warnings: r.warnings };
}

describe('HTML export', () => {
  it('gives the same bytes for the same deck, equal to the golden file', async () => {
    const a = await html();
    const b = await html();
    expect(a.text).toBe(b.text);
    // The slide stylesheet (fonts, themes) belongs to the renderer and changes with it; the
    // golden file pins everything else. Regenerate with UPDATE_GOLDEN=1 after a deliberate change.
    const pinned = a.text.replace(
      /<style>@font-face[\s\S]*?<\/style>/,
      '<style>/* slide stylesheet */</style>',
    );
    expect(pinned).not.toBe(a.text);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, pinned);
    expect(
      pinned === readFileSync(GOLDEN, 'utf8'),
      'differs from tests/fixtures/export/lecture.golden.html (UPDATE_GOLDEN=1 to accept)',
    ).toBe(true);
  });

  it('pins every inline script by its sha256 and allows nothing to load', async () => {
    const { text } = await html();
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(text)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const scripts = [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const s of scripts)
      expect(csp).toContain(`'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(csp).not.toMatch(/unsafe-eval|https?:|script-src[^;]*unsafe-inline/);
    const markup = text.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
    expect(markup).not.toMatch(/\s(src|href)="(?!data:|https:\/\/example\.org\/archive|#)/);
  });

  it('never lets deck text become markup', async () => {
    const { text } = await html(xssDeck());
    expect(text).not.toContain(XSS);
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('<svg onload');
    // The notes JSON cannot close its element.
    const data =
      /<script type="application\/json" id="lx-data">([\s\S]*?)<\/script>/.exec(text)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect((JSON.parse(data) as { notes: string[] }).notes[0]).toContain(XSS);
  });

  it('leaves the notes out of the student copy entirely', async () => {
    const { text } = await html(lectureDeck(), false);
    for (const s of validDeck(lectureDeck()).slides)
      if (s.notes) expect(text).not.toContain(s.notes);
    expect(text).not.toContain('<aside id="lx-speaker"');
  });

  it('leaves hidden slides out and exports a missing image as a placeholder with a warning', async () => {
    const { text, warnings } = await html(lectureDeck(), true, (dir) =>
      unlinkSync(join(dir, 'assets', 'plant.png')),
    );
    expect(text).not.toContain('Hidden draft');
    expect(text).toContain(MISSING_IMAGE);
    expect(warnings.map((w) => w.what).join()).toMatch(/assets\/plant\.png.*placeholder/);
  });
});
