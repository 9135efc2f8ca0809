/**
 * The Content Security Policies of both hosts: the browser edition's HTTP host sends them as
 * headers, the desktop app's protocol handlers with each response. One definition, so the two
 * editions never drift apart.
 */

/**
 * The UI's Content-Security-Policy: only its own bundled scripts, no inline script, no eval,
 * no network beyond this host, no frames, no plugins. Inline styles are allowed because the
 * slide renderer positions and scales slides with style attributes.
 */
export const UI_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** For deck assets: an SVG opened directly cannot run script or load anything. */
export const ASSET_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
