/**
 * Quitting or closing with unsaved changes, at the Electron seam with the real services on
 * real files: a save already running is waited for; unsaved changes ask Save / Don't save /
 * Cancel; Save waits for the UI's save to reach the disk; a failed save keeps the app open.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseGuard, type CloseAnswer } from '../../../main/electron/close-guard';
import { Documents } from '../../../main/electron/documents';
import { registerIpc } from '../../../main/electron/ipc';
import { openBackend, type Backend, type Services } from '../../../main/services';
import { sampleDeck, writeDeck } from '../web/helpers';
import { recorded, resetStandIn, WebContents, WebFrameMain } from './stand-in';

vi.mock('electron', () => import('./stand-in'));

type Reply = { ok: boolean; value?: unknown; problems?: Array<{ where: string; what: string }> };
const REF = 'week-1/week-1.lectern';
let dir: string;
let backend: Backend;
let win: WebContents;
let documents: Documents<WebContents>;
let guard: CloseGuard<WebContents>;
let answers: CloseAnswer[];
let asked: string[];
let told: string[];
let saveRequests: number;
let onSaveRequest: () => void;
/** Holds `deck.save` until released, so a save can be caught in flight. */
let gate: Promise<void>;
let openGate: () => void;

const from = (w: WebContents) => ({ sender: w, senderFrame: w.mainFrame });
function invoke(method: string, args: unknown, sender = from(win)): Promise<Reply> {
  return recorded.handlers.get(`lectern:${method}`)!(sender, args) as Promise<Reply>;
}
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** What the UI does on `file.save`: saves its edited deck, then reports clean. */
async function uiSaves(title: string): Promise<Reply> {
  const opened = (await invoke('deck.open', { ref: REF })) as {
    value: { deck: { meta: { title: string } }; stamp: unknown };
  };
  const deck = { ...opened.value.deck, meta: { ...opened.value.deck.meta, title } };
  const saved = await invoke('deck.save', { ref: REF, deck, expected: opened.value.stamp });
  if (saved.ok && (saved.value as { kind: string }).kind === 'saved')
    await invoke('app.setDocumentState', { ref: REF, title, dirty: false });
  return saved;
}

beforeEach(async () => {
  resetStandIn();
  dir = await mkdtemp(join(tmpdir(), 'lectern-quit-'));
  await writeDeck(dir, 'week-1', sampleDeck('Week 1', 2));
  backend = await openBackend(dir);
  win = new WebContents();
  win.mainFrame = new WebFrameMain('lectern-app://app/index.html');
  documents = new Documents<WebContents>();
  answers = [];
  asked = [];
  told = [];
  saveRequests = 0;
  onSaveRequest = () => undefined;
  gate = Promise.resolve();
  guard = new CloseGuard<WebContents>({
    documents,
    ask: async (_key, title) => {
      asked.push(title);
      return answers.shift() ?? 'cancel';
    },
    requestSave: () => {
      saveRequests++;
      onSaveRequest();
    },
    discard: (ref) => backend.services['deck.discardRecovery']({ ref }),
    notSaved: async (_key, title) => told.push(title),
    saveTimeoutMs: 2_000,
  });
  const services: Services = {
    ...backend.services,
    'deck.save': async (args) => {
      await gate;
      return backend.services['deck.save'](args);
    },
  };
  registerIpc((await import('electron')).ipcMain, services, new Set([win]) as never, {
    setDocumentState: (sender, state) => documents.set(sender as unknown as WebContents, state),
    trackSave: (sender, result) => documents.track(sender as unknown as WebContents, result),
  });
});
afterEach(async () => {
  backend.close();
  await rm(dir, { recursive: true, force: true });
});

/** Emits before-quit the way Electron does: handlers run, nothing is awaited. */
function beforeQuit(): { prevented: boolean } {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  guard.onBeforeQuit(event, () => recorded.quits++);
  return event;
}

