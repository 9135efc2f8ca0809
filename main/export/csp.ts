/**
 * The Content-Security-Policy of an exported HTML file: nothing may load from anywhere, and
 * the only scripts that run are the ones the exporter wrote, pinned by their sha256 hashes.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression that allows exactly this inline script text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a file whose inline scripts are `scripts` (their exact text). Styles may be
 * inline (the slide layout sets sizes on elements); images and fonts only from data: URLs,
 * which the exporter embeds; no connections, frames, forms, workers or a `<base>`.
 */
export function exportPolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    scripts.length ? `script-src ${scripts.map(scriptHash).join(' ')}` : "script-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
