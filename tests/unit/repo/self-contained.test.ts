/**
 * A fresh clone has nothing beside it: the tests, scripts and code may read only what the
 * repository holds (and the temporary folders they make).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { outsideRefs, outsideRefsInScripts, outsideRefsInSource } from './outside-paths';

const ROOT = resolve(__dirname, '../../..');

describe('the repository stands alone', () => {
  it('no file under tests/, main/, common/, renderer/, decks/, no root config and no package.json script names a path above the root', () => {
    // This file's own examples below are the one place such paths are meant to appear.
    const refs = outsideRefs(ROOT, ['tests', 'main', 'common', 'renderer', 'decks']).filter(
      (r) => r.file !== 'tests/unit/repo/self-contained.test.ts',
    );
    expect(refs.map((r) => `${r.file}:${r.line}: ${r.text}`)).toEqual([]);
  });

  it('carries the sample reading its tests and the curated decks are made from', () => {
    expect(
      existsSync(join(ROOT, 'tests/fixtures/sources/soviet-industrialization-1930s.txt')),
    ).toBe(true);
  });

  describe('the finder sees each way a path can leave the root', () => {
    const file = join(ROOT, 'tests/unit/generate/x.test.ts');
    const cases: Array<[string, string]> = [
      [
        'a file read beside the repository',
        `readFileSync(join(__dirname, '../../../../sibling/source/a.txt'))`,
      ],
      ['a path from the root', `const S = resolve(ROOT, '../sibling/source/a.txt');`],
      [
        'a path split into arguments',
        `join(__dirname, '..', '..', '..', '..', 'sibling', 'a.txt')`,
      ],
      ['a path from the working folder', 'join(process.cwd(), `../elsewhere/a.txt`)'],
      ['an import', `import { x } from '../../../../other-project/x';`],
      ['a dynamic import', `const m = await import('../../../../other/m.js');`],
      ['a URL from the module', `new URL('../../../../sibling/a.txt', import.meta.url)`],
    ];
    it.each(cases)('%s', (_name, line) => {
      expect(outsideRefsInSource(ROOT, file, line)).toHaveLength(1);
    });

    it('but not a path that stays inside, nor a hostile string that is only test data', () => {
      const inside = [
        `readFileSync(join(__dirname, '../../fixtures/sources/a.txt'))`,
        `import { parseDeck } from '../../../common/deck/load';`,
        `const ROOT = resolve(__dirname, '../../..');`,
        `expect(checkAssetPath('../../../../etc/passwd').ok).toBe(false);`,
        `mkdirSync(join(tmp, '../../..'));`,
      ];
      expect(inside.flatMap((l) => outsideRefsInSource(ROOT, file, l))).toEqual([]);
    });

    it('and a script that reaches above the root', () => {
      expect(
        outsideRefsInScripts(ROOT, {
          bench: 'tsx ../sibling/bench.ts',
          test: 'tsx tests/run-all.ts',
        }),
      ).toHaveLength(1);
    });
  });
});
