/**
 * The desktop app's presentation windows at the Electron seam: made with the main window's
 * secure preferences, placed by `placePresentation` on 1, 2 and 3 displays, swapped with X,
 * the speaker view toggled with S, re-placed when a display comes or goes, closed together;
 * and `present.openWindows` reaches them through exactly one IPC handler that checks the
 * sender (and answers `handled: false` in the browser edition's services).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../main/electron/channels';
import { registerIpc, type WindowHooks } from '../../../main/electron/ipc';
import { PresentationWindows } from '../../../main/electron/presentation-windows';
import { securePreferences } from '../../../main/electron/window';
import { dispatch, openBackend, type Backend } from '../../../main/services';
import { sampleDeck, writeDeck } from '../web/helpers';
import {
  BrowserWindow,
  recorded,
  resetStandIn,
  screen,
  WebContents,
  WebFrameMain,
  type Monitor,
} from './stand-in';

vi.mock('electron', () => import('./stand-in'));

const PRELOAD = '/app/out/preload/index.cjs';
const REF = 'week-1/week-1.lectern';

const LAPTOP: Monitor = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
  primary: true,
};
const PROJECTOR: Monitor = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1280, height: 720 },
  workArea: { x: 1440, y: 0, width: 1280, height: 720 },
  internal: false,
};
const BIG_SCREEN: Monitor = {
  id: 3,
  bounds: { x: -2560, y: 0, width: 2560, height: 1440 },
  workArea: { x: -2560, y: 0, width: 2560, height: 1400 },
  internal: false,
};

let ours: Set<WebContents>;
let editor: WebContents;
let presentation: PresentationWindows;

/** Starts a presentation from the editor window and lets both pages finish loading. */
function present(start = 2, speaker?: boolean) {
  const opened = presentation.open(editor as never, {
    ref: REF,
    start,
    ...(speaker !== undefined ? { speaker } : {}),
  });
  expect(opened).toEqual({ ok: true, value: { handled: true }, warnings: [] });
  const w = presentation.windows!;
  const audience = w.audience as unknown as BrowserWindow;
  const speakerWin = w.speaker as unknown as BrowserWindow;
  audience.emit('ready-to-show');
  speakerWin.emit('ready-to-show');
  return { audience, speaker: speakerWin };
}

/** A key pressed in `win`; returns whether the page was kept from seeing it. */
function press(
  win: BrowserWindow,
  key: string,
  mods: { control?: boolean; shift?: boolean } = {},
): boolean {
  let prevented = false;
  win.webContents.emit(
    'before-input-event',
    { preventDefault: () => (prevented = true) },
    {
      type: 'keyDown',
      key,
      control: false,
      meta: false,
      alt: false,
      shift: false,
      isAutoRepeat: false,
      ...mods,
    },
  );
  return prevented;
}

function displays(...monitors: Monitor[]) {
  recorded.monitors = monitors;
}

beforeEach(() => {
  resetStandIn();
  editor = new WebContents();
  editor.mainFrame = new WebFrameMain('lectern-app://app/index.html#/deck/week-1%2Fweek-1.lectern');
  ours = new Set([editor]);
  presentation = new PresentationWindows(PRELOAD, ours as never);
});

