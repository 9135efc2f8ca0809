/**
 * Saving a 30 MB deck must not stop the host answering everyone else (issue 15), as opening
 * one does not. The host runs in a process of its own, and the test counts how many small
 * requests, sent one after another once the big save's body is sent, it answers before the
 * save's answer starts. No timing is asserted, only that order.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { sha256, type DiskStamp } from '../../../main/store/read';
import { answeredWhile, call, startBigHost, type BigHost } from './big-deck';

/**
 * Small requests the host must answer, one after another, before the big save's answer starts.
 * A host parsing, validating and serializing the deck on its own thread answers some while the
 * file is written and synced, and none in between (39 to 52 here); with the worker it answered
 * 591 and 677 on the same machine.
 */
const ANSWERED = 150;
const REF = 'big/big.lectern';

type SaveAnswer =
  | { ok: true; value: { kind: 'saved'; stamp: DiskStamp } | { kind: 'conflict' } }
  | { ok: false; problems: unknown[] };

let host: BigHost;
let path: string;

beforeAll(async () => {
  host = await startBigHost();
  path = join(host.dir, 'workspace', 'big', 'big.lectern');
}, 120_000);

afterAll(() => host?.stop());

/** The big deck as it is on disk, and its stamp. */
function onDisk(): { deck: Deck; stamp: DiskStamp } {
  const bytes = readFileSync(path);
  return {
    // The file is serializeDeck's output of a valid deck, so it reads back as one.
    deck: JSON.parse(bytes.toString('utf8')) as Deck,
    stamp: { size: bytes.byteLength, mtimeMs: statSync(path).mtimeMs, hash: sha256(bytes) },
  };
}

const retitled = (deck: Deck, title: string): Deck => ({ ...deck, meta: { ...deck.meta, title } });

describe('saving a 30 MB deck', () => {
  it('does not stop the host answering others', async () => {
    const { deck, stamp } = onDisk();
    const edited = retitled(deck, 'Saved while others were answered');
    const big = call(host, 'deck.save', { ref: REF, deck: edited, expected: stamp });
    await big.sent;
    const answered = await answeredWhile(host, big, ANSWERED);

    const saved = JSON.parse((await big.body).toString()) as SaveAnswer;
    expect(saved).toMatchObject({ ok: true, value: { kind: 'saved' } });
    // The bytes written are exactly what serializeDeck gives, and the stamp describes them.
    const written = readFileSync(path);
    expect(written.toString('utf8')).toBe(serializeDeck(edited));
    expect(saved.ok && saved.value.kind === 'saved' && saved.value.stamp.hash).toBe(
      sha256(written),
    );
    expect(answered).toBe(ANSWERED);
  }, 120_000);

  it('saves one of two big saves with the same stamp; the other is a conflict', async () => {
    const { deck, stamp } = onDisk();
    const first = retitled(deck, 'First');
    const second = retitled(deck, 'Second');
    const answers = await Promise.all(
      [first, second].map(async (d) => {
        const body = await call(host, 'deck.save', { ref: REF, deck: d, expected: stamp }).body;
        return JSON.parse(body.toString()) as SaveAnswer;
      }),
    );
    const kinds = answers.map((a) => (a.ok ? a.value.kind : 'failed')).sort();
    expect(kinds).toEqual(['conflict', 'saved']);
    const winner = answers[0]!.ok && answers[0]!.value.kind === 'saved' ? first : second;
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(winner));
  }, 120_000);

  it('names the field of an invalid big deck and writes nothing', async () => {
    const { deck, stamp } = onDisk();
    const before = readFileSync(path);
    const broken = {
      ...deck,
      slides: deck.slides.map((s, i) => (i === 4321 ? { ...s, id: 7 } : s)),
    };
    const answer = call(host, 'deck.save', { ref: REF, deck: broken, expected: stamp });
    expect(await answer.headers).toBe(400);
    const body = JSON.parse((await answer.body).toString()) as {
      ok: boolean;
      problems: { where: string }[];
    };
    expect(body.ok).toBe(false);
    expect(body.problems[0]?.where).toMatch(/^deck\.slides\[4321\]\.id/);
    expect(readFileSync(path).equals(before)).toBe(true);
  }, 120_000);
});
