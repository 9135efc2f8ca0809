/**
 * The layer rule in eslint.config.js, run by ESLint's own API on small probe files: common/
 * and renderer/ may not import any Node built-in (however it is spelled), and the rule must not
 * refuse a sibling file whose name happens to be a built-in's ("./Inspector"); and the order of
 * the folders inside main/.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function refused(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import x from '${specifier}';\nexport default x;\n`, { filePath: resolve(ROOT, file) });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layer lint rule', () => {
  it.each(['events', 'buffer', 'assert', 'node:fs', 'fs/promises', 'worker_threads', 'inspector'])('refuses %s in common/ and renderer/', async (specifier) => {
    expect(await refused('common/deck/probe.ts', specifier)).toBe(true);
    expect(await refused('renderer/src/app/probe.ts', specifier)).toBe(true);
  });

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
    expect(await refused('main/services/probe.ts', '../host/server')).toBe(true);
    expect(await refused('main/platform/probe.ts', '../host/ui-build')).toBe(true);
    expect(await refused('main/host/probe.ts', '../cli/io')).toBe(true);
    expect(await refused('main/services/probe.ts', '../store/read')).toBe(false);
    expect(await refused('main/export/probe.ts', '../platform/chromium')).toBe(false);
    expect(await refused('main/cli/probe.ts', '../host/server')).toBe(false);
  });
});
