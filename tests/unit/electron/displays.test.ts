/**
 * Placing the audience and speaker windows, from lists of displays as Electron reports them:
 * laptop + projector (either one primary), no `internal` flag, three screens, a mirrored pair,
 * one small screen, and a swap.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  placePresentation,
  type DisplayInfo,
  type PresentationPlacement,
  type Rect,
} from '../../../main/electron/displays';

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});
/** A display whose work area loses a 25 px menu bar at the top. */
function display(
  id: number,
  bounds: Rect,
  flags: { internal?: boolean; primary?: boolean } = {},
): DisplayInfo {
  return {
    id,
    bounds,
    workArea: { ...bounds, y: bounds.y + 25, height: bounds.height - 25 },
    ...flags,
  };
}

const laptop = display(1, rect(0, 0, 1440, 900), { internal: true, primary: true });
const projector = display(2, rect(1440, 0, 1920, 1080));

function place(displays: DisplayInfo[], swapped = false): PresentationPlacement {
  const r = placePresentation(displays, { swapped });
  if (!r.ok) throw new Error(r.problems.map((p) => p.what).join('; '));
  return r.value;
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('placePresentation', () => {
  it('refuses an empty list with a message, not a throw', () => {
    const r = placePresentation([]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.what).toMatch(/no display/);
  });

  it('one display: audience full screen on it, speaker a hidden window inside its work area', () => {
    const p = place([laptop]);
    expect(p.screens).toBe('one');
    expect(p.audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(p.speaker.displayId).toBe(1);
    expect(p.speaker.fullscreen).toBe(false);
    expect(p.speakerShown).toBe(false);
    expect(p.speaker.bounds).toEqual(rect(120, 82, 1200, 760));
    expect(place([laptop], true)).toEqual(p);
  });

  it('one small display: the speaker window shrinks to fit', () => {
    const small = display(7, rect(0, 0, 1024, 600), { internal: true });
    const p = place([small]);
    expect(p.speaker.bounds.width).toBeLessThan(1024);
    expect(inside(p.speaker.bounds, small.workArea)).toBe(true);
  });

  it('laptop + projector: audience full screen on the projector, speaker fills the laptop work area; a swap exchanges them', () => {
    const p = place([laptop, projector]);
    expect(p.screens).toBe('two');
    expect(p.audience).toEqual({ displayId: 2, bounds: projector.bounds, fullscreen: true });
    expect(p.speaker).toEqual({ displayId: 1, bounds: laptop.workArea, fullscreen: false });
    expect(p.speakerShown).toBe(true);
    const s = place([laptop, projector], true);
    expect(s.audience).toEqual({ displayId: 1, bounds: laptop.bounds, fullscreen: true });
    expect(s.speaker).toEqual({ displayId: 2, bounds: projector.workArea, fullscreen: false });
  });

  it('the projector made primary and listed first: the speaker view still goes on the laptop panel', () => {
    const p = place([
      { ...projector, primary: true },
      { ...laptop, primary: false },
    ]);
    expect(p.audience.displayId).toBe(2);
    expect(p.speaker.displayId).toBe(1);
  });

  it('no internal flag (a desktop with two monitors): the primary is the lecturer’s', () => {
    const a = display(10, rect(0, 0, 1920, 1080));
    const b = display(11, rect(-1920, 0, 1920, 1080), { primary: true });
    const p = place([a, b]);
    expect(p.speaker.displayId).toBe(11);
    expect(p.audience.displayId).toBe(10);
  });

  it('no flags at all: the first display is the lecturer’s', () => {
    const p = place([display(5, rect(0, 0, 1280, 800)), display(6, rect(1280, 0, 1024, 768))]);
    expect(p.speaker.displayId).toBe(5);
    expect(p.audience.displayId).toBe(6);
  });

  it('three displays: the audience goes on the larger external screen; equal ones keep the reported order', () => {
    const monitor = display(3, rect(-1280, 0, 1280, 1024));
    const big = display(4, rect(3360, 0, 3840, 2160));
    expect(place([laptop, monitor, projector, big]).audience.displayId).toBe(4);
    const twin = display(8, rect(3360, 0, 1920, 1080));
    expect(place([laptop, projector, twin]).audience.displayId).toBe(2);
    expect(place([laptop, twin, projector]).audience.displayId).toBe(8);
    // An external screen wins over a second internal panel, whatever their sizes.
    const secondPanel = display(9, rect(0, 900, 2560, 1600), { internal: true });
    expect(place([laptop, secondPanel, projector]).audience.displayId).toBe(2);
  });

  it('a mirrored pair (same bounds) counts as one screen', () => {
    const mirror = display(2, rect(0, 0, 1440, 900));
    const p = place([laptop, mirror]);
    expect(p.screens).toBe('one');
    expect(p.audience.displayId).toBe(1);
    expect(p.speakerShown).toBe(false);
  });

  it('any list: both windows on listed displays and inside them; two distinct screens give two windows apart', () => {
    const arbDisplay = fc.record({
      id: fc.integer({ min: 1, max: 6 }),
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 640, max: 3840 }),
      height: fc.integer({ min: 480, max: 2160 }),
      internal: fc.option(fc.boolean(), { nil: undefined }),
      primary: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbDisplay, { minLength: 1, maxLength: 4, selector: (d) => d.id }),
        fc.boolean(),
        (raw, swapped) => {
          const displays = raw.map((d) =>
            display(d.id, rect(d.x, d.y, d.width, d.height), {
              internal: d.internal,
              primary: d.primary,
            }),
          );
          const p = place(displays, swapped);
          const byId = new Map(displays.map((d) => [d.id, d]));
          const a = byId.get(p.audience.displayId);
          const s = byId.get(p.speaker.displayId);
          expect(a && s).toBeTruthy();
          expect(p.audience.bounds).toEqual(a!.bounds);
          expect(inside(p.speaker.bounds, s!.workArea)).toBe(true);
          const distinct = new Set(
            displays.map((d) => `${d.bounds.x},${d.bounds.y},${d.bounds.width},${d.bounds.height}`),
          ).size;
          expect(p.screens).toBe(distinct > 1 ? 'two' : 'one');
          if (p.screens === 'two') expect(p.audience.displayId).not.toBe(p.speaker.displayId);
        },
      ),
    );
  });
});
