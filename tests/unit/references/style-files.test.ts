/**
 * The bundled CSL styles: each module in common/references/styles/ is exactly its file in
 * assets/csl/ (regenerate with `node main/cli/build/csl-modules.mjs`), and each is a CSL 1.0
 * style that keeps its licence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITATION_STYLES } from '../../../common/deck/schema';
import { cslModule, CSL_DIR, STYLES_DIR } from '../../../main/cli/build/csl-module-text.mjs';

const files = readdirSync(CSL_DIR).filter((f) => /\.(csl|xml)$/.test(f));

describe('bundled CSL styles', () => {
  it('a style file for every citation style the deck format names, and the locale', () => {
    expect(files.sort()).toEqual(
      [...CITATION_STYLES.map((s) => `${s}.csl`), 'locales-en-US.xml'].sort(),
    );
  });
  it.each(files)('%s: its module is generated from it and unchanged', (file) => {
    const xml = readFileSync(join(CSL_DIR, file), 'utf8');
    expect(readFileSync(join(STYLES_DIR, file.replace(/\.(csl|xml)$/, '.ts')), 'utf8')).toBe(
      cslModule(file, xml),
    );
    expect(xml).toMatch(/creativecommons\.org\/licenses\/by-sa\/3\.0/);
  });
});
