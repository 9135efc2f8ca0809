// The text of a generated style module, shared by the generator and the test that keeps the
// modules in step with assets/csl/.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CSL_DIR = join(ROOT, 'assets/csl');
export const STYLES_DIR = join(ROOT, 'common/references/styles');

/** @param {string} file @param {string} xml */
export function cslModule(file, xml) {
  return (
    `// Generated from assets/csl/${file} by main/cli/build/csl-modules.mjs: edit that file, not this one.\n` +
    `// Citation Style Language project, CC BY-SA 3.0 (see the <rights> element).\n` +
    `export default ${JSON.stringify(xml)};\n`
  );
}
