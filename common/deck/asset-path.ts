/**
 * Asset paths as written in a deck: relative, forward slashes, inside the deck's folder.
 *
 * This is the textual check every layer can run (the schema, the editor, the exporters).
 * The store repeats the check against the real disk, because only the disk knows about
 * symlinks; see `main/store/assets.ts`.
 */

/** Returns why `value` is not an acceptable asset path, or `undefined` when it is. */
export function assetPathProblem(value: string): string | undefined {
  if (value.length === 0) return 'is empty';
  if (value.length > 500) return 'is longer than 500 characters';
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'contains control characters';
  if (value.includes('\\')) return 'uses "\\"; asset paths use "/"';
  if (/^[A-Za-z]:/.test(value)) return `is an absolute Windows path ("${value.slice(0, 3)}…")`;
  if (value.startsWith('/')) return 'is absolute; asset paths are relative to the deck folder';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value))
    return 'is a URL; assets must be files inside the deck folder';
  if (/%2e|%2f|%5c/i.test(value)) return 'contains an encoded "." or "/"';
  const parts = value.split('/');
  if (parts.some((p) => p === '..')) return 'leaves the deck folder ("..")';
  if (parts.some((p) => p === '' || p === '.')) return 'has an empty or "." segment';
  return undefined;
}

/** True when `value` is a relative path inside the deck folder (textually). */
export function isSafeAssetPath(value: string): boolean {
  return assetPathProblem(value) === undefined;
}