describe('presentation windows', () => {
  it('are made like the main window: secure preferences, locked down, trusted, on the app’s own routes', () => {
    displays(LAPTOP, PROJECTOR);
    const { audience, speaker } = present(2);
    expect(recorded.windows).toEqual([audience, speaker]);
    for (const win of [audience, speaker]) {
      expect(win.options.webPreferences).toEqual(securePreferences(PRELOAD));
      expect(win.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
      expect(ours.has(win.webContents)).toBe(true);
      expect(presentation.isPresentation(win.webContents as never)).toBe(true);
      // Every permission is still refused, and a web link still only gets the confirmation.
      let granted: boolean | undefined;
      win.webContents.session.permissionRequest?.(win.webContents, 'media', (g) => (granted = g));
      expect(granted).toBe(false);
      expect(win.webContents.openHandler?.({ url: 'https://example.org/' })).toEqual({
        action: 'deny',
      });
    }
    expect(presentation.isPresentation(editor as never)).toBe(false);
    expect(audience.loadedUrl).toBe(
      'lectern-app://app/index.html#/audience/week-1%2Fweek-1.lectern/2',
    );
    expect(speaker.loadedUrl).toBe('lectern-app://app/index.html#/speaker/week-1%2Fweek-1.lectern');
  });

  it('two displays: audience full screen on the projector, speaker on the laptop with the keyboard', () => {
    displays(LAPTOP, PROJECTOR);
    const { audience, speaker } = present();
    expect([audience.bounds, audience.fullscreen, audience.visible]).toEqual([
      PROJECTOR.bounds,
      true,
      true,
    ]);
    expect([speaker.bounds, speaker.fullscreen, speaker.visible]).toEqual([
      LAPTOP.workArea,
      false,
      true,
    ]);
    expect(recorded.focused).toBe(speaker);
  });

  it('three displays: audience on the largest external screen, speaker on the laptop', () => {
    displays(PROJECTOR, LAPTOP, BIG_SCREEN);
    const { audience, speaker } = present();
    expect([audience.bounds, audience.fullscreen]).toEqual([BIG_SCREEN.bounds, true]);
    expect(speaker.bounds).toEqual(LAPTOP.workArea);
  });

  it('one display: audience full screen, speaker hidden until S (in either window, or the cue); its close button only hides it', () => {
    displays(LAPTOP);
    const { audience, speaker } = present();
    expect([audience.bounds, audience.fullscreen, audience.visible]).toEqual([
      LAPTOP.bounds,
      true,
      true,
    ]);
    expect(speaker.visible).toBe(false);
    expect(recorded.focused).toBe(audience);

    expect(press(audience, 's')).toBe(true);
    expect([speaker.visible, speaker.fullscreen]).toEqual([true, false]);
    // A window on the only screen, inside its work area.
    expect(speaker.bounds.x).toBeGreaterThanOrEqual(LAPTOP.workArea.x);
    expect(speaker.bounds.x + speaker.bounds.width).toBeLessThanOrEqual(
      LAPTOP.workArea.x + LAPTOP.workArea.width,
    );
    expect(recorded.focused).toBe(speaker);
    expect(press(speaker, 'S')).toBe(true);
    expect(speaker.visible).toBe(false);
    expect(recorded.focused).toBe(audience);

    // The audience view's "Speaker view" cue is a window.open of the speaker route: no new window.
    expect(
      audience.webContents.openHandler?.({
        url: 'lectern-app://app/index.html#/speaker/week-1%2Fweek-1.lectern',
      }),
    ).toEqual({ action: 'deny' });
    expect(speaker.visible).toBe(true);
    speaker.close();
    expect([speaker.isDestroyed(), speaker.visible]).toEqual([false, false]);
    expect(recorded.windows).toHaveLength(2);

    // X has nothing to swap on one screen, and other keys (and Ctrl+S) reach the page.
    expect(press(audience, 'x')).toBe(true);
    expect([audience.bounds, audience.fullscreen]).toEqual([LAPTOP.bounds, true]);
    expect(press(audience, 'ArrowRight')).toBe(false);
    expect(press(audience, 's', { control: true })).toBe(false);
    expect(speaker.visible).toBe(false);
  });

  it('the Speaker View command shows the speaker view at once, even on one screen', () => {
    displays(LAPTOP);
    const { speaker } = present(0, true);
    expect(speaker.visible).toBe(true);
  });

  it('X swaps the two views between the displays, and back', () => {
    displays(LAPTOP, PROJECTOR);
    const { audience, speaker } = present();
    expect(press(speaker, 'x')).toBe(true);
    expect(presentation.windows?.swapped).toBe(true);
    expect([audience.bounds, audience.fullscreen]).toEqual([LAPTOP.bounds, true]);
    expect([speaker.bounds, speaker.fullscreen]).toEqual([PROJECTOR.workArea, false]);
    expect(press(audience, 'X', { shift: true })).toBe(false); // Shift+X is a letter, not the swap
    press(audience, 'x');
    expect([audience.bounds, audience.fullscreen]).toEqual([PROJECTOR.bounds, true]);
    expect(speaker.bounds).toEqual(LAPTOP.workArea);
  });

  it('re-places both when the projector is unplugged and plugged back in', () => {
    displays(LAPTOP, PROJECTOR);
    const { audience, speaker } = present();
    displays(LAPTOP);
    screen.emit('display-removed');
    expect([audience.bounds, audience.fullscreen, audience.visible]).toEqual([
      LAPTOP.bounds,
      true,
      true,
    ]);
    expect(speaker.visible).toBe(false);

    displays(LAPTOP, BIG_SCREEN);
    screen.emit('display-added');
    expect([audience.bounds, audience.fullscreen]).toEqual([BIG_SCREEN.bounds, true]);
    expect([speaker.bounds, speaker.visible]).toEqual([LAPTOP.workArea, true]);

    // A change that moves nothing (the taskbar moved on the projector) leaves the windows alone.
    let left = 0;
    audience.on('leave-full-screen', () => left++);
    screen.emit('display-metrics-changed');
    expect(left).toBe(0);
  });

  it('closing the audience view closes the speaker view, stops following the displays and returns to the editor', () => {
    displays(LAPTOP, PROJECTOR);
    const main = new BrowserWindow({});
    editor = main.webContents;
    main.webContents.mainFrame = new WebFrameMain('lectern-app://app/index.html');
    const { audience, speaker } = present();
    expect(recorded.focused).toBe(speaker);
    expect(screen.listenerCount('display-added')).toBe(1);
    audience.close();
    expect([audience.isDestroyed(), speaker.isDestroyed()]).toEqual([true, true]);
    expect(presentation.windows).toBeUndefined();
    expect(ours.has(audience.webContents) || ours.has(speaker.webContents)).toBe(false);
    expect(
      ['display-added', 'display-removed', 'display-metrics-changed'].map((e) =>
        screen.listenerCount(e),
      ),
    ).toEqual([0, 0, 0]);
    expect(recorded.focused).toBe(main);
  });

  it('a second presentation replaces the first, and the editor window closing ends it', () => {
    displays(LAPTOP, PROJECTOR);
    const first = present();
    const second = present(0);
    expect([first.audience.isDestroyed(), first.speaker.isDestroyed()]).toEqual([true, true]);
    expect(second.audience.isDestroyed()).toBe(false);
    editor.emit('destroyed');
    expect([second.audience.isDestroyed(), second.speaker.isDestroyed()]).toEqual([true, true]);
  });

  it('a presentation window cannot start another presentation', () => {
    displays(LAPTOP);
    const { audience } = present();
    const again = presentation.open(audience.webContents as never, { ref: REF, start: 0 });
    expect(again.ok).toBe(false);
    expect(recorded.windows).toHaveLength(2);
  });
});

describe('present.openWindows over IPC', () => {
  let dir: string;
  let backend: Backend;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lectern-present-'));
    await writeDeck(dir, 'week-1', sampleDeck('Week 1', 3));
    backend = await openBackend(dir);
  });
  afterEach(async () => {
    backend.close();
    await rm(dir, { recursive: true, force: true });
  });

  const hooks: WindowHooks = {
    setDocumentState: () => undefined,
    trackSave: () => undefined,
    openPresentation: (sender, args) => presentation.open(sender, args),
  };
  const invoke = (event: unknown, args: unknown) =>
    recorded.handlers.get(channelOf('present.openWindows'))!(event, args) as Promise<{
      ok: boolean;
      value?: unknown;
      problems?: Array<{ where: string; what: string }>;
    }>;

  it('has exactly one handler, which opens the windows for our editor window and refuses anyone else', async () => {
    const { ipcMain } = await import('electron');
    displays(LAPTOP, PROJECTOR);
    registerIpc(ipcMain, backend.services, ours as never, hooks);
    expect([...recorded.handlers.keys()].filter((c) => c.includes('present.'))).toEqual([
      channelOf('present.openWindows'),
    ]);
    expect(() => registerIpc(ipcMain, backend.services, ours as never, hooks)).toThrow(
      /second handler/,
    );

    const stranger = new WebContents();
    stranger.mainFrame = new WebFrameMain('lectern-app://app/index.html');
    const refused = await invoke(
      { sender: stranger, senderFrame: stranger.mainFrame },
      { ref: REF, start: 0 },
    );
    expect(refused.ok).toBe(false);
    expect(refused.problems?.[0]?.what).toContain('not Lectern');
    const subframe = await invoke(
      { sender: editor, senderFrame: new WebFrameMain('lectern-app://app/index.html') },
      { ref: REF, start: 0 },
    );
    expect(subframe.ok).toBe(false);
    for (const bad of [
      { ref: '../x.lectern', start: 0 },
      { ref: REF, start: -1 },
      { ref: REF, start: 1.5 },
      { ref: REF, start: 0, url: 'https://evil.example' },
    ]) {
      expect(
        (await invoke({ sender: editor, senderFrame: editor.mainFrame }, bad)).ok,
        JSON.stringify(bad),
      ).toBe(false);
    }
    expect(recorded.windows).toHaveLength(0);

    const ok = await invoke(
      { sender: editor, senderFrame: editor.mainFrame },
      { ref: REF, start: 1 },
    );
    expect(ok).toMatchObject({ ok: true, value: { handled: true } });
    expect(recorded.windows.map((w) => w.loadedUrl)).toEqual([
      'lectern-app://app/index.html#/audience/week-1%2Fweek-1.lectern/1',
      'lectern-app://app/index.html#/speaker/week-1%2Fweek-1.lectern',
    ]);
  });

  it('answers handled: false where the host has no windows of its own (the browser edition)', async () => {
    const d = await dispatch(backend.services, 'present.openWindows', { ref: REF, start: 0 });
    expect(d).toEqual({
      status: 'done',
      result: { ok: true, value: { handled: false }, warnings: [] },
    });
    const { ipcMain } = await import('electron');
    registerIpc(ipcMain, backend.services, ours as never);
    expect(
      await invoke({ sender: editor, senderFrame: editor.mainFrame }, { ref: REF, start: 0 }),
    ).toMatchObject({ ok: true, value: { handled: false } });
    expect(recorded.windows).toHaveLength(0);
  });
});
