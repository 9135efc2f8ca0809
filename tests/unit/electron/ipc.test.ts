/**
 * The Electron host at its seam: one handler per contract method, each refusing foreign
 * senders and malformed arguments before any I/O, and delegating to the real services on
 * real files. The preload exposes exactly the contract and reaches those handlers.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES, splitMethod, type LecternApi } from '../../../common/api/contract';
import { channelOf, EVENT_CHANNEL } from '../../../main/electron/channels';
import { forwardEvents, registerIpc } from '../../../main/electron/ipc';
import { openBackend, type Backend, type Services } from '../../../main/services';
import { sampleDeck, writeDeck } from '../web/helpers';
import { bridge, recorded, resetStandIn, WebContents, WebFrameMain } from './stand-in';

vi.mock('electron', () => import('./stand-in'));

let dir: string;
let backend: Backend;
let ours: Set<WebContents>;
let window: WebContents;
let calls: string[];
const REF = 'week-1/week-1.lectern';

/** The real services, with a record of which were reached. */
function spied(services: Services): Services {
  const out = {} as Record<string, unknown>;
  for (const method of METHOD_NAMES) {
    const real = services[method] as (args: unknown) => Promise<unknown>;
    out[method] = (args: unknown) => {
      calls.push(method);
      return real(args);
    };
  }
  return out as Services;
}

