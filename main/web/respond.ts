/** Small response helpers: JSON results and plain-text refusals. */
import type { ServerResponse } from 'node:http';
import { error, type Problem } from '../../common/deck/problems';

/** Sends `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Refuses with `status` and a problem in the same shape as every other result. */
export function refuse(res: ServerResponse, status: number, where: string, what: string): void {
  const problems: Problem[] = [error(where, what)];
  sendJson(res, status, { ok: false, problems });
}
