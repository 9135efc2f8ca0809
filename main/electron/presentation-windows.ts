/**
 * The desktop app's presentation: two windows of its own, made by the same factory (and so
 * with the same secure preferences and lock-down) as the main window. The audience view goes
 * full screen on the room's display and the speaker view on the lecturer's, as
 * `placePresentation` decides; X in either window swaps them, S shows or hides the speaker
 * view (and the audience view's "Speaker view" cue, a `window.open` of the speaker route,
 * does the same), a display plugged in or out re-places both, and closing the audience view
 * closes the speaker view. The two pages talk over their BroadcastChannel, as in the browser
 * edition; main only places windows.
 */
import { BrowserWindow, screen, type Input, type WebContents } from 'electron';
import type { ArgsOut } from '../../common/api/contract';
import { error, type Result } from '../../common/deck/problems';
import {
  placePresentation,
  type DisplayInfo,
  type PresentationPlacement,
  type Rect,
  type WindowPlace,
} from './displays';
import { createAppWindow, offerLink } from './window';

/** The UI route of the audience view (renderer/src/app/route.ts parses it). */
export function audienceHash(ref: string, start: number): string {
  return `#/audience/${encodeURIComponent(ref)}/${start}`;
}

/** The UI route of the speaker view. */
export function speakerHash(ref: string): string {
  return `#/speaker/${encodeURIComponent(ref)}`;
}

/** Electron's displays as the placement reads them; `primary` from `getPrimaryDisplay`. */
export function currentDisplays(): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((d) => ({
    id: d.id,
    bounds: d.bounds,
    workArea: d.workArea,
    internal: d.internal,
    primary: d.id === primary,
  }));
}

interface Show {
  owner: WebContents;
  ref: string;
  audience: BrowserWindow;
  speaker: BrowserWindow;
  swapped: boolean;
  speakerShown: boolean;
  /** Where each window was last put, so an unchanged placement is not applied again. */
  applied: Map<BrowserWindow, WindowPlace>;
  screens: PresentationPlacement['screens'];
  stop: () => void;
}

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const samePlace = (a: WindowPlace | undefined, b: WindowPlace) =>
  !!a &&
  a.displayId === b.displayId &&
  a.fullscreen === b.fullscreen &&
  sameRect(a.bounds, b.bounds);

/** One presentation at a time, in windows the app places. */
export class PresentationWindows {
  private show: Show | undefined;

  constructor(
    private readonly preload: string,
    private readonly ours: Set<WebContents>,
  ) {}

  /** True for the web contents of a presentation window (the menus and the shell skip them). */
  isPresentation(contents: WebContents): boolean {
    const s = this.show;
    return !!s && (contents === s.audience.webContents || contents === s.speaker.webContents);
  }

  /** The windows of the running presentation, if any (for the tests and the shell). */
  get windows():
    | { audience: BrowserWindow; speaker: BrowserWindow; swapped: boolean; speakerShown: boolean }
    | undefined {
    const s = this.show;
    return (
      s && {
        audience: s.audience,
        speaker: s.speaker,
        swapped: s.swapped,
        speakerShown: s.speakerShown,
      }
    );
  }

  /**
   * `present.openWindows` from `owner` (the main window showing the deck): replaces any
   * presentation already running. A presentation window cannot start another one.
   */
  open(owner: WebContents, args: ArgsOut<'present.openWindows'>): Result<{ handled: boolean }> {
    if (this.isPresentation(owner))
      return {
        ok: false,
        problems: [error('present.openWindows', 'can only be asked by the editor window')],
      };
    const placed = placePresentation(currentDisplays());
    if (!placed.ok) return placed;
    this.close();
    const p = placed.value;
    const make = (place: WindowPlace, title: string, hash: string) =>
      createAppWindow(this.preload, this.ours, {
        placement: place.bounds,
        title,
        hash,
        showWhenReady: false,
      });
    const audience = make(
      p.audience,
      'Lectern — audience view',
      audienceHash(args.ref, args.start),
    );
    const speaker = make(p.speaker, 'Lectern — speaker view', speakerHash(args.ref));
    const onDisplays = () => this.replace();
    screen.on('display-added', onDisplays);
    screen.on('display-removed', onDisplays);
    screen.on('display-metrics-changed', onDisplays);
    const show: Show = {
      owner,
      ref: args.ref,
      audience,
      speaker,
      swapped: false,
      speakerShown: p.speakerShown || args.speaker === true,
      applied: new Map(),
      screens: p.screens,
      stop: () => {
        screen.removeListener('display-added', onDisplays);
        screen.removeListener('display-removed', onDisplays);
        screen.removeListener('display-metrics-changed', onDisplays);
      },
    };
    this.show = show;
    this.wire(show);
    // Each window is placed (and shown) once its page can paint, so nothing flashes white.
    audience.once('ready-to-show', () => this.apply(show, audience, p.audience, true));
    speaker.once('ready-to-show', () => this.apply(show, speaker, p.speaker, show.speakerShown));
    return { ok: true, value: { handled: true }, warnings: [] };
  }