describe('quitting', () => {
  it('with nothing unsaved, quits at once without asking', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: false });
    expect(beforeQuit().prevented).toBe(false);
    expect(asked).toEqual([]);
  });

  it('waits for a save that is still running, then quits without asking', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });
    gate = new Promise((r) => (openGate = r));
    const saving = uiSaves('Week 1, revised');
    await vi.waitFor(() => expect(documents.saving(win)).toBe(true));
    expect(beforeQuit().prevented).toBe(true);
    expect(beforeQuit().prevented).toBe(true); // a second Cmd+Q while waiting changes nothing
    await tick(100);
    expect(recorded.quits).toBe(0);
    openGate();
    expect((await saving).ok).toBe(true);
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    expect(asked).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, REF), 'utf8')).meta.title).toBe('Week 1, revised');
    expect(beforeQuit().prevented).toBe(false); // the repeated quit goes through
  });

  it("Cancel keeps the app open; Don't Save quits and drops the recovery journal", async () => {
    const deck = sampleDeck('Week 1 (unsaved edits)', 2);
    expect((await invoke('deck.writeRecovery', { ref: REF, deck })).ok).toBe(true);
    const journal = join(dir, 'week-1/.week-1.lectern.recovery');
    expect(existsSync(journal)).toBe(true);
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });

    answers = ['cancel'];
    expect(beforeQuit().prevented).toBe(true);
    await tick();
    expect(asked).toEqual(['Week 1']);
    expect(recorded.quits).toBe(0);

    answers = ['discard'];
    beforeQuit();
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    await vi.waitFor(() => expect(existsSync(journal)).toBe(false));
    expect(JSON.parse(await readFile(join(dir, REF), 'utf8')).meta.title).toBe('Week 1');
  });

  it('Save asks the UI to save and quits only once the deck is on disk', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });
    answers = ['save'];
    gate = new Promise((r) => (openGate = r));
    let saving: Promise<Reply> | undefined;
    onSaveRequest = () => {
      saving = uiSaves('Week 1, saved on quit');
    };
    beforeQuit();
    await vi.waitFor(() => expect(saveRequests).toBe(1));
    expect(recorded.quits).toBe(0); // the save is held: nothing quits yet
    openGate();
    await saving;
    await vi.waitFor(() => expect(recorded.quits).toBe(1));
    expect(JSON.parse(await readFile(join(dir, REF), 'utf8')).meta.title).toBe(
      'Week 1, saved on quit',
    );
  });

  it('a save that conflicts with a change on disk keeps the app open and says so', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });
    answers = ['save'];
    let conflicting: Promise<void> | undefined;
    onSaveRequest = () => {
      conflicting = (async () => {
        const opened = (await invoke('deck.open', { ref: REF })) as {
          value: { deck: unknown; stamp: unknown };
        };
        // Someone edits the file (a synced folder) between opening and saving.
        const other = sampleDeck('Edited elsewhere', 1);
        await writeFile(join(dir, REF), JSON.stringify(other, null, 2));
        const saved = await invoke('deck.save', {
          ref: REF,
          deck: opened.value.deck,
          expected: opened.value.stamp,
        });
        expect((saved.value as { kind: string }).kind).toBe('conflict');
      })();
    };
    beforeQuit();
    await tick(200);
    await conflicting;
    expect(recorded.quits).toBe(0);
    expect(told).toEqual(['Week 1']);
    expect(JSON.parse(await readFile(join(dir, REF), 'utf8')).meta.title).toBe('Edited elsewhere');
  });

  it('a UI that never saves does not hold the app forever, nor let it quit', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });
    answers = ['save'];
    beforeQuit();
    await tick(2_300);
    expect(saveRequests).toBe(1);
    expect(recorded.quits).toBe(0);
    expect(told).toEqual(['Week 1']);
  });
});

describe('closing the window', () => {
  it('is held while changes are unsaved and goes through once they are saved', async () => {
    await invoke('app.setDocumentState', { ref: REF, title: 'Week 1', dirty: true });
    answers = ['save'];
    let saving: Promise<Reply> | undefined;
    onSaveRequest = () => {
      saving = uiSaves('Week 1, saved on close');
    };
    let closed = 0;
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    guard.onWindowClose(win, event, () => closed++);
    expect(event.prevented).toBe(true);
    // The save goes through real files; under a loaded machine that takes a while.
    await vi.waitFor(() => expect(closed).toBe(1), { timeout: 5_000 });
    await saving;
    // The repeated close is let through.
    const again = { prevented: false, preventDefault: () => (again.prevented = true) };
    guard.onWindowClose(win, again, () => closed++);
    expect(again.prevented).toBe(false);
  });
});

describe('document state reports', () => {
  it('are refused from pages that are not ours, and when malformed', async () => {
    const stranger = new WebContents();
    stranger.mainFrame = new WebFrameMain('https://evil.example/');
    const refused = await invoke(
      'app.setDocumentState',
      { ref: REF, title: 'x', dirty: true },
      from(stranger),
    );
    expect(refused.problems?.[0]?.what).toContain('not Lectern');
    for (const bad of [
      { ref: '../x.lectern', title: 't', dirty: true },
      { ref: REF, title: 't', dirty: 'yes' },
      { ref: REF, title: 't', dirty: true, extra: 1 },
    ]) {
      expect((await invoke('app.setDocumentState', bad)).ok).toBe(false);
    }
    expect(documents.state(win)).toBeUndefined();
    expect(documents.state(stranger)).toBeUndefined();
  });
});
