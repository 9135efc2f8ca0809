/**
 * The fixed parts of every exported HTML file: reveal.js and its stylesheet from
 * node_modules, and Lectern's small player script. Read once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface Runtime {
  revealJs: string;
  revealCss: string;
  playerJs: string;
}

let cached: Promise<Runtime> | undefined;

/** reveal.js's UMD build, its CSS and the player, as text. */
export function loadRuntime(): Promise<Runtime> {
  cached ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('reveal.js'));
    const [revealJs, revealCss, playerJs] = await Promise.all([
      readFile(join(dist, 'reveal.js'), 'utf8'),
      readFile(join(dist, 'reveal.css'), 'utf8'),
      readFile(join(import.meta.dirname, 'client', 'player.js'), 'utf8'),
    ]);
    // Drop the source-map comment: it would point at a file that is not there.
    return {
      revealJs: revealJs.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'),
      revealCss: revealCss.replace(/\/\*# sourceMappingURL=.*?\*\//g, ''),
      playerJs,
    };
  })();
  return cached;
}
