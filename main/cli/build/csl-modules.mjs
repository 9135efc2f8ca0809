#!/usr/bin/env node
// @ts-check
// Writes common/references/styles/*.ts from the CSL files in assets/csl/, so every process
// (the renderer's Vite build, the CLI's esbuild bundle, tsx, vitest) imports a style as plain
// TypeScript. Run after replacing a file in assets/csl/; a unit test fails while they differ.
//   node main/cli/build/csl-modules.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { cslModule, CSL_DIR, STYLES_DIR } from './csl-module-text.mjs';

for (const file of readdirSync(CSL_DIR).filter((f) => /\.(csl|xml)$/.test(f))) {
  const out = join(STYLES_DIR, file.replace(/\.(csl|xml)$/, '.ts'));
  writeFileSync(out, cslModule(file, readFileSync(join(CSL_DIR, file), 'utf8')));
  process.stdout.write(`wrote ${out}\n`);
}
