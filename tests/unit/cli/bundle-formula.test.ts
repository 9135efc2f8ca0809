/**
 * The built command (`out/cli/lectern.mjs`) draws a formula block for PowerPoint: MathJax is
 * CommonJS, loaded by a dynamic import that the split esbuild bundle answers with its exports
 * as `default` only (under tsx and vitest Node gives them as named exports too), so only the
 * bundle shows whether the typesetter is found.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeDeck } from './helpers';

const root = resolve(import.meta.dirname, '../../..');
const bundle = join(root, 'out/cli/lectern.mjs');
const TEX = 'E = mc^2';

const deck = {
  format: 'lectern-deck',
  version: 1,
  meta: { title: 'Energy' },
  slides: [
    {
      id: 's1',
      layout: 'bullets',
      title: 'Mass and energy',
      blocks: [{ type: 'formula', id: 'f', tex: TEX, caption: 'Einstein, 1905' }],
    },
  ],
};

let work: { dir: string; cleanup: () => void };

describe('formulas in the built lectern command', { timeout: 180_000 }, () => {
  beforeAll(() => {
    const built = spawnSync(
      process.execPath,
      [join(root, 'main/cli/build/bundle.mjs'), '--if-stale'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);
    work = tempDir();
  }, 180_000);
  afterAll(() => work?.cleanup());

  it('exports a formula block to PowerPoint as a picture whose alt text is its TeX', async () => {
    const file = writeDeck(join(work.dir, 'energy'), deck);
    const out = join(work.dir, 'energy.pptx');
    const r = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [bundle, 'export', file, '--pptx', out],
        { cwd: root, encoding: 'utf8', timeout: 90_000 },
        (error, _stdout, stderr) => done({ code: error ? -1 : 0, stderr }),
      ),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('warning');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toMatch(new RegExp(`<p:pic>[\\s\\S]*descr="${TEX.replace(/[\\^$]/g, '\\$&')}"`));
    expect(slide).toContain('Einstein, 1905');
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/.+\.png$/.test(f))).toBe(true);
  });
});
