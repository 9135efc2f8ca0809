/**
 * The browser edition's host against what issue 15 found getting through: two saves of one
 * deck at once, a read-only deck file, an API body that is not UTF-8, an `assets/` folder that
 * is a link out of the workspace, and an asset that is a hard link. Real host, real files.
 */
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../common/deck/serialize';
import { api, eventStream, raw, sampleDeck, startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

const REF = 'five-year-plan/five-year-plan.lectern';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

type Stamp = { size: number; mtimeMs: number; hash: string };
type Saved = { kind: 'saved'; stamp: Stamp } | { kind: 'conflict'; disk: Stamp | null };
interface ChangeEvent {
  type: string;
  payload: { ref: string; stamp: Stamp | null };
}

/** Waits (without a time limit of its own; the test's timeout bounds it) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

describe('two saves of one deck at once', () => {
  it('saves one and refuses the other as a conflict, every round, and tells the pages each time (20 rounds)', async () => {
    const stream = eventStream<ChangeEvent>(fx.host);
    await stream.ready;
    const path = join(fx.workspace, REF);
    for (let round = 0; round < 20; round++) {
      const opened = await api<{ stamp: Stamp }>(fx.host, 'deck.open', { ref: REF });
      const expected = opened.body.value.stamp;
      const mine = sampleDeck(`Tab A, round ${round}`, 2);
      const theirs = sampleDeck(`Tab B, round ${round}`, 3);
      const [a, b] = await Promise.all([
        api<Saved>(fx.host, 'deck.save', { ref: REF, deck: mine, expected }),
        api<Saved>(fx.host, 'deck.save', { ref: REF, deck: theirs, expected }),
      ]);
      const kinds = [a.body.value.kind, b.body.value.kind].sort();
      expect(kinds, `round ${round}`).toEqual(['conflict', 'saved']);
      const [winner, winnerDeck] =
        a.body.value.kind === 'saved' ? [a.body.value, mine] : [b.body.value as Saved, theirs];
      // Nothing was lost silently: the file is the version that was answered "saved".
      expect(readFileSync(path, 'utf8')).toBe(serializeDeck(winnerDeck));
      const stamp = winner.kind === 'saved' ? winner.stamp : null;
      await until(() => stream.events.some((e) => e.payload.stamp?.hash === stamp?.hash));
    }
    stream.close();
    // One change event per successful save: the other page learns of it; no echo from the watcher.
    const changes = stream.events.filter(
      (e) => e.type === 'deck.changedOnDisk' && e.payload.ref === REF,
    );
    expect(new Set(changes.map((e) => e.payload.stamp?.hash)).size).toBe(20);
  }, 120_000);
});

describe('a read-only deck file', () => {
  it('is refused with a message that offers Save as, and stays as it was', async () => {
    const path = join(fx.workspace, REF);
    const opened = await api<{ stamp: Stamp }>(fx.host, 'deck.open', { ref: REF });
    chmodSync(path, 0o444);
    const before = readFileSync(path, 'utf8');
    const saved = await api<Saved>(fx.host, 'deck.save', {
      ref: REF,
      deck: sampleDeck('Overwritten?', 1),
      expected: opened.body.value.stamp,
    });
    expect(saved.body.ok).toBe(false);
    expect(saved.body.problems).toEqual([
      expect.objectContaining({
        where: REF,
        what: expect.stringMatching(/^is read-only; use Save as… to keep your changes/),
      }),
    ]);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(fx.workspace, 'five-year-plan')).sort()).toEqual([
      'assets',
      'five-year-plan.lectern',
    ]);
  });
});

describe('an API body that is not UTF-8', () => {
  it('is refused with 400 and a clear message; no title gets a replacement character', async () => {
    const path = join(fx.workspace, REF);
    const open = await api<{ stamp: Stamp }>(fx.host, 'deck.open', { ref: REF });
    const before = readFileSync(path, 'utf8');
    const json = JSON.stringify({
      ref: REF,
      deck: sampleDeck('TITLE-HERE', 1),
      expected: open.body.value.stamp,
    });
    const [head, tail] = json.split('TITLE-HERE') as [string, string];
    const body = Buffer.concat([
      Buffer.from(head),
      Buffer.from([0x4c, 0x65, 0xff, 0x63, 0x74]),
      Buffer.from(tail),
    ]);
    const res = await raw(
      fx.host,
      'POST',
      '/api/deck.save',
      { 'content-type': 'application/json', 'x-lectern-token': fx.host.token },
      body,
    );
    expect(res.status).toBe(400);
    expect(res.json()).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ where: 'body', what: expect.stringMatching(/not valid UTF-8/) }),
      ],
    });
    expect(readFileSync(path, 'utf8')).toBe(before);

    const create = Buffer.concat([
      Buffer.from('{"title":"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]); // Latin-1 "é"
    const made = await raw(
      fx.host,
      'POST',
      '/api/library.create',
      { 'content-type': 'application/json', 'x-lectern-token': fx.host.token },
      create,
    );
    expect(made.status).toBe(400);
    expect(readdirSync(fx.workspace).sort()).toEqual(['five-year-plan', 'foreign-credit']);
  });
});

describe('asset.import into a symlinked assets/ folder', () => {
  it('is refused, and nothing is written outside the workspace', async () => {
    const outside = join(fx.dir, 'outside');
    mkdirSync(outside);
    const assets = join(fx.workspace, 'five-year-plan', 'assets');
    renameSync(assets, join(fx.dir, 'old-assets'));
    symlinkSync(outside, assets);
    const res = await api(fx.host, 'asset.import', {
      ref: REF,
      name: 'dam.png',
      bytes: PNG.toString('base64'),
    });
    expect(res.body.ok).toBe(false);
    expect(res.body.problems[0]?.what).toMatch(/link to a folder outside the deck/);
    expect(JSON.stringify(res.body)).not.toContain(fx.dir);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('a hard-linked asset', () => {
  it('is not served, and its outside content never leaves the host', async () => {
    const secret = join(fx.dir, 'secret.png');
    writeFileSync(secret, Buffer.concat([PNG, Buffer.from('SECRET OUTSIDE THE WORKSPACE')]));
    linkSync(secret, join(fx.workspace, 'five-year-plan/assets/map.png'));
    const res = await raw(
      fx.host,
      'GET',
      `/asset/${encodeURIComponent(REF)}/assets/map.png?token=${fx.host.token}`,
    );
    expect(res.status).toBe(400);
    expect(res.body.toString('latin1')).not.toContain('SECRET');
    expect(res.json()).toMatchObject({
      ok: false,
      problems: [{ where: 'assets/map.png', what: expect.stringMatching(/hard link/) }],
    });
    expect(existsSync(secret)).toBe(true);
  });
});
