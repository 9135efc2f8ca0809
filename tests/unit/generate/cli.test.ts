import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDeck } from '../../../common/deck/load';
import { docx } from '../import/docx-zip';

const ROOT = resolve(__dirname, '../../..');
const SAMPLE = resolve(ROOT, 'tests/fixtures/sources/soviet-industrialization-1930s.txt');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-generate-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lectern(...args: string[]) {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'main/cli/index.ts'), ...args],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each test starts the command under tsx several times: seconds apiece on a loaded machine.
describe('lectern generate', { timeout: 180_000 }, () => {
  it('writes the three sample decks with their source copy, prints their paths, and they pass check', () => {
    const r = lectern('generate', SAMPLE, '--out', 'x');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const files = r.out.trim().split('\n');
    expect(files).toEqual([
      'x/massive-introduction-of-advanced-western/massive-introduction-of-advanced-western.lectern',
      'x/introduction-of-western-technicians-and/introduction-of-western-technicians-and.lectern',
      'x/funds-were-brought-in-to-solve-financial/funds-were-brought-in-to-solve-financial.lectern',
    ]);
    for (const f of files) {
      const loaded = parseDeck(readFileSync(join(dir, f), 'utf8'));
      expect(loaded.ok).toBe(true);
      const folder = join(dir, f, '..');
      expect(readFileSync(join(folder, 'sources/soviet-industrialization-1930s.txt'))).toEqual(
        readFileSync(SAMPLE),
      );
    }
    const check = lectern('check', 'x');
    expect(check.code).toBe(0);
    expect(check.out).toContain('3 decks checked, 0 invalid');
    expect(check.err).not.toMatch(/: slide \d+ "[^"]*": (?!warning)/);
  });
  it('refuses to overwrite existing deck folders and writes nothing new', () => {
    const before = readdirSync(join(dir, 'x')).sort();
    const r = lectern('generate', SAMPLE, '--out', 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/already exists; choose another --out folder/);
    expect(readdirSync(join(dir, 'x')).sort()).toEqual(before);
  });
  it('--single writes one deck; a .docx works; bad input is a clear error with exit 1', () => {
    const single = lectern(
      'generate',
      join(ROOT, 'tests/fixtures/sources/cholera-london.txt'),
      '--out',
      'one',
      '--single',
    );
    expect(single.code).toBe(0);
    expect(single.out.trim().split('\n')).toEqual([
      'one/cholera-and-the-making-of-public-health-in/cholera-and-the-making-of-public-health-in.lectern',
    ]);
    expect(lectern('check', 'one').code).toBe(0);

    writeFileSync(
      join(dir, 'notes.docx'),
      docx([
        ['Title', 'Tea'],
        ['Heading1', 'Trade'],
        [
          '',
          'In 1839 about 12,000 chests of tea reached London. By 1900 it was 60,000 (Ellis 2015, p. 9).',
        ],
      ]),
    );
    const fromDocx = lectern('generate', 'notes.docx', '--out', 'd');
    expect(fromDocx.code).toBe(0);
    expect(existsSync(join(dir, 'd/trade/sources/notes.docx'))).toBe(true);

    writeFileSync(join(dir, 'broken.docx'), 'not a zip');
    const bad = lectern('generate', 'broken.docx', '--out', 'b');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'broken.docx: is not a Word document: a .docx file is a zip archive and this one is not (was it renamed from another format?)\n',
    );
    expect(lectern('generate', 'notes.docx').code).toBe(2);
  });
});
