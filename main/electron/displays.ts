/**
 * Where the presentation's two windows go, given the displays Electron reports
 * (`screen.getAllDisplays()`, mapped to `DisplayInfo`). Pure, so it is tested with lists of
 * displays rather than with real monitors.
 *
 * - Two or more displays: the audience view full screen on the external one (the projector),
 *   the speaker view filling the laptop's work area. A swap exchanges them, for a room where
 *   the "external" screen is the one in front of the lecturer.
 * - One display (or a mirrored pair): the audience view full screen; the speaker view is a
 *   window, hidden at first, that the lecturer toggles (S).
 */
import { error, type Result } from '../../common/deck/problems';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the placement needs to know about one display. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  /** The laptop's own panel (Electron's `display.internal`); not every platform reports it. */
  internal?: boolean;
  /** The display holding the menu bar / taskbar. */
  primary?: boolean;
}

export interface WindowPlace {
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
}

export interface PresentationPlacement {
  screens: 'one' | 'two';
  audience: WindowPlace;
  speaker: WindowPlace;
  /** Show the speaker window at the start; with one screen it waits to be toggled. */
  speakerShown: boolean;
}

export interface PlacementOptions {
  /** Exchange the two views' displays (two screens only). */
  swapped?: boolean;
}

/** Size of the speaker window when it shares the only screen. */
const SPEAKER_WINDOW = { width: 1200, height: 760 };

const area = (r: Rect) => r.width * r.height;
const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The lecturer's own screen: the laptop panel, else the primary display, else the first. */
function laptopDisplay(displays: readonly DisplayInfo[]): DisplayInfo {
  const internal = displays.filter((d) => d.internal);
  return (
    internal.find((d) => d.primary) ??
    internal[0] ??
    displays.find((d) => d.primary) ??
    displays[0]!
  );
}

/** The room's screen: not the laptop, not a mirror of it; an external display first, then the largest. */
function roomDisplay(
  displays: readonly DisplayInfo[],
  laptop: DisplayInfo,
): DisplayInfo | undefined {
  const others = displays.filter((d) => d.id !== laptop.id && !sameRect(d.bounds, laptop.bounds));
  // A stable sort keeps the reported order among equals.
  return [...others].sort(
    (a, b) =>
      Number(Boolean(a.internal)) - Number(Boolean(b.internal)) || area(b.bounds) - area(a.bounds),
  )[0];
}

/** A window of at most `size`, centred in `work` and never larger than it. */
function centred(work: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, Math.floor(work.width * 0.9));
  const height = Math.min(size.height, Math.floor(work.height * 0.9));
  return {
    x: work.x + Math.floor((work.width - width) / 2),
    y: work.y + Math.floor((work.height - height) / 2),
    width,
    height,
  };
}

/** Places the audience and speaker windows on `displays`. */
export function placePresentation(
  displays: readonly DisplayInfo[],
  options: PlacementOptions = {},
): Result<PresentationPlacement> {
  if (displays.length === 0)
    return {
      ok: false,
      problems: [
        error('displays', 'no display was reported, so the presentation has nowhere to open'),
      ],
    };
  const laptop = laptopDisplay(displays);
  const room = roomDisplay(displays, laptop);
  if (!room) {
    return {
      ok: true,
      value: {
        screens: 'one',
        audience: { displayId: laptop.id, bounds: laptop.bounds, fullscreen: true },
        speaker: {
          displayId: laptop.id,
          bounds: centred(laptop.workArea, SPEAKER_WINDOW),
          fullscreen: false,
        },
        speakerShown: false,
      },
      warnings: [],
    };
  }
  const [audienceOn, speakerOn] = options.swapped ? [laptop, room] : [room, laptop];
  return {
    ok: true,
    value: {
      screens: 'two',
      audience: { displayId: audienceOn.id, bounds: audienceOn.bounds, fullscreen: true },
      speaker: { displayId: speakerOn.id, bounds: speakerOn.workArea, fullscreen: false },
      speakerShown: true,
    },
    warnings: [],
  };
}
