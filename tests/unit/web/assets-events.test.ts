/**
 * The browser edition's deck assets (served with the token, refused when a path escapes the
 * deck folder by any route) and its event stream (a change on disk reaches the page).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../common/deck/serialize';
import { api, eventStream, raw, sampleDeck, startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
  await writeFile(join(fx.dir, 'secret.txt'), 'SECRET OUTSIDE THE WORKSPACE');
  await writeFile(join(fx.workspace, 'foreign-credit', 'private.txt'), 'ANOTHER DECK');
});
afterEach(async () => {
  await fx.cleanup();
});

const REF = 'five-year-plan/five-year-plan.lectern';
const ENC_REF = encodeURIComponent(REF);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

describe('deck assets', () => {
  beforeEach(async () => {
    await writeFile(join(fx.workspace, 'five-year-plan/assets/dnieper-dam.png'), PNG);
  });

  it('serves an asset with the token, with its content type and nosniff', async () => {
    const res = await raw(
      fx.host,
      'GET',
      `/asset/${ENC_REF}/assets/dnieper-dam.png?token=${fx.host.token}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.equals(PNG)).toBe(true);
  });

  it('refuses an asset without the token, or with a wrong one', async () => {
    expect((await raw(fx.host, 'GET', `/asset/${ENC_REF}/assets/dnieper-dam.png`)).status).toBe(
      401,
    );
    expect(
      (await raw(fx.host, 'GET', `/asset/${ENC_REF}/assets/dnieper-dam.png?token=nope`)).status,
    ).toBe(403);
  });

  it('refuses "..", absolute, encoded and symlinked escapes, and leaks nothing', async () => {
    await symlink(join(fx.dir, 'secret.txt'), join(fx.workspace, 'five-year-plan/assets/link.png'));
    await symlink(fx.dir, join(fx.workspace, 'five-year-plan/assets/outside'));
    const attempts = [
      `/asset/${ENC_REF}/../../secret.txt`,
      `/asset/${ENC_REF}/assets/../../../secret.txt`,
      `/asset/${ENC_REF}/%2e%2e/%2e%2e/secret.txt`,
      `/asset/${ENC_REF}/assets%2f..%2f..%2f..%2fsecret.txt`,
      `/asset/${ENC_REF}/%252e%252e/secret.txt`,
      `/asset/${ENC_REF}/..%5c..%5csecret.txt`,
      `/asset/${ENC_REF}//etc/passwd`,
      `/asset/${ENC_REF}/%2Fetc%2Fpasswd`,
      `/asset/${ENC_REF}/C:%5CWindows%5Cwin.ini`,
      `/asset/${ENC_REF}/assets/link.png`,
      `/asset/${ENC_REF}/assets/outside/secret.txt`,
      `/asset/${encodeURIComponent('../secret.lectern')}/x.png`,
      `/asset/${encodeURIComponent('five-year-plan/../foreign-credit/foreign-credit.lectern')}/private.txt`,
    ];
    for (const path of attempts) {
      const res = await raw(fx.host, 'GET', `${path}?token=${fx.host.token}`);
      expect(res.status, path).toBe(400);
      expect(res.body.toString(), path).not.toMatch(/SECRET|ANOTHER DECK|root:/);
    }
    // A missing asset is a 404 the UI can show as a placeholder, not a 400.
    expect(
      (await raw(fx.host, 'GET', `/asset/${ENC_REF}/assets/gone.png?token=${fx.host.token}`))
        .status,
    ).toBe(404);
  });

  it('imports an image from bytes into the deck folder and refuses a non-image', async () => {
    const res = await api<{ path: string }>(fx.host, 'asset.import', {
      ref: REF,
      name: 'Map of Magnitogorsk.png',
      bytes: PNG.toString('base64'),
    });
    expect(res.body.value.path).toBe('assets/map-of-magnitogorsk.png');
    expect(
      (await readFile(join(fx.workspace, 'five-year-plan', res.body.value.path))).equals(PNG),
    ).toBe(true);

    const html = await api(fx.host, 'asset.import', {
      ref: REF,
      name: 'cat.png',
      bytes: Buffer.from('<script>alert(1)</script>').toString('base64'),
    });
    expect(html.body.ok).toBe(false);
    expect(html.body.problems[0]!.what).toContain('PNG');
    expect(existsSync(join(fx.workspace, 'five-year-plan/assets/cat.png'))).toBe(false);

    const sneaky = await api(fx.host, 'asset.import', {
      ref: REF,
      name: '../../evil.png',
      bytes: PNG.toString('base64'),
    });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.problems[0]!.where).toBe('name');
  });
});

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe('event stream', () => {
  it('delivers deck.changedOnDisk after an external write, and our own save once, with the stamp the saving page has', async () => {
    const stream = eventStream(fx.host);
    await stream.ready;
    const opened = await api<{ deck: ReturnType<typeof sampleDeck>; stamp: unknown }>(
      fx.host,
      'deck.open',
      { ref: REF },
    );

    // Our own save is announced to every page once, with the new stamp (the saving page has it
    // already and ignores it); the watcher must not report it a second time as someone else's.
    const saved = await api<{ kind: string; stamp: { hash: string } }>(fx.host, 'deck.save', {
      ref: REF,
      deck: opened.body.value.deck,
      expected: opened.body.value.stamp,
    });
    expect(saved.body.value.kind).toBe('saved');
    await new Promise((r) => setTimeout(r, 400));
    expect(stream.events).toEqual([
      { type: 'deck.changedOnDisk', payload: { ref: REF, stamp: saved.body.value.stamp } },
    ]);

    const theirs = serializeDeck(sampleDeck('Edited elsewhere', 1));
    await writeFile(join(fx.workspace, REF), theirs);
    const arrived = await waitFor(() => stream.events.length > 1, 3000);
    stream.close();
    expect(arrived).toBe(true);
    expect(stream.events[1]).toMatchObject({
      type: 'deck.changedOnDisk',
      payload: { ref: REF, stamp: { size: Buffer.byteLength(theirs) } },
    });
  });

  it('reports a deleted deck with a null stamp', async () => {
    const stream = eventStream(fx.host);
    await stream.ready;
    await api(fx.host, 'deck.open', { ref: REF });
    await mkdir(join(fx.dir, 'elsewhere'));
    await rename(join(fx.workspace, REF), join(fx.dir, 'elsewhere', 'moved.lectern'));
    const arrived = await waitFor(() => stream.events.length > 0, 3000);
    stream.close();
    expect(arrived).toBe(true);
    expect(stream.events[0]).toMatchObject({
      type: 'deck.changedOnDisk',
      payload: { ref: REF, stamp: null },
    });
  });
});
