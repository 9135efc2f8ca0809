/**
 * The formatter (Prettier, `.prettierrc.json`) is part of `npm run lint`: a file that differs
 * from how Prettier prints it fails the check, and the settings are the ones the README's
 * Contributing section names (line width 100, single quotes, trailing commas).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const probe = resolve(ROOT, 'main/platform/background.ts');

describe('the formatter', () => {
  it('is run by npm run lint', () => {
    const scripts = (
      JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.lint).toContain('format:check');
    expect(scripts['format:check']).toMatch(/^prettier --check/);
  });

  it('refuses a line over 100 characters and double quotes, and accepts its own output', async () => {
    const options = { ...(await prettier.resolveConfig(probe)), filepath: probe };
    expect(options).toMatchObject({ printWidth: 100, singleQuote: true, trailingComma: 'all' });
    const long = `export const words = ["steel", "coal", "oil", "grain", "cotton", "timber", "copper", "tin", "lead"];\n`;
    expect(await prettier.check(long, options)).toBe(false);
    expect(await prettier.check(await prettier.format(long, options), options)).toBe(true);
  });

  it('checks the repository as it is (this file included)', async () => {
    const self = resolve(import.meta.dirname, 'format.test.ts');
    const options = { ...(await prettier.resolveConfig(self)), filepath: self };
    expect(await prettier.check(readFileSync(self, 'utf8'), options)).toBe(true);
  });
});
