/**
 * The browser edition's host, started for real on a temp workspace and called over HTTP:
 * the guards (token, Host, Origin, validation), and the deck round trips on real files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { readDeckFile } from '../../../main/store/read';
import { api, raw, sampleDeck, startFixture, type Fixture } from './helpers';

type Stamp = { size: number; mtimeMs: number; hash: string };
type Opened = {
  deck: Deck;
  stamp: Stamp;
  readOnly: boolean;
  warnings: unknown[];
  recovery?: { savedAt: number; deck: Deck };
};

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

const REF = 'five-year-plan/five-year-plan.lectern';
const json = { 'content-type': 'application/json' };

describe('guards', () => {
  it('listens on 127.0.0.1 only, and stops', async () => {
    const address = fx.host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(fx.host.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${fx.host.port}/\\?token=[A-Za-z0-9_-]{40,}$`),
    );
    await fx.host.close();
    await expect(fetch(`${fx.host.origin}/`)).rejects.toThrow();
  });

  it('refuses API calls without the token (401) or with a wrong one (403)', async () => {
    const missing = await raw(fx.host, 'POST', '/api/library.list', json, '{}');
    expect(missing.status).toBe(401);
    expect(JSON.stringify(missing.json())).toContain('token');
    const wrong = await raw(
      fx.host,
      'POST',
      '/api/library.list',
      { ...json, 'x-lectern-token': 'x'.repeat(fx.host.token.length) },
      '{}',
    );
    expect(wrong.status).toBe(403);
    const events = await raw(fx.host, 'GET', '/api/events');
    expect(events.status).toBe(401);
  });

  it('refuses a Host header that is not our loopback address (DNS rebinding)', async () => {
    const headers = {
      ...json,
      'x-lectern-token': fx.host.token,
      host: `evil.example:${fx.host.port}`,
    };
    const res = await raw(fx.host, 'POST', '/api/library.list', headers, '{}');
    expect(res.status).toBe(403);
    expect((await raw(fx.host, 'GET', '/', { host: 'evil.example' })).status).toBe(403);
    const ok = await raw(
      fx.host,
      'POST',
      '/api/library.list',
      { ...json, 'x-lectern-token': fx.host.token, host: `localhost:${fx.host.port}` },
      '{}',
    );
    expect(ok.status).toBe(200);
  });

  it('refuses requests from another web site (Origin) and non-JSON bodies', async () => {
    const token = { 'x-lectern-token': fx.host.token };
    expect(
      (
        await raw(
          fx.host,
          'POST',
          '/api/library.list',
          { ...json, ...token, origin: 'https://evil.example' },
          '{}',
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await raw(
          fx.host,
          'POST',
          '/api/library.list',
          { ...token, 'content-type': 'text/plain' },
          '{}',
        )
      ).status,
    ).toBe(415);
    expect(
      (await raw(fx.host, 'POST', '/api/library.list', { ...json, ...token }, '{not json')).status,
    ).toBe(400);
  });

  it('answers malformed arguments with 400 and a problem naming the field', async () => {
    const escape = await api(fx.host, 'deck.open', { ref: '../outside/outside.lectern' });
    expect(escape.status).toBe(400);
    expect(escape.body.problems[0]).toMatchObject({ where: 'ref' });
    expect(escape.body.problems[0]!.what).toContain('..');

    const absolute = await api(fx.host, 'deck.open', { ref: '/etc/passwd.lectern' });
    expect(absolute.status).toBe(400);
    expect(absolute.body.problems[0]!.where).toBe('ref');

    const missing = await api(fx.host, 'deck.save', { ref: REF, deck: sampleDeck('x') });
    expect(missing.status).toBe(400);
    expect(missing.body.problems.map((p) => p.where)).toContain('expected');

    const badDeck = sampleDeck('x');
    (badDeck.slides[0] as { title: unknown }).title = 42;
    const deep = await api(fx.host, 'deck.writeRecovery', { ref: REF, deck: badDeck });
    expect(deep.status).toBe(400);
    expect(deep.body.problems.map((p) => p.where)).toContain('deck.slides[0].title');

    const extra = await api(fx.host, 'library.list', { sneaky: true });
    expect(extra.status).toBe(400);
    expect(extra.body.problems[0]!.what).toContain('sneaky');

    const unknown = await api(fx.host, 'fs.readAnything', {});
    expect(unknown.status).toBe(400);
    expect(unknown.body.problems[0]!.where).toBe('method');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await raw(
      fx.host,
      'POST',
      '/api/library.list',
      { ...json, 'x-lectern-token': fx.host.token, 'content-length': String(200 * 1024 * 1024) },
      '',
    );
    expect(res.status).toBe(413);
  });

  it('serves the UI with a strict CSP and nosniff, and nothing outside it', async () => {
    const page = await raw(fx.host, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    await writeFile(join(fx.dir, 'secret.txt'), 'SECRET');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await raw(fx.host, 'GET', path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body.toString()).not.toContain('SECRET');
    }
  });
});

describe('decks over HTTP, on real files', () => {
  it('lists the workspace decks with title, slide count and first slide', async () => {
    const res = await api<{
      workspace: string;
      decks: Array<{
        ref: string;
        title: string;
        slideCount: number;
        firstSlide?: { title: string };
        hasBackup: boolean;
      }>;
    }>(fx.host, 'library.list', {});
    expect(res.status).toBe(200);
    expect(res.body.value.workspace).toBe('workspace');
    expect(res.body.value.decks.map((d) => [d.ref, d.title, d.slideCount])).toEqual([
      ['five-year-plan/five-year-plan.lectern', 'The Five-Year Plan', 3],
      ['foreign-credit/foreign-credit.lectern', 'Foreign Credit', 2],
    ]);
    expect(res.body.value.decks[0]!.firstSlide?.title).toBe('The Five-Year Plan, slide 1');
    // The UI never sees where the workspace is on disk.
    expect(JSON.stringify(res.body)).not.toContain(fx.dir);
  });

  it('opens, saves, and saves again: the file and its backup are on disk', async () => {
    const opened = await api<Opened>(fx.host, 'deck.open', { ref: REF });
    expect(opened.body.ok).toBe(true);
    const deck = opened.body.value.deck;
    deck.slides[0]!.title = 'Magnitogorsk, 1932';
    const saved = await api<{ kind: string; stamp: Stamp }>(fx.host, 'deck.save', {
      ref: REF,
      deck,
      expected: opened.body.value.stamp,
    });
    expect(saved.body.value.kind).toBe('saved');
    const onDisk = await readDeckFile(join(fx.workspace, REF));
    expect(onDisk.ok && onDisk.value.deck.slides[0]!.title).toBe('Magnitogorsk, 1932');
    expect(existsSync(join(fx.workspace, 'five-year-plan/five-year-plan.lectern.bak'))).toBe(true);

    deck.slides[1]!.title = 'Second save';
    const again = await api<{ kind: string }>(fx.host, 'deck.save', {
      ref: REF,
      deck,
      expected: saved.body.value.stamp,
    });
    expect(again.body.value.kind).toBe('saved');
    const reopened = await api<Opened>(fx.host, 'deck.open', { ref: REF });
    expect(reopened.body.value.deck.slides.map((s) => s.title).slice(0, 2)).toEqual([
      'Magnitogorsk, 1932',
      'Second save',
    ]);
  });

  it('reports a conflict after an external change and writes nothing until told to overwrite', async () => {
    const opened = await api<Opened>(fx.host, 'deck.open', { ref: REF });
    const theirs = sampleDeck('Changed by a colleague', 1);
    await writeFile(join(fx.workspace, REF), serializeDeck(theirs));
    const mine = {
      ...opened.body.value.deck,
      meta: { ...opened.body.value.deck.meta, title: 'Mine' },
    };
    const res = await api<{ kind: string; disk: Stamp | null }>(fx.host, 'deck.save', {
      ref: REF,
      deck: mine,
      expected: opened.body.value.stamp,
    });
    expect(res.body.ok).toBe(true);
    expect(res.body.value.kind).toBe('conflict');
    expect(res.body.value.disk?.size).toBe(Buffer.byteLength(serializeDeck(theirs)));
    expect(await readFile(join(fx.workspace, REF), 'utf8')).toBe(serializeDeck(theirs));

    const forced = await api<{ kind: string }>(fx.host, 'deck.save', {
      ref: REF,
      deck: mine,
      expected: opened.body.value.stamp,
      overwrite: true,
    });
    expect(forced.body.value.kind).toBe('saved');
    expect(await readFile(join(fx.workspace, REF), 'utf8')).toContain('"title": "Mine"');
  });

  it('keeps unsaved work in the recovery file, offers it on open, and drops it on request', async () => {
    const opened = await api<Opened>(fx.host, 'deck.open', { ref: REF });
    const edited = {
      ...opened.body.value.deck,
      meta: { ...opened.body.value.deck.meta, title: 'Unsaved edit' },
    };
    expect((await api(fx.host, 'deck.writeRecovery', { ref: REF, deck: edited })).body.ok).toBe(
      true,
    );
    const list = await api<{ decks: Array<{ ref: string; hasRecovery: boolean }> }>(
      fx.host,
      'library.list',
      {},
    );
    expect(list.body.value.decks.find((d) => d.ref === REF)?.hasRecovery).toBe(true);
    const again = await api<Opened>(fx.host, 'deck.open', { ref: REF });
    expect(again.body.value.recovery?.deck.meta.title).toBe('Unsaved edit');
    expect(again.body.value.deck.meta.title).toBe('The Five-Year Plan');
    expect((await api(fx.host, 'deck.discardRecovery', { ref: REF })).body.ok).toBe(true);
    expect(
      (await api<Opened>(fx.host, 'deck.open', { ref: REF })).body.value.recovery,
    ).toBeUndefined();
  });

  it('moves a trashed deck into .trash/ with its files, never deleting it', async () => {
    await writeFile(
      join(fx.workspace, 'foreign-credit/assets/chart.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    const res = await api<{ trashedAs: string }>(fx.host, 'library.trash', {
      ref: 'foreign-credit/foreign-credit.lectern',
    });
    expect(res.body.value.trashedAs).toBe('.trash/foreign-credit');
    expect(existsSync(join(fx.workspace, 'foreign-credit'))).toBe(false);
    const moved = await readDeckFile(
      join(fx.workspace, '.trash/foreign-credit/foreign-credit.lectern'),
    );
    expect(moved.ok && moved.value.deck.meta.title).toBe('Foreign Credit');
    expect(existsSync(join(fx.workspace, '.trash/foreign-credit/assets/chart.png'))).toBe(true);
    const list = await api<{ decks: Array<{ ref: string }> }>(fx.host, 'library.list', {});
    expect(list.body.value.decks.map((d) => d.ref)).toEqual([REF]);
  });

  it('creates, duplicates and renames decks as folders in the workspace', async () => {
    const created = await api<{ ref: string }>(fx.host, 'library.create', {
      title: 'Week 3: Credit',
    });
    expect(created.body.value.ref).toBe('week-3-credit/week-3-credit.lectern');
    const dup = await api<{ ref: string }>(fx.host, 'library.duplicate', { ref: REF });
    expect(dup.body.value.ref).toBe('five-year-plan-copy/five-year-plan-copy.lectern');
    const copy = await readDeckFile(join(fx.workspace, dup.body.value.ref));
    expect(copy.ok && [copy.value.deck.meta.title, copy.value.deck.slides.length]).toEqual([
      'The Five-Year Plan (copy)',
      3,
    ]);
    const renamed = await api<{ ref: string }>(fx.host, 'library.rename', {
      ref: dup.body.value.ref,
      title: 'Plans compared',
    });
    expect(renamed.body.value.ref).toBe('plans-compared/plans-compared.lectern');
    expect(existsSync(join(fx.workspace, 'five-year-plan-copy'))).toBe(false);
    const after = await readDeckFile(join(fx.workspace, renamed.body.value.ref));
    expect(after.ok && after.value.deck.meta.title).toBe('Plans compared');
  });

  it('imports a reading into one deck per section, with its source copy; again, it asks, then makes copies or updates the decks', async () => {
    const reading = [
      'Industrial Lessons',
      '',
      '1. Machines from abroad',
      'In 1930 the Soviet Union bought 40 percent of all machine tools exported worldwide [1]. Foreign firms built whole plants on contract [2] (p. 12).',
      '',
      '2. Engineers from abroad',
      'Several thousand American engineers worked in Soviet plants by 1932 [2] (p. 40). Their contracts were paid in gold and hard currency.',
      '',
    ].join('\n');
    const bytes = Buffer.from(reading).toString('base64');
    const first = await api<{ refs: string[] }>(fx.host, 'source.import', {
      name: 'industrial-lessons.txt',
      bytes,
    });
    expect(first.body.ok, JSON.stringify(first.body.problems)).toBe(true);
    expect(first.body.value.refs.length).toBeGreaterThanOrEqual(1);
    for (const ref of first.body.value.refs) {
      const deck = await readDeckFile(join(fx.workspace, ref));
      expect(deck.ok, ref).toBe(true);
      expect(
        existsSync(join(fx.workspace, ref.split('/')[0]!, 'sources', 'industrial-lessons.txt')),
      ).toBe(true);
    }
    // Again: nothing is written until the lecturer chooses; the decks drafted before are named.
    const asked = await api<{ refs: string[]; existing: Array<{ ref: string; title: string }> }>(
      fx.host,
      'source.import',
      { name: 'industrial-lessons.txt', bytes },
    );
    expect(asked.body.ok).toBe(true);
    expect(asked.body.value.refs).toEqual([]);
    expect(asked.body.value.existing.map((d) => d.ref).sort()).toEqual(
      [...first.body.value.refs].sort(),
    );
    const second = await api<{ refs: string[] }>(fx.host, 'source.import', {
      name: 'industrial-lessons.txt',
      bytes,
      existing: 'copies',
    });
    expect(second.body.ok).toBe(true);
    expect(second.body.value.refs.length).toBe(first.body.value.refs.length);
    expect(second.body.value.refs.filter((r) => first.body.value.refs.includes(r))).toEqual([]);

    // Updated: every slide the lecturer wrote stays; the slides whose sentences changed are
    // marked for review, the one whose sentence only moved follows it; the copy is the new reading.
    const firstDeck = first.body.value.refs[0]!;
    const folder = firstDeck.split('/')[0]!;
    const before = await readDeckFile(join(fx.workspace, firstDeck));
    if (!before.ok) throw new Error('unreadable');
    const changed = reading
      .replace(
        'Foreign firms built whole plants on contract',
        'Foreign firms built a few plants on contract',
      )
      .replace(' Their contracts were paid', ' Most came from Detroit. Their contracts were paid');
    const updated = await api<{
      refs: string[];
      updated: Array<{ ref: string; stale: number; unchanged: boolean }>;
    }>(fx.host, 'source.import', {
      name: 'industrial-lessons.txt',
      bytes: Buffer.from(changed).toString('base64'),
      existing: 'update',
    });
    expect(updated.body.ok, JSON.stringify(updated.body.problems)).toBe(true);
    // Both sets of decks (first and copies) were drafted from this reading; all are updated.
    expect(updated.body.value.updated.length).toBe(first.body.value.refs.length * 2);
    const after = await readDeckFile(join(fx.workspace, firstDeck));
    if (!after.ok) throw new Error('unreadable');
    expect(after.value.deck.slides.map((s) => s.title)).toEqual(
      before.value.deck.slides.map((s) => s.title),
    );
    const marked = after.value.deck.slides.filter((s) => s.stale?.length);
    const cites = (sentence: string) =>
      before.value.deck.slides
        .filter((s) => JSON.stringify(s).includes(`"${sentence}"`))
        .map((s) => s.id);
    expect(marked.map((s) => s.id)).toEqual(cites('s1.1.3'));
    expect(marked[0]!.stale).toEqual([{ sentence: 's1.1.3', why: 'changed' }]);
    // "Their contracts …" moved from s1.2.3 to s1.2.4: the slides citing it now name s1.2.4, unmarked.
    for (const id of cites('s1.2.3')) {
      const slide = after.value.deck.slides.find((s) => s.id === id)!;
      expect(slide.stale).toBeUndefined();
      expect(JSON.stringify(slide)).toContain('"s1.2.4"');
    }
    expect(updated.body.value.updated.find((u) => u.ref === firstDeck)!.stale).toBe(marked.length);
    expect(
      readFileSync(join(fx.workspace, folder, 'sources', 'industrial-lessons.txt'), 'utf8'),
    ).toBe(changed);
    expect(after.value.deck.sources[0]!.hash).not.toBe(before.value.deck.sources[0]!.hash);
    // The same reading again changes nothing.
    const same = await api<{ updated: Array<{ unchanged: boolean }> }>(fx.host, 'source.import', {
      name: 'industrial-lessons.txt',
      bytes: Buffer.from(changed).toString('base64'),
      existing: 'update',
    });
    expect(same.body.value.updated.every((u) => u.unchanged)).toBe(true);

    const broken = await api(fx.host, 'source.import', {
      name: 'scan.pdf',
      bytes: Buffer.from('%PDF-1.7').toString('base64'),
    });
    expect(broken.body.ok).toBe(false);
    expect(broken.body.problems[0]!.what).toMatch(/^cannot be read as a PDF/);
    const notText = await api(fx.host, 'source.import', {
      name: 'slides.key',
      bytes: Buffer.from('Keynote').toString('base64'),
    });
    expect(notText.body.ok).toBe(false);
    expect(notText.body.problems[0]!.what).toMatch(/\.txt, \.md, \.docx or \.pdf/);
  });
});