function invoke(method: string, sender: unknown, args: unknown) {
  const handler = recorded.handlers.get(`lectern:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(sender, args) as Promise<{
    ok: boolean;
    value?: unknown;
    problems?: Array<{ where: string; what: string }>;
  }>;
}

const trusted = () => ({ sender: window, senderFrame: window.mainFrame });

beforeEach(async () => {
  resetStandIn();
  dir = await mkdtemp(join(tmpdir(), 'lectern-electron-'));
  await writeDeck(dir, 'week-1', sampleDeck('Week 1', 2));
  backend = await openBackend(dir);
  calls = [];
  window = new WebContents();
  window.mainFrame = new WebFrameMain('lectern-app://app/index.html');
  ours = new Set([window]);
  registerIpc((await import('electron')).ipcMain, spied(backend.services), ours as never);
});
afterEach(async () => {
  backend.close();
  await rm(dir, { recursive: true, force: true });
});

describe('IPC handlers', () => {
  it('registers exactly one handler per contract method, and nothing else', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual(
      Object.keys(contract)
        .map((m) => `lectern:${m}`)
        .sort(),
    );
    expect(recorded.handlers.size).toBe(METHOD_NAMES.length);
  });

  it('delegates a trusted call to the services, on the real files', async () => {
    const res = await invoke('deck.open', trusted(), { ref: REF });
    expect(res.ok).toBe(true);
    expect((res.value as { deck: { meta: { title: string } } }).deck.meta.title).toBe('Week 1');
    const created = await invoke('library.create', trusted(), { title: 'Week 2' });
    expect(created).toMatchObject({ ok: true, value: { ref: 'week-2/week-2.lectern' } });
    expect(existsSync(join(dir, 'week-2/week-2.lectern'))).toBe(true);
    expect(calls).toEqual(['deck.open', 'library.create']);
  });

  it('refuses foreign senders before touching anything', async () => {
    const stranger = new WebContents();
    stranger.mainFrame = new WebFrameMain('lectern-app://app/index.html');
    const subframe = new WebFrameMain('lectern-app://app/index.html');
    const elsewhere = new WebContents();
    elsewhere.mainFrame = new WebFrameMain('https://evil.example/');
    ours.add(elsewhere);
    const senders = {
      'a window we did not create': { sender: stranger, senderFrame: stranger.mainFrame },
      'a sub-frame of our window': { sender: window, senderFrame: subframe },
      'our window showing another site': { sender: elsewhere, senderFrame: elsewhere.mainFrame },
      'a frame that is gone': { sender: window, senderFrame: null },
      'a file:// page': (() => {
        const w = new WebContents();
        w.mainFrame = new WebFrameMain('file:///tmp/evil.html');
        ours.add(w);
        return { sender: w, senderFrame: w.mainFrame };
      })(),
    };
    for (const [who, sender] of Object.entries(senders)) {
      const res = await invoke('library.create', sender, { title: 'Planted' });
      expect(res.ok, who).toBe(false);
      expect(res.problems?.[0]?.what, who).toContain('not Lectern');
    }
    expect(calls).toEqual([]);
    expect(existsSync(join(dir, 'planted'))).toBe(false);
  });

  it('refuses malformed arguments with a problem naming the field, without calling the service', async () => {
    const cases: Array<[string, unknown, string]> = [
      ['deck.open', { ref: '../../etc/passwd.lectern' }, 'ref'],
      ['deck.open', { ref: 42 }, 'ref'],
      ['deck.open', null, 'ref'],
      ['deck.open', 'week-1/week-1.lectern', '(the request)'],
      ['library.rename', { ref: REF }, 'title'],
      [
        'deck.save',
        {
          ref: REF,
          deck: { format: 'lectern-deck' },
          expected: { size: 1, mtimeMs: 1, hash: 'sha256:' + '0'.repeat(64) },
        },
        'deck.version',
      ],
      ['asset.import', { ref: REF, name: 'a/b.png', bytes: 'AAAA' }, 'name'],
      ['library.trash', { ref: REF, also: 'rm -rf' }, '(the request)'],
    ];
    for (const [method, args, where] of cases) {
      const res = await invoke(method, trusted(), args);
      expect(res.ok, method).toBe(false);
      expect(
        res.problems?.map((p) => p.where),
        `${method} ${JSON.stringify(args)}`,
      ).toContain(where);
    }
    expect(calls).toEqual([]);
  });

  it('forwards workspace events to our windows only', () => {
    const stop = forwardEvents(backend.ctx.workspace, ours as never);
    backend.ctx.workspace.emit({
      type: 'progress',
      payload: { task: 'import', done: 1, total: 3, label: 'Section 1' },
    });
    stop();
    backend.ctx.workspace.emit({
      type: 'progress',
      payload: { task: 'import', done: 2, total: 3, label: 'Section 2' },
    });
    expect(window.sent).toEqual([
      [
        EVENT_CHANNEL,
        { type: 'progress', payload: { task: 'import', done: 1, total: 3, label: 'Section 1' } },
      ],
    ]);
  });
});

describe('preload', () => {
  it('exposes exactly the contract as window.lectern, and its calls reach the handlers', async () => {
    await import('../../../main/electron/preload');
    expect([...recorded.exposed.keys()]).toEqual(['lectern']);
    const api = recorded.exposed.get('lectern') as LecternApi;

    const areas = new Map<string, string[]>();
    for (const m of METHOD_NAMES) {
      const [area, verb] = splitMethod(m);
      areas.set(area, [...(areas.get(area) ?? []), verb]);
    }
    expect(Object.keys(api).sort()).toEqual([...areas.keys(), 'assetUrl', 'onEvent'].sort());
    for (const [area, verbs] of areas) {
      const group = (api as unknown as Record<string, Record<string, unknown>>)[area]!;
      expect(Object.keys(group).sort(), area).toEqual([...verbs].sort());
      for (const verb of verbs) expect(typeof group[verb]).toBe('function');
    }

    bridge.sender = trusted();
    const opened = await api.deck.open({ ref: REF });
    expect(opened.ok && opened.value.deck.slides.length).toBe(2);
    expect(recorded.invoked.at(-1)).toEqual({
      channel: channelOf('deck.open'),
      args: [{ ref: REF }],
    });
    const listed = await api.library.list();
    expect(listed.ok && listed.value.decks.map((d) => d.ref)).toEqual([REF]);

    // Events arrive as the payload alone (never Electron's event object, which holds the sender).
    const got: unknown[] = [];
    const off = api.onEvent((e) => got.push(e));
    const event = { type: 'deck.changedOnDisk', payload: { ref: REF, stamp: null } };
    for (const l of recorded.rendererListeners.get(EVENT_CHANNEL) ?? [])
      (l as (e: unknown, p: unknown) => void)({ sender: 'secret' }, event);
    off();
    expect(got).toEqual([event]);
    expect(recorded.rendererListeners.get(EVENT_CHANNEL)?.size).toBe(0);

    expect(api.assetUrl(REF, 'assets/dnieper dam.png')).toBe(
      'lectern-asset://deck/week-1%2Fweek-1.lectern/assets/dnieper%20dam.png',
    );
  });
});
