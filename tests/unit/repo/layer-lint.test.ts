/**
 * The layer rule in eslint.config.js, run by ESLint's own API on small probe files: common/
 * and renderer/ may not import any Node built-in (however it is spelled), and the rule must not
 * refuse a sibling file whose name happens to be a built-in's ("./Inspector"); and the order of
 * the folders inside main/.
 */
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/**
 * The rules that read types need a file their tsconfig holds, so a probe is linted under the
 * name of a real file in the probe's folder (same extension): ESLint lints the text given.
 */
function realFileFor(probe: string): string {
  const folder = resolve(ROOT, dirname(probe));
  const name = readdirSync(folder).find(
    (f) => extname(f) === extname(probe) && !f.endsWith('.d.ts'),
  );
  if (!name) throw new Error(`no ${extname(probe)} file in ${folder} to lint a probe as`);
  return resolve(folder, name);
}

async function lint(probe: string, text: string): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(text, { filePath: realFileFor(probe) });
  const fatal = result!.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`the probe for ${probe} did not parse: ${fatal.message}`);
  return result!;
}

async function refused(file: string, specifier: string): Promise<boolean> {
  const result = await lint(file, `import x from '${specifier}';\nexport default x;\n`);
  return result.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layer lint rule', () => {
  it.each(['events', 'buffer', 'assert', 'node:fs', 'fs/promises', 'worker_threads', 'inspector'])(
    'refuses %s in common/ and renderer/',
    async (specifier) => {
      expect(await refused('common/deck/probe.ts', specifier)).toBe(true);
      expect(await refused('renderer/src/app/probe.ts', specifier)).toBe(true);
    },
  );

  it('lets main/ import Node and common/ import a sibling named like a built-in', async () => {
    expect(await refused('main/store/probe.ts', 'node:fs')).toBe(false);
    expect(await refused('common/deck/probe.ts', './Inspector')).toBe(false);
    expect(await refused('renderer/src/editor/probe.tsx', './Inspector')).toBe(false);
  });

  it('refuses main/ in renderer/ and renderer/ in main/', async () => {
    expect(await refused('renderer/src/app/probe.ts', '../../../main/store/read')).toBe(true);
    expect(await refused('main/store/probe.ts', '../../renderer/src/app/route')).toBe(true);
  });

  it('keeps the order inside main/: store and platform under import and export, under services, under the hosts', async () => {
    expect(await refused('main/store/probe.ts', '../services/export')).toBe(true);
    expect(await refused('main/store/probe.ts', '../export/export-deck')).toBe(true);
    expect(await refused('main/export/pptx/probe.ts', '../../services/export')).toBe(true);
    expect(await refused('main/services/probe.ts', '../web/server')).toBe(true);
    expect(await refused('main/platform/probe.ts', '../web/ui-build')).toBe(true);
    expect(await refused('main/host-shared/probe.ts', '../services/index')).toBe(true);
    expect(await refused('main/host-shared/probe.ts', '../web/server')).toBe(true);
    expect(await refused('main/web/probe.ts', '../cli/io')).toBe(true);
    expect(await refused('main/services/probe.ts', '../store/read')).toBe(false);
    expect(await refused('main/export/probe.ts', '../platform/chromium')).toBe(false);
    expect(await refused('main/cli/probe.ts', '../web/server')).toBe(false);
    expect(await refused('main/electron/probe.ts', '../host-shared/csp')).toBe(false);
    expect(await refused('main/web/probe.ts', '../host-shared/mime')).toBe(false);
  });

  it('keeps the hosts apart: the desktop app does not use the browser host, nor the reverse', async () => {
    expect(await refused('main/electron/probe.ts', '../web/server')).toBe(true);
    expect(await refused('main/web/probe.ts', '../electron/window')).toBe(true);
    expect(await refused('main/cli/probe.ts', '../electron/window')).toBe(true);
  });
});

describe('the rules that read types', () => {
  const rules = async (file: string, text: string) =>
    (await lint(file, text)).messages.map((m) => m.ruleId);

  it('refuse a promise nobody awaits or handles, also when it is only marked with void', async () => {
    const start = 'async function save(): Promise<boolean> {\n  return true;\n}\n';
    expect(await rules('main/services/probe.ts', `${start}save();\n`)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    expect(await rules('renderer/src/editor/probe.ts', `${start}void save();\n`)).toContain(
      '@typescript-eslint/no-floating-promises',
    );
    expect(
      await rules(
        'main/services/probe.ts',
        `${start}save().catch((e: unknown) => console.error(e));\n`,
      ),
    ).not.toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuse an async function where a callback may not return a promise', async () => {
    const text =
      "document.querySelector('button')?.addEventListener('click', async () => {\n  await Promise.resolve();\n});\n";
    expect(await rules('renderer/src/editor/probe.ts', text)).toContain(
      '@typescript-eslint/no-misused-promises',
    );
  });

  it('refuse a switch over a union that forgets a member and has no default', async () => {
    const text =
      "export function f(k: 'a' | 'b'): number {\n  switch (k) {\n    case 'a':\n      return 1;\n  }\n  return 0;\n}\n";
    expect(await rules('common/deck/probe.ts', text)).toContain(
      '@typescript-eslint/switch-exhaustiveness-check',
    );
  });
});
