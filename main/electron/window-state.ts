/**
 * The main window's size and place, remembered in `window-state.json` in the app's user-data
 * folder. The file is validated (a hand-edited or damaged file gives the defaults), and the
 * bounds are clamped to a display that is there now: a window saved on an unplugged
 * projector must not reopen off-screen.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

const Int = z.number().int().min(-100_000).max(100_000);
const StateSchema = z.object({
  bounds: z.object({ x: Int, y: Int, width: Int.min(1), height: Int.min(1) }),
  maximized: z.boolean(),
});

/** How much of a saved window must overlap a display for that display to be its home. */
const MIN_VISIBLE = 64;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Bounds that fit a display in `workAreas` (at least one is expected): the display the saved
 * window overlapped most stays its home (size capped to it, position nudged inside); a window
 * that no display shows enough of is centred on the first (primary) display.
 */
export function clampToDisplays(saved: Rect, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  let home: Rect | undefined;
  let best = 0;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    const seen = o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE ? o.width * o.height : 0;
    if (seen > best) {
      best = seen;
      home = area;
    }
  }
  const area = home ?? primary;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(
    Math.min(saved.height, area.height),
    Math.min(MIN_SIZE.height, area.height),
  );
  if (!home) {
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  }
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** The default state: the default size centred on the primary display. */
export function defaultState(workAreas: readonly Rect[]): WindowState {
  const area = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  return {
    bounds: clampToDisplays({ x: area.x - 100_000, y: area.y - 100_000, ...DEFAULT_SIZE }, [area]),
    maximized: false,
  };
}

/** The remembered state from `userData`, clamped to `workAreas`; the defaults if there is none or it is damaged. */
export async function loadWindowState(
  userData: string,
  workAreas: readonly Rect[],
): Promise<WindowState> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(userData, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return defaultState(workAreas);
  }
  const parsed = StateSchema.safeParse(raw);
  if (!parsed.success) return defaultState(workAreas);
  return {
    bounds: clampToDisplays(parsed.data.bounds, workAreas),
    maximized: parsed.data.maximized,
  };
}

/** Saves the state (write then rename, so a crash leaves the old file); a failure only means it is not remembered. */
export async function saveWindowState(userData: string, state: WindowState): Promise<boolean> {
  const file = join(userData, WINDOW_STATE_FILE);
  const clean = StateSchema.safeParse({
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
    maximized: state.maximized,
  });
  if (!clean.success) return false;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify(clean.data, null, 2) + '\n');
    await rename(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}
