/**
 * The pacing cue of the speaker view: given the planned length of the lecture, is the
 * lecturer ahead of or behind an even pace through the shown slides?
 */
export interface Pacing {
  kind: 'ahead' | 'behind' | 'on-time';
  /** Whole minutes ahead or behind (0 when on time). */
  minutes: number;
  /** Minutes of the planned time still left (negative when over time). */
  left: number;
}

/**
 * An even pace gives each shown slide `planned / total` minutes, so slide `position` should
 * come up at `planned × position / total`. Reaching it earlier is ahead; within half a minute
 * is on time.
 */
export function pacing(
  elapsedMs: number,
  plannedMinutes: number,
  position: number,
  total: number,
): Pacing {
  const elapsed = elapsedMs / 60_000;
  const due = total > 0 ? (plannedMinutes * position) / total : 0;
  const delta = due - elapsed;
  const left = Math.round(plannedMinutes - elapsed);
  if (Math.abs(delta) < 0.5) return { kind: 'on-time', minutes: 0, left };
  return {
    kind: delta > 0 ? 'ahead' : 'behind',
    minutes: Math.max(1, Math.round(Math.abs(delta))),
    left,
  };
}

/** "mm:ss", or "h:mm:ss" past an hour. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${two(m)}:${two(s % 60)}`;
}
