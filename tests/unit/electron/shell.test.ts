/**
 * The desktop shell around the window, at the Electron seam: one instance that takes the
 * decks of later launches, deck files from the command line and the OS located on real
 * folders, the window's remembered place kept on a display that is there, and the menus.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_COMMANDS } from '../../../common/api/contract';
import { menuTemplate, type AppCommand } from '../../../main/electron/menu';
import { decksFromArgv, locateDeck } from '../../../main/electron/open-files';
import { claimSingleInstance } from '../../../main/electron/single-instance';
import {
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../../main/electron/window-state';
import { loadRecent, saveRecent, withRecent } from '../../../main/electron/recent';
import { sampleDeck, writeDeck } from '../web/helpers';
import { recorded, resetStandIn } from './stand-in';

vi.mock('electron', () => import('./stand-in'));

let dir: string;
beforeEach(async () => {
  resetStandIn();
  dir = await mkdtemp(join(tmpdir(), 'lectern-shell-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('single instance', () => {
  it('the first instance receives the decks of a second launch, resolved from its working folder', async () => {
    const { app } = await import('electron');
    await writeDeck(join(dir, 'ws'), 'week-1', sampleDeck('Week 1', 1));
    await writeDeck(join(dir, 'ws'), 'week-2', sampleDeck('Week 2', 1));
    await writeFile(join(dir, 'ws', 'notes.txt'), 'not a deck');
    const got: string[][] = [];
    expect(claimSingleInstance(app, (files) => got.push(files))).toBe(true);

    // What a second `lectern week-1 …` started in dir/ws passes on.
    const argv = [
      '/opt/Lectern/lectern',
      '--no-sandbox',
      'week-1',
      '--workspace',
      'week-2',
      'week-2/week-2.lectern',
      'notes.txt',
      'missing.lectern',
    ];
    app.emit('second-instance', {}, argv, join(dir, 'ws'), {});
    expect(got).toEqual([
      [join(dir, 'ws/week-1/week-1.lectern'), join(dir, 'ws/week-2/week-2.lectern')],
    ]);

    // macOS: a deck double-clicked in Finder (before or after ready) arrives as open-file.
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, join(dir, 'ws/week-1/week-1.lectern'));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(got.at(-1)).toEqual([join(dir, 'ws/week-1/week-1.lectern')]);
    expect(recorded.quits).toBe(0);
  });

  it('a second instance quits without listening for anything', async () => {
    const { app } = await import('electron');
    recorded.singleInstance = false;
    const onFiles = vi.fn();
    expect(claimSingleInstance(app, onFiles)).toBe(false);
    expect(recorded.quits).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
    expect(app.listenerCount('open-file')).toBe(0);
  });
});

describe('deck files from outside', () => {
  it('a deck inside the workspace keeps the workspace; one elsewhere brings the folder around its deck folder', async () => {
    const ws = join(dir, 'ws');
    await writeDeck(ws, 'week-1', sampleDeck('Week 1', 1));
    await writeDeck(join(dir, 'Downloads'), 'from-colleague', sampleDeck('Shared', 1));
    await mkdir(join(dir, 'loose'));
    await writeFile(join(dir, 'loose', 'draft.lectern'), '{}');

    expect(locateDeck(join(ws, 'week-1/week-1.lectern'), ws)).toEqual({
      ok: true,
      value: { workspace: ws, ref: 'week-1/week-1.lectern' },
    });
    expect(locateDeck(join(dir, 'Downloads/from-colleague/from-colleague.lectern'), ws)).toEqual({
      ok: true,
      value: { workspace: join(dir, 'Downloads'), ref: 'from-colleague/from-colleague.lectern' },
    });
    expect(locateDeck(join(dir, 'loose/draft.lectern'), ws)).toEqual({
      ok: true,
      value: { workspace: join(dir, 'loose'), ref: 'draft.lectern' },
    });

    // A link to a deck inside the workspace is the deck inside the workspace.
    await symlink(join(ws, 'week-1/week-1.lectern'), join(dir, 'shortcut.lectern'));
    expect(locateDeck(join(dir, 'shortcut.lectern'), ws)).toEqual({
      ok: true,
      value: { workspace: ws, ref: 'week-1/week-1.lectern' },
    });

    // The trash is no place to open a deck from.
    await writeDeck(join(ws, '.trash'), 'old', sampleDeck('Old', 1));
    const trashed = locateDeck(join(ws, '.trash/old/old.lectern'), ws);
    expect(trashed.ok).toBe(false);
    expect(!trashed.ok && trashed.what).toContain('hidden folder');
    expect(locateDeck(join(dir, 'nowhere.lectern'), ws).ok).toBe(false);
  });

  it('takes a deck folder for its deck and ignores what is not a deck', async () => {
    await writeDeck(dir, 'week-3', sampleDeck('Week 3', 1));
    await mkdir(join(dir, 'photos'));
    expect(
      decksFromArgv(['lectern', 'week-3', 'photos', '.', './week-3/week-3.lectern'], dir),
    ).toEqual([join(dir, 'week-3/week-3.lectern')]);
  });
});

describe('window place', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 877 };
  const projector = { x: 1440, y: 0, width: 1920, height: 1080 };

  it('a window saved on a projector that is gone reopens centred on the laptop, at most its size', () => {
    const saved = { x: 1500, y: 40, width: 1800, height: 1000 };
    expect(clampToDisplays({ ...saved, x: 1600, y: 100 }, [laptop, projector])).toEqual({
      ...saved,
      x: 1560,
      y: 80,
    });
    expect(clampToDisplays(saved, [laptop, projector])).toEqual(saved);
    expect(clampToDisplays(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 877 });
    expect(clampToDisplays({ x: 5000, y: 4000, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 220,
      y: 89,
      width: 1000,
      height: 700,
    });
  });

  it('a window hanging off an edge is pulled back in; a tiny one grows to the minimum', () => {
    expect(clampToDisplays({ x: -300, y: -50, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1000,
      height: 700,
    });
    expect(clampToDisplays({ x: 1300, y: 800, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 440,
      y: 177,
      width: 1000,
      height: 700,
    });
    expect(clampToDisplays({ x: 10, y: 10, width: 100, height: 80 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 800,
      height: 560,
    });
  });

  it('is remembered in the user-data folder; a damaged or hand-edited file gives the defaults', async () => {
    const state = { bounds: { x: 100, y: 50, width: 1100, height: 720 }, maximized: true };
    expect(await saveWindowState(dir, state)).toBe(true);
    expect(await loadWindowState(dir, [laptop])).toEqual(state);
    expect(await loadWindowState(dir, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({
      bounds: { x: 0, y: 0, width: 1024, height: 600 },
      maximized: true,
    });

    const centred = { bounds: { x: 80, y: 39, width: 1280, height: 800 }, maximized: false };
    for (const junk of [
      '{"bounds":{"x":"0"}}',
      'not json',
      '{"bounds":{"x":0,"y":0,"width":-5,"height":9},"maximized":false}',
      '{"bounds":{"x":1e308,"y":0,"width":900,"height":600},"maximized":false}',
    ]) {
      await writeFile(join(dir, WINDOW_STATE_FILE), junk);
      expect(await loadWindowState(dir, [laptop]), junk).toEqual(centred);
    }
    await rm(join(dir, WINDOW_STATE_FILE));
    expect(await loadWindowState(dir, [laptop])).toEqual(centred);
  });
});

describe('recent decks', () => {
  it('newest first, no repeats, at most ten, kept across runs', async () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = withRecent(list, `/decks/d${i}.lectern`);
    list = withRecent(list, '/decks/d5.lectern');
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3)).toEqual([
      '/decks/d5.lectern',
      '/decks/d11.lectern',
      '/decks/d10.lectern',
    ]);
    await saveRecent(dir, list);
    expect(await loadRecent(dir)).toEqual(list);
    await writeFile(join(dir, 'recent.json'), '{"not":"a list"}');
    expect(await loadRecent(dir)).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'recent.json'), 'utf8'))).toEqual({ not: 'a list' });
  });
});

describe('menus', () => {
  type Item = {
    label?: string;
    role?: string;
    accelerator?: string;
    submenu?: Item[];
    click?: () => void;
    type?: string;
  };
  const labels = (items: Item[] | undefined) =>
    (items ?? []).filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);
  const build = (platform: NodeJS.Platform, recent: string[] = []) => {
    const sent: AppCommand[] = [];
    const actions = {
      send: (c: AppCommand) => sent.push(c),
      open: vi.fn(),
      openRecent: vi.fn(),
      clearRecent: vi.fn(),
      about: vi.fn(),
    };
    const menu = menuTemplate(actions, { platform, recent, developer: false }) as Item[];
    const top = (label: string) => menu.find((m) => m.label === label)!.submenu!;
    const item = (menuLabel: string, label: string) =>
      top(menuLabel).find((i) => i.label === label)!;
    return { menu, sent, actions, top, item };
  };

  it('has File, Edit, View, Present and Help with the listed items', () => {
    const { menu, top } = build('linux');
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Present', 'Help']);
    expect(labels(top('File'))).toEqual([
      'New Deck',
      'Open…',
      'Open Recent',
      'Import Reading…',
      'Save',
      'Save As…',
      'Export…',
      'Deck Settings…',
      'Close',
      'Quit',
    ]);
    expect(labels(top('Edit'))).toEqual([
      'Undo',
      'Redo',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'delete',
      'selectAll',
    ]);
    expect(labels(top('View'))).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'Slides',
      'Inspector',
      'Source Reading',
      'Deck Check',
      'Theme',
      'togglefullscreen',
    ]);
    expect(labels(top('Present'))).toEqual(['From Start', 'From Current Slide', 'Speaker View']);
    expect(labels(top('Help'))).toEqual(['Keyboard Shortcuts', 'About Lectern']);
  });

  it('sends each UI command as one typed app.command; Open… and About stay in main', () => {
    const { sent, actions, item, top } = build('linux');
    for (const [menu, label] of [
      ['File', 'New Deck'],
      ['File', 'Import Reading…'],
      ['File', 'Save'],
      ['File', 'Save As…'],
      ['File', 'Export…'],
      ['File', 'Deck Settings…'],
      ['File', 'Close'],
      ['View', 'Inspector'],
      ['Present', 'From Start'],
      ['Present', 'From Current Slide'],
      ['Present', 'Speaker View'],
      ['Help', 'Keyboard Shortcuts'],
    ] as const) {
      item(menu, label).click!();
    }
    top('View')
      .find((i) => i.label === 'Theme')!
      .submenu!.find((i) => i.label === 'Dark')!.click!();
    expect(sent).toEqual([
      { command: 'file.new' },
      { command: 'file.importReading' },
      { command: 'file.save' },
      { command: 'file.saveAs' },
      { command: 'file.export' },
      { command: 'file.deckSettings' },
      { command: 'file.close' },
      { command: 'view.togglePanel', panel: 'inspector' },
      { command: 'present.fromStart' },
      { command: 'present.fromCurrent' },
      { command: 'present.speakerView' },
      { command: 'help.shortcuts' },
      { command: 'view.theme', theme: 'dark' },
    ]);
    for (const c of sent) expect(APP_COMMANDS).toContain(c.command);
    item('File', 'Open…').click!();
    item('Help', 'About Lectern').click!();
    expect(actions.open).toHaveBeenCalledOnce();
    expect(actions.about).toHaveBeenCalledOnce();
    expect(item('File', 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(item('Present', 'From Start').accelerator).toBe('F5');
  });

  it('Undo and Redo send a command and leave their keys to the page, so one keypress never undoes twice', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { sent, top } = build(platform);
      const edit = top('Edit') as Array<Item & { registerAccelerator?: boolean }>;
      const undo = edit.find((i) => i.label === 'Undo')!;
      const redo = edit.find((i) => i.label === 'Redo')!;
      expect(
        edit.some((i) => i.role === 'undo' || i.role === 'redo'),
        platform,
      ).toBe(false);
      expect([
        undo.accelerator,
        undo.registerAccelerator,
        redo.accelerator,
        redo.registerAccelerator,
      ]).toEqual(['CmdOrCtrl+Z', false, 'CmdOrCtrl+Shift+Z', false]);
      undo.click!();
      redo.click!();
      expect(sent).toEqual([{ command: 'edit.undo' }, { command: 'edit.redo' }]);
    }
  });

  it('lists recent decks on Windows and Linux; macOS uses its own menus', () => {
    const { item, actions } = build('win32', ['/home/a/week-1/week-1.lectern']);
    const recent = item('File', 'Open Recent').submenu!;
    expect(labels(recent)).toEqual(['week-1.lectern', 'Clear Menu']);
    recent[0]!.click!();
    expect(actions.openRecent).toHaveBeenCalledWith('/home/a/week-1/week-1.lectern');

    const mac = build('darwin');
    expect(mac.menu.map((m) => m.label ?? m.role)).toEqual([
      'appMenu',
      'File',
      'Edit',
      'View',
      'Present',
      'windowMenu',
      'Help',
    ]);
    expect(mac.item('File', 'Open Recent').role).toBe('recentDocuments');
    expect(labels(mac.top('File'))).not.toContain('Quit');
  });
});
