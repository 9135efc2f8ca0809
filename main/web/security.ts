/**
 * The browser edition's guards. The host listens on 127.0.0.1, but any web page the lecturer
 * visits could try to reach it (CSRF) or re-point a hostname at it (DNS rebinding), and any
 * local process can connect. So: a random token (kept per workspace, see token-store.ts) on
 * every API and asset request, a Host header that must name our loopback address,
 * same-origin only, strict response headers.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export { TOKEN_HEADER } from '../../common/api/contract';

/** 32 random bytes as URL-safe text: unguessable, and safe to put in a printed URL. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time, so response timing does not leak the token a byte at a time. */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when the Host header names this server: `127.0.0.1:<port>` or `localhost:<port>`. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when the request has no Origin (same-origin GETs, tools) or our own. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return (
    origin === undefined ||
    origin === `http://127.0.0.1:${port}` ||
    origin === `http://localhost:${port}`
  );
}

/** Headers every response carries. */
export function baseHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cache-Control', 'no-store');
}
