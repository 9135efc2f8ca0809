/**
 * The page reads its event stream with fetch and sends the token as a header (a plain
 * EventSource cannot, so `?token=` still works); a wrong or missing token is refused either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.cleanup();
});

/** Opens the stream and resolves to its status (and first bytes when it is open), then hangs up. */
function openStream(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; first: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: fx.host.port,
        path,
        headers: { host: `127.0.0.1:${fx.host.port}`, ...headers },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return resolve({ status: res.statusCode ?? 0, first: '' });
        }
        res.once('data', (chunk: Buffer) => {
          resolve({ status: 200, first: chunk.toString('utf8') });
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the event stream and its token', () => {
  it('opens with the token in the x-lectern-token header, or in the query', async () => {
    const byHeader = await openStream('/api/events', { 'x-lectern-token': fx.host.token });
    expect(byHeader.status).toBe(200);
    expect(byHeader.first).toContain(': connected');
    expect((await openStream(`/api/events?token=${fx.host.token}`)).status).toBe(200);
  });

  it('refuses a missing or wrong token, in the header or the query', async () => {
    expect((await openStream('/api/events')).status).toBe(401);
    expect((await openStream('/api/events', { 'x-lectern-token': 'x'.repeat(43) })).status).toBe(
      403,
    );
    expect(
      (
        await openStream(`/api/events?token=${'y'.repeat(43)}`, {
          'x-lectern-token': fx.host.token,
        })
      ).status,
    ).toBe(403);
  });
});