  /** Exchanges the two views' displays (two screens); with one screen there is nothing to swap. */
  swap(): void {
    const s = this.show;
    if (!s || s.screens !== 'two') return;
    s.swapped = !s.swapped;
    this.replace();
  }

  /** Shows or hides the speaker view. */
  toggleSpeaker(): void {
    const s = this.show;
    if (!s) return;
    s.speakerShown = !s.speakerShown;
    const place = s.applied.get(s.speaker);
    if (place) this.apply(s, s.speaker, place, s.speakerShown);
  }

  /** Places both windows again for the displays there are now (a projector came or went). */
  replace(): void {
    const s = this.show;
    if (!s) return;
    const placed = placePresentation(currentDisplays(), { swapped: s.swapped });
    if (!placed.ok) return;
    const p = placed.value;
    // A change in the number of screens resets what the lecturer chose for the old layout.
    if (p.screens !== s.screens) {
      s.screens = p.screens;
      s.speakerShown = p.speakerShown;
      if (p.screens === 'one') s.swapped = false;
    }
    this.apply(s, s.audience, p.audience, true);
    this.apply(s, s.speaker, p.speaker, s.speakerShown);
  }

  /** Ends the presentation: both windows close. */
  close(): void {
    const s = this.show;
    if (!s) return;
    this.show = undefined;
    s.stop();
    for (const win of [s.speaker, s.audience]) if (!win.isDestroyed()) win.destroy();
    // Back to the editor, which lands on the slide that was showing.
    if (!s.owner.isDestroyed()) BrowserWindow.fromWebContents(s.owner)?.focus();
  }

  /** Keys, the speaker cue, closing together, and the owner going away. */
  private wire(s: Show): void {
    const onKey = (event: { preventDefault(): void }, input: Input) => {
      if (
        input.type !== 'keyDown' ||
        input.control ||
        input.meta ||
        input.alt ||
        input.shift ||
        input.isAutoRepeat
      )
        return;
      const key = input.key.toLowerCase();
      if (key === 'x') this.swap();
      else if (key === 's') this.toggleSpeaker();
      else return;
      // The page does not see the key, so the audience view does not also try window.open.
      event.preventDefault();
    };
    for (const win of [s.audience, s.speaker]) {
      win.webContents.on('before-input-event', onKey);
      // The audience view's "Speaker view" cue opens the speaker route: that is this window.
      win.webContents.setWindowOpenHandler(({ url }) => {
        if (url.endsWith(speakerHash(s.ref))) this.toggleSpeaker();
        else offerLink(url, win);
        return { action: 'deny' };
      });
    }
    // Closing the speaker view only hides it while the audience view is up (S brings it back).
    s.speaker.on('close', (event) => {
      if (this.show !== s) return;
      event.preventDefault();
      if (s.speakerShown) this.toggleSpeaker();
    });
    s.audience.on('closed', () => {
      if (this.show === s) this.close();
    });
    s.owner.once('destroyed', () => {
      if (this.show === s) this.close();
    });
  }

  /**
   * Puts `win` at `place`. A full-screen window must leave full screen before it can move
   * (macOS animates that, so the move waits for `leave-full-screen`).
   */
  private apply(s: Show, win: BrowserWindow, place: WindowPlace, visible: boolean): void {
    if (win.isDestroyed() || this.show !== s) return;
    const before = s.applied.get(win);
    s.applied.set(win, place);
    const put = () => {
      if (win.isDestroyed()) return;
      if (!samePlace(before, place)) {
        win.setBounds(place.bounds);
        if (place.fullscreen) win.setFullScreen(true);
      }
      if (!visible) {
        win.hide();
        if (win === s.speaker && !s.audience.isDestroyed()) s.audience.focus();
        return;
      }
      // The lecturer's keys (and clicker) go to the speaker view when it is up, else to the audience view.
      if (win === s.speaker || !s.speakerShown) {
        win.show();
        win.focus();
      } else win.showInactive();
    };
    if (before && !samePlace(before, place) && win.isFullScreen()) {
      win.once('leave-full-screen', put);
      win.setFullScreen(false);
    } else put();
  }
}
