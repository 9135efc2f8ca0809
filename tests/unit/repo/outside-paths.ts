/**
 * Finds places in the project that refer to a path above the repository root. A user's clone
 * has nothing beside it, so any such path (a reading in a sibling folder, a config two levels
 * up) works on the author's machine and fails on theirs.
 *
 * What counts as a path the project reads: a string joined onto a base that names a place in
 * the repository (`__dirname`, `HERE`, `ROOT`, `process.cwd()`, `import.meta.dirname`), an
 * import specifier, a `new URL(…, import.meta.url)`, a string in a tsconfig, and a word of a
 * `package.json` script. Strings that are only data (a hostile `../../etc/passwd` in a test of
 * the path guard) are joined onto temporary folders or nothing, so they are not read as paths.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

export interface OutsideRef {
  file: string;
  line: number;
  text: string;
}

const SOURCE_EXT = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.mts', '.cts']);
const SKIP_DIRS = new Set([
  'node_modules',
  'out',
  'release',
  'test-results',
  'playwright-report',
  'coverage',
  '.git',
]);

/** Bases whose value is a folder inside the repository: the file's own, or the root. */
const FILE_BASES = String.raw`__dirname|HERE|import\.meta\.dirname|dirname\(fileURLToPath\(import\.meta\.url\)\)`;
const ROOT_BASES = String.raw`ROOT|process\.cwd\(\)`;
const STRING = String.raw`(['"\x60])((?:(?!\1)[^\\\n]|\\.)*)\1`;

const escapes = (root: string, from: string, p: string): boolean => {
  if (isAbsolute(p) || !p.split(/[\\/]/).includes('..')) return false;
  const rel = relative(root, resolve(from, p));
  return rel === '..' || rel.startsWith('..' + '/') || rel.startsWith('..\\') || isAbsolute(rel);
};

/** The string arguments of `join(BASE, 'a', 'b')`/`resolve(BASE, …)` calls, joined as a path. */
function joinedArgs(argText: string): string {
  const parts: string[] = [];
  for (const m of argText.matchAll(new RegExp(STRING, 'g'))) parts.push(m[2] ?? '');
  return parts.join('/');
}

/** Scans one source file's text; `file` is its path, used to resolve what it names. */
export function outsideRefsInSource(root: string, file: string, text: string): OutsideRef[] {
  const found: OutsideRef[] = [];
  const lines = text.split('\n');
  const dir = dirname(file);
  const check = (lineIndex: number, from: string, p: string) => {
    if (escapes(root, from, p))
      found.push({
        file: relative(root, file),
        line: lineIndex + 1,
        text: lines[lineIndex]?.trim() ?? '',
      });
  };
  const joinCall = new RegExp(
    String.raw`\b(?:join|resolve)\(\s*(${FILE_BASES}|${ROOT_BASES})\s*,([^)]*)\)`,
    'g',
  );
  const importSpec = new RegExp(
    String.raw`(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)${STRING}`,
    'g',
  );
  const urlCall = new RegExp(String.raw`new URL\(\s*${STRING}\s*,\s*import\.meta\.url`, 'g');
  lines.forEach((line, i) => {
    for (const m of line.matchAll(joinCall)) {
      const base = m[1] ?? '';
      const from = new RegExp(`^(?:${ROOT_BASES})$`).test(base) ? root : dir;
      check(i, from, joinedArgs(m[2] ?? ''));
    }
    for (const m of line.matchAll(importSpec))
      if ((m[2] ?? '').startsWith('.')) check(i, dir, m[2] ?? '');
    for (const m of line.matchAll(urlCall)) check(i, dir, m[2] ?? '');
  });
  return found;
}

/** Every string value of a JSON document (tsconfig paths, `extends`, `include`, references). */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) jsonStrings(v, out);
  return out;
}

/** The words of each `package.json` script that leave the root (scripts run from the root). */
export function outsideRefsInScripts(root: string, scripts: Record<string, string>): OutsideRef[] {
  const found: OutsideRef[] = [];
  for (const [name, script] of Object.entries(scripts)) {
    for (const word of script.split(/[\s"'=]+/)) {
      if (escapes(root, root, word))
        found.push({ file: 'package.json', line: 0, text: `scripts.${name}: ${script}` });
    }
  }
  return found;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (SOURCE_EXT.has(extname(name))) out.push(p);
  }
  return out;
}

/** Every reference above `root` in the project's code folders, root configs and scripts. */
export function outsideRefs(root: string, folders: string[]): OutsideRef[] {
  const files = folders.flatMap((f) => walk(join(root, f), []));
  for (const name of readdirSync(root)) {
    if (SOURCE_EXT.has(extname(name)) && statSync(join(root, name)).isFile())
      files.push(join(root, name));
  }
  const found = files.flatMap((f) => outsideRefsInSource(root, f, readFileSync(f, 'utf8')));
  for (const name of readdirSync(root).filter((n) => /^tsconfig.*\.json$/.test(n))) {
    const file = join(root, name);
    for (const s of jsonStrings(JSON.parse(readFileSync(file, 'utf8')))) {
      if (escapes(root, root, s)) found.push({ file: name, line: 0, text: s });
    }
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return [...found, ...outsideRefsInScripts(root, pkg.scripts ?? {})];
}
