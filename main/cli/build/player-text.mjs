// @ts-check
// The exported HTML's offline player as one script: renderer/src/export-player/player.ts and
// what it imports from the presenter, bundled by esbuild (what Vite builds with) into an
// immediately run function for the browsers a lecturer's students use. Written to
// main/export/client/player.js by player.mjs; a unit test compares that file with this text.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLAYER_SOURCE = join(ROOT, 'renderer/src/export-player/player.ts');
export const PLAYER_FILE = join(ROOT, 'main/export/client/player.js');

const HEADER =
  '/* Lectern offline player, built from renderer/src/export-player/player.ts by\n' +
  '   `node main/cli/build/player.mjs`: do not edit by hand. */\n';

/** The built player, as it is written to PLAYER_FILE. */
export async function playerText() {
  const result = await build({
    entryPoints: [PLAYER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return HEADER + result.outputFiles[0].text;
}
